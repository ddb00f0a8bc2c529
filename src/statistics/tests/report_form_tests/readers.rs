//! Figures as the text readers paste writes them (`readers.txt`: 116 made-up sentences of
//! news, council and company reports, sports, science, health and economics), one test per
//! class fixed from reading them, each with look-alikes it must leave alone. Every sentence
//! is made up; a case marked "fixture" is a line of `readers.txt`.

use super::{absent, check};

const FIXTURE: &str = include_str!("readers.txt");

/// The cases' sentences that claim to come from the fixture are lines of it.
fn from_fixture(cases: &[(&str, &str, &str)]) {
    for (name, text, _) in cases {
        assert!(
            FIXTURE.lines().any(|l| l == *text),
            "{name}: not a line of readers.txt: {text:?}"
        );
    }
}

#[test]
fn a_year_after_in_opens_no_range() {
    let fixture = [(
        "fixture, share of women",
        "The share of women on boards has risen from 12.5% in 2011 to 40.2% in 2023.",
        "PERCENT \"40.2%\" value=40.2 unit=%",
    )];
    from_fixture(&fixture);
    check(&fixture);
    check(&[
        (
            "tonnes",
            "Output grew from 3.2m tonnes in 2015 to 4.1m tonnes in 2022.",
            "QUANTITY \"4.1m tonnes\" value=4100000 unit=t",
        ),
        (
            "last year",
            "The rate fell from 7% in 2019 to 5% last year.",
            "PERCENT \"5%\" value=5 unit=%",
        ),
        (
            "since",
            "Its share has grown since 2020 to 12% of sales.",
            "PERCENT \"12%\" value=12 unit=%",
        ),
        // The look-alikes: ranges of one unit.
        (
            "a range",
            "Inflation will be 2 to 3% next year.",
            "PERCENT \"2 to 3%\" unit=% qualifier=between min=2 max=3",
        ),
        (
            "a range after between",
            "Growth of between 1 and 2% is expected.",
            "PERCENT \"1 and 2%\" unit=% qualifier=between min=1 max=2",
        ),
    ]);
    absent(&[
        (
            "fixture, share of women",
            "The share of women on boards has risen from 12.5% in 2011 to 40.2% in 2023.",
            "2011 to 40.2%",
        ),
        (
            "tonnes",
            "Output grew from 3.2m tonnes in 2015 to 4.1m tonnes in 2022.",
            "2015 to 4.1m tonnes",
        ),
    ]);
}

#[test]
fn an_attached_m_before_a_plural_unit_is_a_million() {
    check(&[
        (
            "tonnes",
            "Some 1.5m tonnes of grain were shipped.",
            "QUANTITY \"1.5m tonnes\" value=1500000 unit=t qualifier=about",
        ),
        (
            "barrels",
            "The country produces 2m barrels a day.",
            "QUANTITY \"2m barrels\" value=2000000 unit=bbl",
        ),
        (
            "litres",
            "The reservoir holds 30m litres of water.",
            "QUANTITY \"30m litres\" value=30000000 unit=l",
        ),
        (
            "hectares",
            "The fires burned 3m hectares.",
            "QUANTITY \"3m hectares\" value=3000000 unit=ha",
        ),
        // The look-alikes: a length before an adjective or a singular noun.
        (
            "tall",
            "The wall is 3m tall.",
            "QUANTITY \"3m\" value=3 unit=m",
        ),
        (
            "a fence",
            "A 2m fence surrounds the site.",
            "QUANTITY \"2m\" value=2 unit=m",
        ),
    ]);
}

