//! A unit per a second, a minute or an hour written with an article ("11.2 km a second"), and
//! a rate per a unit of time that converts to no unit of its quantity; a quarter named by
//! its months ("the April-June quarter"), a bowler's figures ("took 7 for 58") and the time a
//! counted feat took ("beat three rivals in eight days").

use crate::statistics::tests::report_form_tests::{absent, check, no_score};

#[test]
fn a_unit_per_time_with_an_article_is_one_rate() {
    check(&[
        (
            "km a second",
            "The probe travels at 11.2 km a second and was launched in May.",
            "QUANTITY \"11.2 km a second\" value=11.2 unit=km/s",
        ),
        (
            "miles an hour",
            "The car was doing 70 miles an hour when it crashed.",
            "QUANTITY \"70 miles an hour\" value=70 unit=mi/h",
        ),
        (
            "kilometres an hour",
            "Gusts of 90 kilometres an hour hit the coast.",
            "QUANTITY \"90 kilometres an hour\" value=90 unit=km/h",
        ),
        (
            "cubic metres a second",
            "The river flowed at 300 cubic metres a second.",
            "QUANTITY \"300 cubic metres a second\" value=300 unit=m³/s",
        ),
        (
            "metres a minute",
            "The glacier slid 2 metres a minute at its snout.",
            "QUANTITY \"2 metres a minute\" value=2 unit=m/min change=Down",
        ),
        (
            "litres a minute",
            "The pump moves 40 litres a minute.",
            "QUANTITY \"40 litres a minute\" value=40 unit=l/min",
        ),
    ]);
    // Look-alikes: "second" of a rate is no ordinal; "a second time", "a day later", "a day or
    // two" and "a day and a half" are no rates; a price keeps its rate outside.
    absent(&[
        (
            "no ordinal in a rate",
            "The probe travels at 11.2 km a second.",
            "second",
        ),
        (
            "a second time",
            "He swam 400 metres a second time.",
            "400 metres a second",
        ),
        (
            "a day later",
            "They walked 20 miles a day later.",
            "20 miles a day",
        ),
        (
            "a day or two",
            "It moved 3 km a day or two ago.",
            "3 km a day",
        ),
        (
            "a day and a half",
            "They trekked 60 km a day and a half before rescue.",
            "60 km a day",
        ),
        ("a price's rate", "Parking costs £5 a day.", "£5 a day"),
        (
            "a day stays outside",
            "The well leaked 5,000 barrels a day for weeks.",
            "5,000 barrels a day",
        ),
        // A rate per a unit of time converts to no unit of its quantity alone.
        (
            "no conversion of a flow",
            "Output fell by 500,000 barrels per day to barrels.",
            "barrels",
        ),
    ]);
    check(&[(
        "a flow is a flow",
        "The river carried 300 cubic metres per second.",
        "QUANTITY \"300 cubic metres per second\" value=300 unit=m³/s",
    )]);
}

#[test]
fn a_quarter_named_by_its_months_is_one_date() {
    check(&[
        (
            "hyphen quarter",
            "Sales rose 4% in the July-September quarter.",
            "DATE \"the July-September quarter\" qualifier=between",
        ),
        (
            "en dash quarter",
            "Prices fell 2.3% in the January–March quarter.",
            "DATE \"the January–March quarter\" qualifier=between",
        ),
        (
            "to period",
            "Exports fell in the July to September period.",
            "DATE \"the July to September period\" qualifier=between",
        ),
        (
            "its half",
            "Its April-September half was the weakest in years.",
            "DATE \"April-September half\" qualifier=between",
        ),
        (
            "en dash alone",
            "Output grew in January–March, the agency said.",
            "DATE \"January–March\" qualifier=between",
        ),
    ]);
    // Look-alikes: the months before another noun, and a range opened by "from", stay the
    // months alone.
    absent(&[
        (
            "before sales",
            "The April-June sales figures were weak.",
            "The April-June sales",
        ),
        (
            "sales noun",
            "The April-June sales figures were weak.",
            "April-June sales",
        ),
        (
            "from to",
            "Sales ran from April to June period by period.",
            "from April to June period",
        ),
    ]);
}

#[test]
fn a_bowler_s_figures_are_one_score() {
    check(&[
        (
            "took",
            "Starc took 7 for 58 on the first day.",
            "CARDINAL \"7 for 58\" score=7-58",
        ),
        (
            "figures of",
            "Bumrah finished with figures of 5 for 24.",
            "CARDINAL \"5 for 24\" score=5-24",
        ),
        (
            "returned",
            "Rashid returned 4 for 31 from his 10 overs.",
            "CARDINAL \"4 for 31\" score=4-31",
        ),
        (
            "taking",
            "Anderson bowled well, taking 6 for 42 in the second innings.",
            "CARDINAL \"6 for 42\" score=6-42",
        ),
    ]);
    // Look-alikes: a length or a count after the runs, or more than ten wickets.
    no_score(&[
        (
            "minutes",
            "The repair took 2 for 10 minutes each.",
            "2 for 10",
        ),
        ("days", "She returned 4 for 31 days.", "4 for 31"),
        ("too many", "They took 12 for 30 on the day.", "12 for 30"),
    ]);
}

#[test]
fn a_feat_counted_in_words_took_its_time() {
    check(&[
        (
            "beat three",
            "The club beat three rivals in eight days.",
            "DURATION \"eight days\" iso=P8D",
        ),
        (
            "set records",
            "She set two British records in three days.",
            "DURATION \"three days\" iso=P3D",
        ),
        (
            "won five",
            "He won five titles in six weeks.",
            "DURATION \"six weeks\" iso=P6W",
        ),
    ]);
    // Look-alikes: a feat still to come, and "set" with a date or a target, stay dates from now.
    check(&[
        (
            "will set",
            "She will set two records in three days.",
            "DATE \"in three days\" iso=P3D",
        ),
        (
            "set a deadline",
            "The council set a deadline in three weeks.",
            "DATE \"in three weeks\" iso=P3W",
        ),
        (
            "promised",
            "The mayor promised two stadiums in three years.",
            "DATE \"in three years\" iso=P3Y",
        ),
    ]);
}
