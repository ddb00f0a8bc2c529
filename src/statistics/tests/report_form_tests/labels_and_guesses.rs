//! Classes of branch `figclass17` (issue 12), each against its look-alike: the version of a
//! product or a standard ("Bluetooth 4.2", "Wi-Fi 7"), a capitalised label ("Step 4:", "Stage 3
//! trials"), two guesses at an amount sharing one scale ("$3 or 4 million"), the year of an
//! event ("Euro 2028"), "a second or two", and "K/" after a number (kelvin, not thousands).
//! Every sentence is made up.

use super::{absent, check};

#[test]
fn versions_of_products_and_standards_are_no_figures() {
    absent(&[
        (
            "a standard's version",
            "The printer supports Bluetooth 4.2 pairing.",
            "4.2",
        ),
        (
            "a language's version",
            "She upgraded to Python 3.11 last night.",
            "3.11",
        ),
        (
            "three parts",
            "The tablet ships with Zentrix 12.1.3 today.",
            "12",
        ),
        ("a hyphened standard", "Our router uses Wi-Fi 7 bands.", "7"),
        (
            "a brand in mixed case",
            "Gamers queued for the SkyBox 3 for days.",
            "3",
        ),
    ]);
    check(&[
        (
            "a percentage after a name",
            "Shares of Acme rose 3.5% on Monday.",
            "PERCENT \"3.5%\" value=3.5 unit=% change=Up",
        ),
        (
            "a scaled count after a name",
            "Orbix reached 2.5 million users.",
            "CARDINAL \"2.5 million\" value=2500000",
        ),
        (
            "a count after a mixed-case name",
            "The firm told McKinsey 40 workers left.",
            "CARDINAL \"40\" value=40",
        ),
    ]);
}

#[test]
fn capitalised_labels_before_numbers_are_no_counts() {
    absent(&[
        ("a step and a colon", "Step 4: stir the sauce.", "4"),
        (
            "a stage and a plural",
            "The Stage 3 trials ended in June.",
            "3",
        ),
        (
            "a type of a disease",
            "Patients with Type 2 diabetes were asked.",
            "2",
        ),
        ("a part of a report", "Part 2 of the report came out.", "2"),
    ]);
    check(&[
        (
            "lower case counts",
            "We saw 3 waves of 4 boats.",
            "CARDINAL \"3\" value=3",
        ),
        (
            "a lower-case stage stays",
            "They rested at stage 2 of 5.",
            "CARDINAL \"2\" value=2",
        ),
    ]);
}

#[test]
fn two_guesses_at_money_share_the_scale() {
    check(&[
        (
            "dollars and millions",
            "It cost $3 or 4 million to build.",
            "MONEY \"$3 or 4 million\" unit=USD qualifier=between min=3000000 max=4000000",
        ),
        (
            "euros and an attached scale",
            "It cost €5 or 6bn in the end.",
            "MONEY \"€5 or 6bn\" unit=EUR qualifier=between min=5000000000 max=6000000000",
        ),
        (
            "no shared scale: two amounts",
            "Each cup sold for $3 or $4 at the fair.",
            "MONEY \"$3\" value=3 unit=USD",
        ),
    ]);
}

#[test]
fn an_events_year_is_a_date() {
    check(&[
        (
            "a championship",
            "Fans travelled to Euro 2028 in June.",
            "DATE \"2028 in June\" iso=2028",
        ),
        (
            "a cup and a noun",
            "The World Cup 2030 draw was held.",
            "DATE \"2030\" iso=2030",
        ),
        (
            "a fair",
            "Visitors flocked to Expo 2025 and left.",
            "DATE \"2025\" iso=2025",
        ),
        (
            "a currency code stays money",
            "The fee was EUR 2024 in total.",
            "MONEY \"EUR 2024\" value=2024 unit=EUR",
        ),
    ]);
}

