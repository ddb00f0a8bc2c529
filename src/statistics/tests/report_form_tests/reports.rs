//! Figures as court and crime reports, official statistics releases, health, energy,
//! transport, property, elections, recipes, obituaries and travel write them (`reports.txt`:
//! made-up sentences of those styles, read figure by figure), one test per class fixed from
//! reading them, each with look-alikes it must leave alone. A case marked "fixture" is a line
//! of `reports.txt`.

use super::left_classes::from_fixture;
use super::{absent, check};
use crate::annotation;
use crate::statistics::annotate;

/// The baseline of the change of the figure covering exactly `covered` in `text`.
fn baseline_of(text: &str, covered: &str) -> Option<String> {
    annotate(text).into_iter().find_map(|a| {
        let annotation::Detail::Statistic(d) = &a.detail else {
            return None;
        };
        (a.text(text) == covered).then(|| d.extra().change.as_ref()?.baseline.clone())?
    })
}

#[test]
fn a_level_is_compared_with_the_old_level_not_its_period() {
    for (name, text, covered, want) in [
        (
            "over the 12 months to March",
            "CPI inflation eased to 3.2% over the 12 months to March, from 3.4% in February.",
            "3.2%",
            Some("3.4% in February"),
        ),
        (
            "in the three months to June",
            "Unemployment rose to 4.4% in the three months to June from 4.2%.",
            "4.4%",
            Some("4.2%"),
        ),
        (
            "a month then the old level",
            "Inflation eased to 7.9% in June from 8.7% in May.",
            "7.9%",
            Some("8.7% in May"),
        ),
        (
            "a plain level",
            "Sales rose to £5m from £4m.",
            "£5m",
            Some("£4m"),
        ),
        // A rate from a date on: when it applies, nothing it is compared with.
        (
            "a rate from a date",
            "Tuition fees will rise to £9,535 a year from September 2025.",
            "£9,535",
            None,
        ),
        (
            "a period and no old level",
            "The rate fell to 5% over the year to June.",
            "5%",
            None,
        ),
        (
            "compared with a period",
            "Prices rose 3% compared with the same month last year.",
            "3%",
            Some("the same month last year"),
        ),
    ] {
        assert_eq!(baseline_of(text, covered).as_deref(), want, "{name}");
    }
}

/// "jailed for two years, and 200 hours of unpaid work": a second length of 24 hours or more (60 minutes, 12 months …) is no part of the first; "6 years and 8 months", "3 hours 30 minutes" stay one.
#[test]
fn a_length_a_larger_unit_would_carry_stands_alone() {
    let fixture = [(
        "fixture, unpaid work",
        "She was sentenced to 18 months, suspended for two years, and 200 hours of unpaid work.",
        "DURATION \"200 hours\" iso=PT200H",
    )];
    from_fixture(&fixture);
    check(&fixture);
    check(&[
        (
            "without the comma",
            "She served 18 months and 40 hours of community service.",
            "DURATION \"40 hours\" iso=PT40H",
        ),
        (
            "the first alone",
            "She served 18 months and 40 hours of community service.",
            "DURATION \"18 months\" iso=P18M",
        ),
        (
            "hours and minutes",
            "The repair took 3 hours 30 minutes.",
            "DURATION \"3 hours 30 minutes\" iso=PT3H30M",
        ),
        (
            "years and months",
            "He was jailed for 6 years and 8 months.",
            "DURATION \"6 years and 8 months\" iso=P6Y8M",
        ),
        (
            "a year and days",
            "The probe flew for 1 year 45 days.",
            "DURATION \"1 year 45 days\" iso=P1Y45D",
        ),
    ]);
}

/// "cuts the journey from 2 hours 10 minutes to 1 hour 25 minutes": two lengths from the longer to the shorter are the two levels of a change; "range from three weeks to five years" stays one phrase.
#[test]
fn two_lengths_from_the_longer_are_a_change() {
    let fixture = [
        (
            "fixture, the journey before",
            "The new line cuts the journey from 2 hours 10 minutes to 1 hour 25 minutes.",
            "DURATION \"2 hours 10 minutes\" iso=PT2H10M",
        ),
        (
            "fixture, the journey after",
            "The new line cuts the journey from 2 hours 10 minutes to 1 hour 25 minutes.",
            "DURATION \"1 hour 25 minutes\" iso=PT1H25M",
        ),
    ];
    from_fixture(&fixture);
    check(&fixture);
    check(&[
        (
            "a sentence cut",
            "The sentence was cut from six years to four years.",
            "DURATION \"four years\" iso=P4Y",
        ),
        (
            "a range",
            "Symptoms can range from three weeks to five years.",
            "DURATION \"from three weeks to five years\" qualifier=between iso=P3W",
        ),
    ]);
}

/// "per megawatt hour", "40 megawatt hours", "per kilowatt-hour": a unit of power then "hour" is the unit of energy (MWh, kWh), in a quantity and in a price's rate; a power alone stays power.
#[test]
fn a_watt_then_hour_is_energy() {
    let fixture = [(
        "fixture, per megawatt hour",
        "Electricity prices hit £4,000 per megawatt hour at the peak in 2022.",
        "MONEY \"£4,000\" value=4000 unit=GBP per=MWh",
    )];
    from_fixture(&fixture);
    check(&fixture);
    check(&[
        (
            "per kilowatt-hour",
            "Households pay 30p per kilowatt-hour.",
            "MONEY \"30p\" value=30 unit=GBX per=kWh",
        ),
        (
            "a quantity",
            "The plant makes 40 megawatt hours a day.",
            "QUANTITY \"40 megawatt hours\" value=40 unit=MWh",
        ),
        (
            "gigawatt hours",
            "Demand reached 2.1 gigawatt hours.",
            "QUANTITY \"2.1 gigawatt hours\" value=2.1 unit=GWh",
        ),
        (
            "power alone",
            "Wind farms generated a record 22.5 GW on Tuesday evening.",
            "QUANTITY \"22.5 GW\" value=22.5 unit=GW",
        ),
        (
            "per megawatt",
            "The turbines cost £1m per megawatt.",
            "MONEY \"£1m\" value=1000000 unit=GBP per=MW",
        ),
    ]);
}

