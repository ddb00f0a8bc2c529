//! Figures as papers, reference works and film lists write them: the year of a citation, years
//! that date a noun, hours of work, numbers cited in square brackets.

use super::{check, lines};

#[test]
fn the_year_of_a_citation_is_a_date() {
    check(&[
        (
            "author and comma",
            "Rents track wages (Okafor, 2011).",
            "DATE \"2011\" iso=2011",
        ),
        (
            "two authors",
            "Both fell (Lind & Haraldsen, 1998; Mbeki, 2003).",
            "DATE \"1998\" iso=1998",
        ),
        (
            "the next in the list",
            "Both fell (Lind & Haraldsen, 1998; Mbeki, 2003).",
            "DATE \"2003\" iso=2003",
        ),
        (
            "et al.",
            "The effect is small (Varga et al., 2019).",
            "DATE \"2019\" iso=2019",
        ),
        (
            "a letter for the second work of a year",
            "See Duarte et al., 2016b; Kwan, 2001.",
            "DATE \"2016b\" iso=2016",
        ),
        (
            "the name before a bracket",
            "As Ferreira (1987) argued, the vowels shifted.",
            "DATE \"1987\" iso=1987",
        ),
        (
            "a possessive",
            "Ferreira's (1987) account is older.",
            "DATE \"1987\" iso=1987",
        ),
        (
            "no comma, a semicolon after",
            "It was studied before (see Halloran 2005; Petit 2009).",
            "DATE \"2005\" iso=2005",
        ),
        (
            "a page after a colon",
            "The rule is old (Castell, 1972: 48).",
            "DATE \"1972\" iso=1972",
        ),
        (
            "a second year of the same author",
            "It was shown twice (Ibarra, 2004, 2007).",
            "DATE \"2007\" iso=2007",
        ),
        (
            "capitals",
            "The survey was repeated (OECD, 2015).",
            "DATE \"2015\" iso=2015",
        ),
        (
            "a film and its year",
            "She starred in Harbour Lights (1958), a thriller.",
            "DATE \"1958\" iso=1958",
        ),
    ]);
}

#[test]
fn counts_after_a_name_stay_counts() {
    check(&[
        (
            "a count after a name and a comma",
            "In Leeds, 2,400 homes flooded.",
            "CARDINAL \"2,400\" value=2400",
        ),
        (
            "a count in brackets",
            "The villages (1200) are small.",
            "CARDINAL \"1200\" value=1200",
        ),
        (
            "a count after the name, before a noun",
            "Ferreira 1987 voters said yes.",
            "CARDINAL \"1987\" value=1987",
        ),
    ]);
    for (name, text) in [
        ("a sentence's first word", "Later, 1987 votes were counted."),
        ("no close after it", "Mbeki 2003 was the year."),
    ] {
        assert!(
            !lines(text).iter().any(|l| l.starts_with("DATE \"1987\"")),
            "{name}"
        );
    }
}

#[test]
fn years_that_date_a_noun() {
    check(&[
        (
            "after a name's word",
            "Tickets for the Lagos 2030 Games sold out.",
            "DATE \"2030\" iso=2030",
        ),
        (
            "two years and a plural",
            "We compare the 2011 and 2021 censuses.",
            "DATE \"2011\" iso=2011",
        ),
        (
            "the second of two years",
            "We compare the 2011 and 2021 censuses.",
            "DATE \"2021\" iso=2021",
        ),
        (
            "or",
            "Its 2019 or 2020 accounts were late.",
            "DATE \"2019\" iso=2019",
        ),
        // Counts: a plural after one number, people after two.
        (
            "one number and a plural",
            "The 2011 censuses were lost.",
            "CARDINAL \"2011\" value=2011",
        ),
        (
            "people",
            "The 1950 and 1990 people who came stayed.",
            "CARDINAL \"1950\" value=1950",
        ),
    ]);
}

#[test]
fn hours_of_work_are_no_clock_time() {
    check(&[
        (
            "about",
            "It took about 1200 hours of work.",
            "DURATION \"1200 hours\" qualifier=about iso=PT1200H",
        ),
        (
            "a verb before",
            "Volunteers gave 1500 hours last year.",
            "DURATION \"1500 hours\" iso=PT1500H",
        ),
        // Clock times: asked for by a preposition, or a leading zero.
        (
            "at",
            "The convoy left at 1400 hours.",
            "TIME \"1400 hours\" iso=T14:00",
        ),
        (
            "until",
            "The curfew lasts until 0600 hours.",
            "TIME \"until 0600 hours\" qualifier=until iso=T06:00",
        ),
        (
            "a leading zero",
            "Reveille is 0530 hours.",
            "TIME \"0530 hours\" iso=T05:30",
        ),
    ]);
}

