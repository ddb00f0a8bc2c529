//! An age after "over"/"under" after a plural noun of people ("those over 65"); an
//! earthquake's magnitude ("a 5.8-magnitude earthquake", "a magnitude 6.1 quake") and a
//! race's margin in lengths ("by three and a half lengths"), each a QUANTITY with its unit.

use crate::statistics::tests::report_form_tests::{absent, check};

#[test]
fn an_age_after_over_or_under_after_people() {
    check(&[
        (
            "those over",
            "Those over 65 were more likely to be affected.",
            "QUANTITY \"65\" value=65 unit=year qualifier=more than min=65",
        ),
        (
            "children under",
            "Children under five are offered the jab.",
            "QUANTITY \"five\" value=5 unit=year qualifier=less than max=5",
        ),
        (
            "adults over who",
            "Adults over 50 who smoke should be screened.",
            "QUANTITY \"50\" value=50 unit=year qualifier=more than min=50",
        ),
        (
            "anyone under",
            "Anyone under 18 can apply.",
            "QUANTITY \"18\" value=18 unit=year qualifier=less than max=18",
        ),
        (
            "people over end",
            "The jab is offered to people over 75.",
            "QUANTITY \"75\" value=75 unit=year qualifier=more than min=75",
        ),
    ]);
    // Look-alikes: a unit or a counted noun follows; no noun of people before.
    absent(&[
        (
            "hours",
            "Workers over 40 hours a week were paid more.",
            "QUANTITY \"40\"",
        ),
        (
            "kilos",
            "Children under 5 kilos need a smaller dose.",
            "QUANTITY \"5\"",
        ),
        (
            "goals",
            "Players over 30 goals get a bonus.",
            "QUANTITY \"30\"",
        ),
        ("no people", "Prices over 65 were rare.", "QUANTITY \"65\""),
    ]);
}

#[test]
fn an_earthquakes_magnitude() {
    check(&[
        (
            "hyphen after",
            "A 5.8-magnitude earthquake struck off the coast.",
            "QUANTITY \"5.8-magnitude\" value=5.8 unit=magnitude",
        ),
        (
            "spaced after",
            "A 7.0 magnitude earthquake hit the region.",
            "QUANTITY \"7.0 magnitude\" value=7 unit=magnitude",
        ),
        (
            "before",
            "A magnitude 6.1 quake shook the city.",
            "QUANTITY \"magnitude 6.1\" value=6.1 unit=magnitude",
        ),
    ]);
    // Look-alikes: no number, a count of orders, a value past the scale.
    absent(&[
        (
            "order of",
            "It is an order of magnitude larger.",
            "magnitude",
        ),
        (
            "orders",
            "The signal is 5 orders of magnitude weaker.",
            "QUANTITY \"5\"",
        ),
        (
            "past the scale",
            "The 40 magnitude readings were checked.",
            "QUANTITY \"40 magnitude\"",
        ),
    ]);
}

#[test]
fn a_races_margin_in_lengths() {
    check(&[
        (
            "by and a half",
            "Cambridge won by three and a half lengths.",
            "QUANTITY \"three and a half lengths\" value=3.5 unit=lengths",
        ),
        (
            "by a quarter",
            "The favourite won by two and a quarter lengths.",
            "QUANTITY \"two and a quarter lengths\" value=2.25 unit=lengths",
        ),
        (
            "by digits",
            "She won by 4 lengths at Ascot.",
            "QUANTITY \"4 lengths\" value=4 unit=lengths",
        ),
        (
            "clear",
            "The colt finished six lengths clear.",
            "QUANTITY \"six lengths\" value=6 unit=lengths",
        ),
    ]);
    // Look-alikes: a count of a pool's lengths, lengths of a thing.
    check(&[
        (
            "swam lengths",
            "She swam 40 lengths of the pool.",
            "CARDINAL \"40\" value=40",
        ),
        (
            "of rope",
            "They bought two lengths of rope.",
            "CARDINAL \"two\" value=2",
        ),
    ]);
}