#[test]
fn a_unit_or_two_is_a_length() {
    check(&[
        (
            "a second or two",
            "Wait a second or two before the next.",
            "DURATION \"a second or two\" unit=seconds qualifier=between min=1 max=2",
        ),
        (
            "a day or two",
            "He took a day or two off.",
            "DURATION \"a day or two\" unit=days qualifier=between min=1 max=2",
        ),
        (
            "the ordinal stays",
            "He won a second term easily.",
            "ORDINAL \"second\" value=2",
        ),
    ]);
}

#[test]
fn kelvin_over_a_unit_is_no_thousands() {
    check(&[
        (
            "kelvin per unit",
            "The slope was 0.8 K/psu there.",
            "CARDINAL \"0.8\" value=0.8",
        ),
        (
            "thousands a month",
            "She earns 3k/month now.",
            "CARDINAL \"3k\" value=3000",
        ),
    ]);
}

#[test]
fn a_number_with_a_capital_glued_on_is_a_class() {
    absent(&[
        (
            "a class of school sport",
            "They won the Class 4A title.",
            "4A",
        ),
        (
            "a district's pair",
            "Westlake won District 8-4A again.",
            "8-4A",
        ),
        ("a plain code", "The 6A schools play on Friday.", "6"),
        ("the second of a pair", "Region 2-5A teams met.", "5"),
    ]);
    check(&[
        (
            "lower-case letters are times",
            "The shop is open 9a-5p daily.",
            "TIME \"9a-5p daily\" qualifier=between iso=T09:00/T17:00",
        ),
        (
            "a capital after minutes",
            "We met at 8:45A sharp.",
            "TIME \"8:45A\" iso=T08:45",
        ),
        (
            "a magnitude stays",
            "The fund raised 4K for the club.",
            "CARDINAL \"4K\" value=4000",
        ),
    ]);
}

#[test]
fn sources_cited_in_brackets_are_no_counts() {
    absent(&[
        (
            "one source",
            "Fasting raised the risk of overeating (4).",
            "4",
        ),
        (
            "two sources",
            "Water may help with weight loss (12, 13).",
            "13",
        ),
        (
            "a footnote mark",
            "He moved to Lisbon in 1890. [7] He wrote plays.",
            "7",
        ),
        (
            "a list of marks",
            "Pairs solve tasks faster [2, 3] than one.",
            "3",
        ),
    ]);
    check(&[
        (
            "a count in brackets after a name is kept",
            "The winner was Tom Rees (55), a farmer.",
            "CARDINAL \"55\" value=55",
        ),
        (
            "a unit in brackets is kept",
            "Drink 17 ounces (500 ml) of water.",
            "QUANTITY \"500 ml\" value=500 unit=ml",
        ),
    ]);
}

#[test]
fn a_record_of_three_counts_is_no_count() {
    absent(&[
        (
            "after a verb",
            "The Owls improved to 11-2-1 in their last games.",
            "11",
        ),
        (
            "the middle",
            "The Owls improved to 11-2-1 in their last games.",
            "2",
        ),
        ("before a noun", "Leeds are on a 1-5-3 skid.", "3"),
    ]);
    check(&[(
        "a date stays",
        "The game was on 9-2-2021 in Leeds.",
        "DATE \"9-2-2021\" iso=2021-02-09",
    )]);
    absent(&[
        (
            "a capital day",
            "Fans left early on Day 3 of the show.",
            "3",
        ),
        ("a capital week", "The Week 12 games drew crowds.", "12"),
    ]);
}

#[test]
fn a_verse_of_the_bible_is_no_time() {
    absent(&[
        ("a gospel", "As John 3:16 says, love wins.", "3:16"),
        ("a letter", "We read Romans 8:28 at church.", "8:28"),
        ("verses", "We read Romans 8:28-30 at church.", "30"),
    ]);
    check(&[
        (
            "a clock after a name",
            "We met John at 3:16 pm.",
            "TIME \"3:16 pm\" iso=T15:16",
        ),
        (
            "a time taken",
            "Mark 2:15.3 won the heat.",
            "DURATION \"2:15.3\" iso=PT2M15.3S",
        ),
    ]);
}