#[test]
fn numbers_cited_in_square_brackets_are_no_decimal() {
    // The sources cited are no figures at all (`labels::cited`, branch figclass17; they were
    // two counts before), and never the decimal 12.13.
    let got = super::lines("Earlier models [12,13] used radar.");
    assert!(got.is_empty(), "two references: {got:#?}");
    check(&[
        // A decimal comma outside brackets is still read.
        (
            "a decimal comma",
            "The rate was 3,75 in May.",
            "CARDINAL \"3,75\" value=3.75",
        ),
    ]);
}

#[test]
fn a_second_before_a_noun_is_an_ordinal() {
    check(&[
        (
            "time",
            "He was tried for a second time.",
            "ORDINAL \"second\" value=2",
        ),
        (
            "after about",
            "I want to talk about a second reason.",
            "ORDINAL \"second\" value=2",
        ),
        (
            "an adjective",
            "They suffered a second straight defeat.",
            "ORDINAL \"second\" value=2",
        ),
        // A length of a second: no noun after it.
        (
            "a pause",
            "For a second, nobody spoke.",
            "DURATION \"a second\" iso=PT1S",
        ),
        (
            "later",
            "A second later the lights failed.",
            "DATE \"A second later\" iso=PT1S",
        ),
    ]);
}

#[test]
fn a_decade_written_with_an_apostrophe() {
    check(&[
        (
            "straight",
            "Jazz spread in the 1920's.",
            "DATE \"1920's\" iso=192X",
        ),
        (
            "curly",
            "Rents fell in the 1980’s and rose later.",
            "DATE \"1980’s\" iso=198X",
        ),
    ]);
}

#[test]
fn digits_after_a_leading_zero_are_no_count() {
    for (name, text, digits) in [
        (
            "a telephone number",
            "Book on 0491772016 today.",
            "0491772016",
        ),
        ("a postcode", "Send it to 02139 by Friday.", "02139"),
        ("a dialling code", "Dial 01632 960 0123 for help.", "01632"),
    ] {
        let quoted = format!("{digits:?}");
        let got = lines(text);
        assert!(!got.iter().any(|l| l.contains(&quoted)), "{name}: {got:?}");
    }
    check(&[
        (
            "a short leading zero stays",
            "Agent 007 came back.",
            "CARDINAL \"007\" value=7",
        ),
        (
            "a decimal",
            "The ratio was 0.25 at best.",
            "CARDINAL \"0.25\" value=0.25",
        ),
    ]);
}

#[test]
fn a_heart_is_no_figure() {
    for (name, text) in [
        ("at the end", "Thanks for the birthday wishes <3"),
        ("two", "See you soon <3 <3"),
        ("before a stop", "Love this song <3."),
    ] {
        assert!(lines(text).is_empty(), "{name}: {:?}", lines(text));
    }
    check(&[
        (
            "less than, in a formula",
            "Only cases with n<3 were kept.",
            "CARDINAL \"3\" value=3",
        ),
        (
            "less than, before a unit",
            "Waits of <3 hours are rare.",
            "DURATION \"3 hours\" qualifier=less than iso=PT3H",
        ),
    ]);
}

#[test]
fn years_of_a_life_and_a_reign() {
    check(&[
        (
            "a spaced dash and two digits",
            "Her early period (1871 – 74) is lost.",
            "DATE \"1871 – 74\" qualifier=between iso=1871/1874",
        ),
        (
            "after in",
            "In 1905 - 06, he taught in Basel.",
            "DATE \"1905 - 06\" qualifier=between iso=1905/1906",
        ),
        (
            "an older year before a verb",
            "A fever in 1744 forced him home.",
            "DATE \"1744\" iso=1744",
        ),
        (
            "an older year before a past tense",
            "The duke in 1612 founded the town.",
            "DATE \"1612\" iso=1612",
        ),
        // Counts: a plural after it, or a score-like pair far apart.
        (
            "a plural",
            "It fits in 1200 pages.",
            "CARDINAL \"1200\" value=1200",
        ),
        (
            "a unit",
            "The fort stood in 1500 metres of marsh.",
            "QUANTITY \"1500 metres\" value=1500 unit=m",
        ),
    ]);
}

#[test]
fn two_guesses_at_one_amount_are_a_range() {
    check(&[
        (
            "per cent",
            "A tax of 2 or 3 per cent is likely.",
            "PERCENT \"2 or 3 per cent\" unit=% qualifier=between min=2 max=3",
        ),
        (
            "a unit",
            "The cliff erodes 1 or 2 metres a year.",
            "QUANTITY \"1 or 2 metres\" unit=m qualifier=between min=1 max=2",
        ),
        // Not a range: the second smaller, or counts with no unit.
        (
            "falling",
            "Was it 50 or 5%?",
            "PERCENT \"5%\" value=5 unit=%",
        ),
        (
            "counts",
            "He scored 2 or 3 goals.",
            "CARDINAL \"3\" value=3",
        ),
    ]);
}