#[test]
fn a_quarter_of_a_whole_is_a_share() {
    let fixture = [(
        "fixture, admissions",
        "The over-65s account for almost a quarter of all hospital admissions.",
        "CARDINAL \"a quarter\" value=0.25 qualifier=nearly max=0.25",
    )];
    from_fixture(&fixture);
    check(&fixture);
    check(&[
        (
            "about, the",
            "About a quarter of the staff left.",
            "CARDINAL \"a quarter\" value=0.25 qualifier=about",
        ),
        (
            "three quarters",
            "Nearly three quarters of voters agree.",
            "CARDINAL \"three quarters\" value=0.75 qualifier=nearly max=0.75",
        ),
        // The look-alikes: a quarter of a unit of time, and a quarter of a year.
        (
            "of an hour",
            "It lasted about a quarter of an hour.",
            "DURATION \"a quarter of an hour\" qualifier=about iso=PT0.25H",
        ),
        (
            "of a century",
            "It lasted a quarter of a century.",
            "DURATION \"a quarter of a century\" iso=P25Y",
        ),
        (
            "a year's quarter",
            "Sales fell in the first quarter.",
            "DATE \"the first quarter\"",
        ),
    ]);
}

#[test]
fn an_age_group_is_an_open_range_of_ages() {
    let fixture = [(
        "fixture, over-65s",
        "The over-65s account for almost a quarter of all hospital admissions.",
        "QUANTITY \"over-65s\" unit=year qualifier=more than min=65",
    )];
    from_fixture(&fixture);
    check(&fixture);
    check(&[
        (
            "under",
            "Free travel for the under-18s starts in May.",
            "QUANTITY \"under-18s\" unit=year qualifier=less than max=18",
        ),
        (
            "spaced after the",
            "The jab is offered to the over 50s first.",
            "QUANTITY \"over 50s\" unit=year qualifier=more than min=50",
        ),
        (
            "a team",
            "Under-21s coach Ana Ruiz was named.",
            "QUANTITY \"Under-21s\" unit=year qualifier=less than max=21",
        ),
        // The look-alike: a decade is a date.
        (
            "the 1990s",
            "Prices have doubled since the 1990s.",
            "DATE \"1990s\" iso=199X",
        ),
    ]);
    absent(&[
        ("music", "She loves over 70s music.", "over 70s"),
        ("hours", "He worked over-60 hours a week.", "over-60"),
    ]);
}

#[test]
fn a_price_rate_is_no_quantity_of_its_own() {
    let fixture = [(
        "fixture, fuel",
        "Fuel prices have risen by 20p a litre in the past six months.",
        "MONEY \"20p\" value=20 unit=GBX per=l change=Up",
    )];
    from_fixture(&fixture);
    check(&fixture);
    check(&[
        (
            "a kilo",
            "Potatoes cost £1.20 a kilo.",
            "MONEY \"£1.20\" value=1.2 unit=GBP per=kg",
        ),
        (
            "an hour from April",
            "The wage will rise to £12.21 an hour from April.",
            "MONEY \"£12.21\" value=12.21 unit=GBP per=hour change=Up",
        ),
        // The look-alike: one unit with no price before it.
        (
            "a litre alone",
            "He drank a litre of water.",
            "QUANTITY \"a litre\" value=1 unit=l",
        ),
    ]);
    absent(&[
        (
            "fixture, fuel",
            "Fuel prices have risen by 20p a litre in the past six months.",
            "a litre",
        ),
        ("a kilo", "Potatoes cost £1.20 a kilo.", "a kilo"),
        (
            "a week from now",
            "It will cost £40 a week from now.",
            "£40\" value=40 unit=GBP per=week",
        ),
    ]);
}

#[test]
fn a_lead_in_points_is_a_quantity_of_points() {
    let fixture = [(
        "fixture, poll lead",
        "The poll gave Labour a 20-point lead, its largest since the late 1990s.",
        "QUANTITY \"20-point\" value=20 unit=points",
    )];
    from_fixture(&fixture);
    check(&fixture);
    check(&[
        (
            "margin",
            "They won by a 12-point margin.",
            "QUANTITY \"12-point\" value=12 unit=points",
        ),
        (
            "a decimal drop",
            "The index suffered a 3.5-point drop.",
            "QUANTITY \"3.5-point\" value=3.5 unit=points change=Down",
        ),
    ]);
    // The look-alikes: a list's items, a kind of shot.
    absent(&[
        ("plan", "The minister set out a 10-point plan.", "10-point"),
        ("shot", "He hit a three-point shot.", "three-point"),
    ]);
}