/// "The actor, who was 94, made": a whole number after ", who was" and before a comma is the person's age; "the total, which was 94," stays a count.
#[test]
fn an_age_in_a_who_clause() {
    let fixture = [(
        "fixture, the actor",
        "The actor, who was 94, made more than 120 films over seven decades.",
        "QUANTITY \"94\" value=94 unit=year",
    )];
    from_fixture(&fixture);
    check(&fixture);
    check(&[
        (
            "who is",
            "Her mother, who is 81, lives nearby.",
            "QUANTITY \"81\" value=81 unit=year",
        ),
        (
            "who were",
            "The two boys, who were 12, were unhurt.",
            "QUANTITY \"12\" value=12 unit=year",
        ),
        (
            "which was",
            "The total, which was 94, was revised.",
            "CARDINAL \"94\" value=94",
        ),
    ]);
}

/// "waiting more than a year", "less than an hour": "a"/"an" and a unit after "more than", "less than", "longer than" are a length of one unit.
#[test]
fn a_length_after_more_than_needs_no_number() {
    let fixture = [(
        "fixture, waiting",
        "Some 309,300 patients had been waiting more than a year for treatment.",
        "DURATION \"more than a year\" qualifier=more than iso=P1Y",
    )];
    from_fixture(&fixture);
    check(&fixture);
    check(&[
        (
            "less than",
            "It took less than an hour to fix.",
            "DURATION \"less than an hour\" qualifier=less than iso=PT1H",
        ),
        (
            "for more than",
            "The talks went on for more than a week.",
            "DURATION \"more than a week\" qualifier=more than iso=P1W",
        ),
        (
            "a rate",
            "Fees rose to £5 a year.",
            "MONEY \"£5\" value=5 unit=GBP per=year change=Up",
        ),
    ]);
    absent(&[
        ("a rate", "Fees rose to £5 a year.", "a year"),
        (
            "more than a share",
            "Prices rose by more than a third in a year.",
            "more than a third in a year",
        ),
    ]);
}

/// "candidate B 10,987", "Colin Montgomerie 442,201": a number whose thousands go on after a comma is no name's number ("Windows 11, released" still is).
#[test]
fn thousands_after_a_name_are_a_count() {
    let fixture = [(
        "fixture, candidate B",
        "Candidate A received 12,345 votes (41.2%), candidate B 10,987 (36.7%).",
        "CARDINAL \"10,987\" value=10987",
    )];
    from_fixture(&fixture);
    check(&fixture);
    check(&[
        (
            "a name",
            "Smith received 12,345 votes, Jones 10,987.",
            "CARDINAL \"10,987\" value=10987",
        ),
        (
            "a money list",
            "2. Colin Montgomerie 442,201",
            "CARDINAL \"442,201\" value=442201",
        ),
    ]);
    absent(&[("a name's number", "The Nikkei 225, the index, fell.", "225")]);
}

/// "compared with 1990 levels", "above 2019 levels": a year before "levels" is a DATE; "the 2000 level" of an index stays a count.
#[test]
fn a_year_before_levels_is_a_date() {
    let fixture = [(
        "fixture, 1990 levels",
        "The government aims to cut emissions by 68% by 2030 compared with 1990 levels.",
        "DATE \"1990\" iso=1990",
    )];
    from_fixture(&fixture);
    check(&fixture);
    check(&[
        (
            "above",
            "Output is above 2019 levels.",
            "DATE \"2019\" iso=2019",
        ),
        (
            "back to",
            "Flights are back to 2019 levels.",
            "DATE \"2019\" iso=2019",
        ),
        (
            "an index level",
            "The index rose to the 2000 level.",
            "CARDINAL \"2000\" value=2000",
        ),
    ]);
}

/// "eased to 3.2% over the 12 months to March, from 3.4%": the period a level is measured over is not what it is compared with; the old level after it is. A rate "from September 2025" is when it applies, not a baseline.
#[test]
fn the_period_of_a_level_is_no_baseline() {
    let fixture = [
        (
            "fixture, CPI",
            "CPI inflation eased to 3.2% over the 12 months to March, from 3.4% in February.",
            "PERCENT \"3.2%\" value=3.2 unit=% change=Down",
        ),
        (
            "fixture, fees",
            "Tuition fees will rise to £9,535 a year from September 2025.",
            "MONEY \"£9,535\" value=9535 unit=GBP per=year change=Up",
        ),
    ];
    from_fixture(&fixture);
    check(&fixture);
    check(&[
        (
            "in the three months",
            "Unemployment rose to 4.4% in the three months to June from 4.2%.",
            "PERCENT \"4.4%\" value=4.4 unit=% change=Up",
        ),
        (
            "a month then",
            "Inflation eased to 7.9% in June from 8.7% in May.",
            "PERCENT \"7.9%\" value=7.9 unit=% change=Down",
        ),
        (
            "a plain level",
            "Sales rose to £5m from £4m.",
            "MONEY \"£5m\" value=5000000 unit=GBP change=Up",
        ),
    ]);
}
