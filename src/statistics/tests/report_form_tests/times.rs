//! Lengths of time, periods and dates as reports write them.

use super::{check, lines};

#[test]
fn counts_of_quarters_of_a_year() {
    check(&[
        (
            "fastest in",
            "Cloud sales grew at the fastest pace in six quarters.",
            "DURATION \"six quarters\" iso=P18M",
        ),
        (
            "running",
            "Profit rose for five quarters running.",
            "DURATION \"five quarters\" iso=P15M",
        ),
        (
            "ago",
            "Two quarters ago it grew.",
            "DATE \"Two quarters ago\" iso=P6M",
        ),
        // The look-alikes: a share of a whole.
        (
            "of voters",
            "Three quarters of voters agreed.",
            "CARDINAL \"Three quarters\" value=0.75",
        ),
        (
            "alone",
            "Three quarters said no.",
            "CARDINAL \"Three quarters\" value=0.75",
        ),
    ]);
}

#[test]
fn a_fiscal_year_is_a_date() {
    check(&[
        (
            "fiscal",
            "It paid $275 million in fiscal 2025, which ended in September.",
            "DATE \"2025\" iso=2025",
        ),
        (
            "fiscal year",
            "Costs rose in fiscal year 2024.",
            "DATE \"fiscal year 2024\" iso=2024",
        ),
        (
            "fiscal before a noun",
            "It expects fiscal 1997 earnings to rise.",
            "DATE \"1997\" iso=1997",
        ),
        (
            "fiscal before a verb",
            "Profit in fiscal 2025 rose by a third.",
            "DATE \"2025\" iso=2025",
        ),
        (
            "a bond's maturity",
            "It sold $200 million of notes due 2031, the filing said.",
            "DATE \"2031\" iso=2031",
        ),
        (
            "a maturity before a word",
            "The bonds due 2028 carry a coupon of 5 percent.",
            "DATE \"2028\" iso=2028",
        ),
    ]);
    // A round count after "due" stays a count; so does a count of things due.
    check(&[(
        "a count due",
        "There are 2000 due next week.",
        "CARDINAL \"2000\" value=2000",
    )]);
}

#[test]
fn how_long_something_took_is_a_duration() {
    check(&[
        (
            "rain fell",
            "Around 80mm of rain fell in 24 hours.",
            "DURATION \"24 hours\" iso=PT24H",
        ),
        (
            "particle",
            "Tickets sold out in two hours.",
            "DURATION \"two hours\" iso=PT2H",
        ),
        (
            "after the change",
            "Prices fell by 3.5 per cent in a month.",
            "DURATION \"a month\" iso=P1M",
        ),
        (
            "past passive",
            "The bridge was completed in three years.",
            "DURATION \"three years\" iso=P3Y",
        ),
        (
            "a race time",
            "She won the 10,000m in 30min 12.45sec.",
            "DURATION \"30min 12.45sec\" iso=PT30M12.45S",
        ),
        (
            "hours and minutes",
            "He finished in 2 hours 5 minutes.",
            "DURATION \"2 hours 5 minutes\" iso=PT2H5M",
        ),
        // The look-alikes: a time from now.
        (
            "future passive",
            "It will be completed in three years.",
            "DATE \"in three years\" iso=P3Y",
        ),
        (
            "present passive",
            "The vote is expected in three months.",
            "DATE \"in three months\" iso=P3M",
        ),
        (
            "plain",
            "We will meet in two weeks.",
            "DATE \"in two weeks\" iso=P2W",
        ),
        (
            "a fraction of a unit",
            "The bus comes in three-quarters of an hour.",
            "DATE \"in three-quarters of an hour\" iso=PT0.75H",
        ),
    ]);
}

#[test]
fn the_time_a_change_took() {
    check(&[
        (
            "after a percentage",
            "It charges to 50% in 15 minutes.",
            "DURATION \"15 minutes\" iso=PT15M",
        ),
        (
            "after per cent",
            "Sales will grow 3 per cent in two years.",
            "DURATION \"two years\" iso=P2Y",
        ),
        // The look-alike: a bare number is no change.
        (
            "after a bare number",
            "We meet at 9 in two weeks.",
            "DATE \"in two weeks\" iso=P2W",
        ),
    ]);
}

