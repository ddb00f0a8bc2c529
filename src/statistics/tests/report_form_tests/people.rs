//! Crime, health, election and money reports: ages with bounds and in apposition, rates per a
//! round number of people, factors of an average, and where a change's old level is written.

use super::{check, lines};

#[test]
fn an_age_with_a_bound() {
    check(&[
        (
            "under",
            "One in five victims was aged under 25.",
            "QUANTITY \"aged under 25\" value=25 unit=year qualifier=less than max=25",
        ),
        (
            "over",
            "Those aged over 65 get the jab first.",
            "QUANTITY \"aged over 65\" value=65 unit=year qualifier=more than min=65",
        ),
        (
            "at least",
            "Staff aged at least 18 may serve.",
            "QUANTITY \"aged at least 18\" value=18 unit=year qualifier=at least min=18",
        ),
        // The look-alikes: a range and a bare age keep their forms.
        (
            "a range",
            "Adults aged 18 to 24 were polled.",
            "QUANTITY \"aged 18 to 24\" unit=year qualifier=between min=18 max=24",
        ),
        (
            "bare",
            "He died aged 87.",
            "QUANTITY \"aged 87\" value=87 unit=year",
        ),
    ]);
}

#[test]
fn an_age_set_off_by_commas_after_a_name() {
    check(&[
        (
            "said",
            "Ben Stokes, 32, said the side would attack.",
            "QUANTITY \"32\" value=32 unit=year",
        ),
        (
            "a job",
            "Maria Lopez, 41, a nurse, was hurt.",
            "QUANTITY \"41\" value=41 unit=year",
        ),
        (
            "a name opening the sentence",
            "He lost. Djokovic, 36, was bidding for a record.",
            "QUANTITY \"36\" value=36 unit=year",
        ),
        (
            "from",
            "Police named him as John Tarrow, 27, from Leeds.",
            "QUANTITY \"27\" value=27 unit=year",
        ),
    ]);
    // The look-alikes: a list, a date, a count after a sentence adverb, capitals.
    for (text, count) in [
        ("Items 3, 32, and 45 were sold.", "CARDINAL \"32\" value=32"),
        ("On Monday, 12, the shop shut.", "CARDINAL \"12\" value=12"),
        ("However, 32 people came.", "CARDINAL \"32\" value=32"),
        ("FLOODS IN LEEDS, 32, FEARED", "CARDINAL \"32\" value=32"),
    ] {
        let got = lines(text);
        assert!(got.iter().any(|l| l == count), "{text}: {got:?}");
    }
}

#[test]
fn a_rate_per_a_round_number() {
    check(&[
        (
            "per 100,000",
            "The rate was 12.9 per 100,000 people.",
            "QUANTITY \"12.9 per 100,000\" value=12.9 unit=per 100,000",
        ),
        (
            "what is counted between",
            "There were 3.2 deaths per 1,000 live births.",
            "QUANTITY \"3.2 deaths per 1,000\" value=3.2 unit=per 1,000",
        ),
        (
            "per million",
            "Homicide stood at 10.4 per million people.",
            "QUANTITY \"10.4 per million\" value=10.4 unit=per million",
        ),
        (
            "per 100k",
            "Cases hit 35 per 100k last week.",
            "QUANTITY \"35 per 100k\" value=35 unit=per 100,000",
        ),
        (
            "one in every",
            "One in every 200 people carries the gene.",
            "CARDINAL \"One in every 200\" value=0.005",
        ),
    ]);
    // The look-alikes: a base that is not round, a unit after the base.
    for (text, absent) in [
        ("They scored 3 per 250 attempts.", "per"),
        ("The car uses 6.5 per 100 km.", "per 100"),
    ] {
        let got = lines(text);
        assert!(
            got.iter().all(|l| !l.contains(absent) || l.contains("km")),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn factors_of_an_average_and_estimates() {
    check(&[
        (
            "average earnings",
            "A deposit is roughly 1.5 times average annual earnings.",
            "CARDINAL \"1.5 times\" value=1.5 unit=× qualifier=about change=Up",
        ),
        (
            "median pay",
            "Homes cost 8.3 times median pay.",
            "CARDINAL \"8.3 times\" value=8.3 unit=× change=Up",
        ),
        (
            "normal levels",
            "Pollen hit four times normal levels.",
            "CARDINAL \"four times\" value=4 unit=× change=Up",
        ),
    ]);
    // The look-alikes: how often, in a stretch of time.
    for text in [
        "She was elected two times this decade.",
        "He ran three times a day.",
    ] {
        let got = lines(text);
        assert!(got.iter().all(|l| !l.contains("unit=×")), "{text}: {got:?}");
    }
}

#[test]
fn where_a_change_states_its_old_level() {
    check(&[
        (
            "a level, its month, then the old one",
            "Inflation eased to 7.9 per cent in June from 8.7% in May.",
            "PERCENT \"7.9 per cent\" value=7.9 unit=% change=Down",
        ),
        (
            "counted noun",
            "The party fell to 121 seats from 372.",
            "CARDINAL \"121\" value=121 change=Down",
        ),
        (
            "down from after a clause",
            "Police solved 6.4% of burglaries last year, down from 9%.",
            "PERCENT \"6.4%\" value=6.4 unit=% change=Down",
        ),
    ]);
    let baselines = |text: &str| -> Vec<String> {
        crate::statistics::annotate(text)
            .into_iter()
            .filter_map(|a| match a.detail {
                crate::annotation::Detail::Statistic(d) => {
                    d.extra().change.as_ref().and_then(|c| c.baseline.clone())
                }
                _ => None,
            })
            .collect()
    };
    assert_eq!(
        baselines("Inflation eased to 7.9 per cent in June from 8.7% in May."),
        ["8.7% in May"]
    );
    assert_eq!(
        baselines("Police solved 6.4% of burglaries last year, down from 9%."),
        ["9%"]
    );
    // The look-alike: "from" that opens something else is no old level.
    assert!(baselines("It rose to 5% as demand from China grew.").is_empty());
    // A figure's "more than" is its comparison, not a bound on the date after it.
    let got = lines("Borrowers pay about £450 a month more than two years ago.");
    assert!(
        got.iter().any(|l| l.starts_with("DATE \"two years ago\"")),
        "{got:?}"
    );
}