#[test]
fn an_age_after_a_noun_of_a_person() {
    let fixture = [(
        "fixture, patient",
        "The patient, 57, was discharged after 11 days in intensive care.",
        "QUANTITY \"57\" value=57 unit=year",
    )];
    from_fixture(&fixture);
    check(&fixture);
    check(&[
        (
            "driver",
            "The driver, 34, was arrested at the scene.",
            "QUANTITY \"34\" value=34 unit=year",
        ),
        (
            "a woman",
            "A woman, 82, died in the fire.",
            "QUANTITY \"82\" value=82 unit=year",
        ),
        // The look-alikes: a noun of no person, a list.
        (
            "a figure",
            "The total, 57, was lower than forecast.",
            "CARDINAL \"57\" value=57",
        ),
        (
            "a list",
            "The scores were 12, 34, and 56.",
            "CARDINAL \"34\" value=34",
        ),
    ]);
}

#[test]
fn a_change_by_an_average() {
    let fixture = [
        (
            "fixture, rents",
            "Rents in the capital have risen by an average of 9.2% in the past 12 months.",
            "PERCENT \"9.2%\" value=9.2 unit=% change=Up",
        ),
        (
            "fixture, bills",
            "Electricity bills will fall by an average of £122 a year from 1 July.",
            "MONEY \"£122\" value=122 unit=GBP per=year change=Down",
        ),
    ];
    from_fixture(&fixture);
    check(&fixture);
    check(&[
        (
            "fall",
            "Bills will fall by an average of 8%.",
            "PERCENT \"8%\" value=8 unit=% change=Down",
        ),
        // The look-alike: an average with no verb of change.
        (
            "no change",
            "Class sizes were an average of 27 pupils.",
            "CARDINAL \"27\" value=27",
        ),
    ]);
}

#[test]
fn a_vote_tally_in_words_is_one_score() {
    let fixture = [(
        "fixture, motion",
        "The motion needed a two-thirds majority and passed by 412 votes to 198.",
        "CARDINAL \"412 votes to 198\" score=412-198",
    )];
    from_fixture(&fixture);
    check(&fixture);
    check(&[(
        "rejected",
        "The bill was rejected by 310 votes to 250, a majority of 60.",
        "CARDINAL \"310 votes to 250\" score=310-250",
    )]);
    // The look-alikes: no second count, a second count of something else.
    absent(&[
        (
            "to spare",
            "She won with 412 votes to spare.",
            "412 votes to",
        ),
        (
            "abstentions",
            "There were 12 votes to 3 abstentions.",
            "12 votes to 3",
        ),
    ]);
}

#[test]
fn an_hour_before_its_day_and_half_an_hour_in_british() {
    check(&[
        (
            "at 3 tomorrow",
            "The match kicks off at 3 tomorrow.",
            "TIME \"3 tomorrow\"",
        ),
        ("opening a line", "9 tomorrow", "TIME \"9 tomorrow\""),
        (
            "at half three",
            "See you at half three.",
            "TIME \"half three\" iso=T03:30",
        ),
        (
            "half past",
            "He left at half past three.",
            "TIME \"half past three\" iso=T03:30",
        ),
    ]);
    // The look-alikes: counts before a day word, a half and a length of time.
    absent(&[
        ("counts", "There are 9 tomorrow and 4 today.", "9 tomorrow"),
        (
            "a half",
            "Sales fell by half three years ago.",
            "half three",
        ),
        ("times", "It was cut by half three times.", "half three"),
    ]);
}
