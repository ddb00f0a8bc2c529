//! Numbers that belong to a name (products, indexes, aircraft, missions, codes) are no figures;
//! counts written after a name ("told Reuters 40 people") still are.

use super::{absent, check, lines};

#[test]
fn the_number_of_a_name_after_its_word() {
    absent(&[
        (
            "a product and a preposition",
            "Users moved to Vista 7 in March.",
            "7",
        ),
        (
            "an index and its noun",
            "The Hang Seng 50 index slipped.",
            "50",
        ),
        (
            "an index and a bracket",
            "Tokyo's Topix 500 (TPX) rose.",
            "500",
        ),
        ("a mission ending a sentence", "He flew on Gemini 4.", "4"),
        (
            "a model and its name",
            "Crews flew the Dash 8 Q400 daily.",
            "8",
        ),
        (
            "a model with a variant",
            "The Tupolev 154-2 was retired.",
            "154",
        ),
        ("the variant too", "The Tupolev 154-2 was retired.", "2"),
    ]);
}

#[test]
fn the_number_of_a_code_after_a_hyphen() {
    absent(&[
        ("a letter", "The B-52 flew low.", "52"),
        ("a title-case word", "Ebola-14 spread fast.", "14"),
        ("letters and digits", "The A321-200 landed.", "200"),
    ]);
}

#[test]
fn counts_after_a_name_stay_counts() {
    check(&[
        (
            "told a news agency",
            "A spokesman told Reuters 40 people were hurt.",
            "CARDINAL \"40\" value=40",
        ),
        (
            "times",
            "She has visited Lagos 3 times.",
            "CARDINAL \"3\" value=3",
        ),
        (
            "a party's seats",
            "Labour won 411 seats.",
            "CARDINAL \"411\" value=411",
        ),
        (
            "a sentence's first word",
            "Apollo 11 landed in 1969.",
            "DATE \"1969\" iso=1969",
        ),
        (
            "a lower-case word before the hyphen",
            "Prices rose in mid-2020.",
            "DATE \"mid-2020\" iso=2020",
        ),
    ]);
}

#[test]
fn a_year_before_the_verb_won_is_no_money() {
    let got = lines("Obama in 2008 won Iowa.");
    assert!(!got.iter().any(|l| l.contains("KRW")), "{got:#?}");
    check(&[(
        "money",
        "They paid 5,000 won a month.",
        "MONEY \"5,000 won\" value=5000 unit=KRW per=month",
    )]);
}

#[test]
fn a_weekday_abbreviation_in_a_title_is_no_date() {
    absent(&[
        (
            "after a city",
            "He wrote for the Toronto Sun for years.",
            "Sun",
        ),
        ("after the", "The Sun published the letter.", "Sun"),
        ("a cartoon", "She drew for the Sat comic strip.", "Sat"),
    ]);
    check(&[
        (
            "a date goes on",
            "The fair opens Sun 3 May.",
            "DATE \"Sun 3 May\"",
        ),
        ("after on", "We close on Sun.", "DATE \"Sun.\""),
    ]);
}

#[test]
fn plurals_of_a_model_and_dialled_numbers_are_no_counts() {
    absent(&[
        ("a model's plural", "Airlines grounded their 787s.", "787"),
        ("an emergency number", "A passer-by called 999.", "999"),
        ("dial and now", "Dial 112 now if hurt.", "112"),
        ("the second of a pair", "Call 101 or 999 for help.", "999"),
    ]);
    check(&[
        (
            "a decade stays a date",
            "Sales peaked in the 1980s.",
            "DATE \"1980s\" iso=198X",
        ),
        (
            "called and a count",
            "The defence called 12 witnesses.",
            "CARDINAL \"12\" value=12",
        ),
    ]);
}

#[test]
fn a_range_of_speeds_is_no_score() {
    check(&[(
        "a unit after the pair",
        "Winds of 5-10 mph blew.",
        "QUANTITY \"5-10 mph\" unit=mph qualifier=between min=5 max=10",
    )]);
}