#[test]
fn how_long_a_change_took_after_words() {
    check(&[
        (
            "fraction in words",
            "Reserves have fallen by two-thirds in five years.",
            "DURATION \"five years\" iso=P5Y",
        ),
        (
            "past participle",
            "Output has risen in two years.",
            "DURATION \"two years\" iso=P2Y",
        ),
        // The look-alike: a perfect still to come.
        (
            "will have",
            "He will have gone in two weeks.",
            "DATE \"in two weeks\" iso=P2W",
        ),
    ]);
}

#[test]
fn a_word_between_a_count_and_its_unit_of_time() {
    check(&[
        (
            "qualifying",
            "People need 35 qualifying years to get it.",
            "DURATION \"35 qualifying years\" iso=P35Y",
        ),
        (
            "consecutive",
            "Sales grew for three consecutive years.",
            "DURATION \"three consecutive years\" iso=P3Y",
        ),
        (
            "straight quarters",
            "Profit fell for five straight quarters.",
            "DURATION \"five straight quarters\" iso=P15M",
        ),
    ]);
}

#[test]
fn an_open_stretch_of_time_before_or_after_now() {
    check(&[
        (
            "coming weeks",
            "Prices may rise in the coming weeks.",
            "DATE \"coming weeks\" qualifier=next",
        ),
        (
            "past months",
            "Over the past months it rose.",
            "DATE \"past months\" qualifier=last",
        ),
    ]);
    // The look-alikes: a part of something else's time; no "the".
    for text in [
        "In the last years of his life he painted.",
        "Next weeks are hard to plan.",
    ] {
        let got = lines(text);
        assert!(
            !got.iter().any(|l| l.starts_with("DATE")),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn decades_in_two_digits() {
    check(&[
        (
            "apostrophe",
            "He sang at the club in the '70s.",
            "DATE \"'70s\" iso=197X",
        ),
        (
            "curly apostrophe",
            "She grew up in the ’80s in Leeds.",
            "DATE \"’80s\" iso=198X",
        ),
        ("the", "Rents rose in the 90s.", "DATE \"90s\" iso=199X"),
        (
            "late",
            "It peaked in the late 60s.",
            "DATE \"late 60s\" iso=196X",
        ),
        (
            "mid",
            "It peaked in the mid-60s.",
            "DATE \"mid-60s\" iso=196X",
        ),
        (
            "this century",
            "Phones spread in the '00s.",
            "DATE \"'00s\" iso=200X",
        ),
    ]);
    // The look-alike: an age in decades.
    let got = lines("Most are in their 70s.");
    assert!(got.iter().all(|l| !l.starts_with("DATE")), "{got:?}");
}

#[test]
fn times_taken_in_sport_are_durations() {
    check(&[
        (
            "a lap",
            "He set the fastest lap of 1:20.504 on lap 53.",
            "DURATION \"1:20.504\" iso=PT1M20.504S",
        ),
        (
            "a marathon",
            "Kipchoge ran 2:01:09 in Berlin.",
            "DURATION \"2:01:09\" iso=PT2H1M9S",
        ),
        (
            "a stage race over a day",
            "He won the Tour in 83:17:13 overall.",
            "DURATION \"83:17:13\" iso=PT83H17M13S",
        ),
        // The look-alikes: clock times.
        (
            "at a time",
            "The polls close at 10:30.",
            "TIME \"10:30\" iso=T10:30",
        ),
        (
            "a clock alone",
            "The meeting starts 10:30 sharp.",
            "TIME \"10:30\" iso=T10:30",
        ),
    ]);
}

#[test]
fn fiscal_years_as_companies_code_them() {
    check(&[
        (
            "two digits",
            "In FY24 the firm earned more.",
            "DATE \"FY24\" iso=2024",
        ),
        (
            "four digits",
            "Its FY2023 results were weak.",
            "DATE \"FY2023\" iso=2023",
        ),
        (
            "spaced, with its end",
            "Plans for FY 2024/25 are set.",
            "DATE \"FY 2024/25\" qualifier=between iso=2024/2025",
        ),
    ]);
    // The look-alike: a code that is not "FY".
    assert!(lines("Flight FX24 left.")
        .iter()
        .all(|l| !l.starts_with("DATE")));
}
