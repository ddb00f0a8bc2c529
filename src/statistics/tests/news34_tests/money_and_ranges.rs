//! A letter's amount where the text names its currency ("the rand firmed to R18.05") and a
//! range of percentages a word of range opens or a glued dash joins ("a range of 3.5% to
//! 3.75%", "4.25%-4.5%").

use crate::statistics::tests::report_form_tests::{absent, check};

#[test]
fn a_letter_symbol_by_its_currency_s_name() {
    check(&[
        (
            "rand before",
            "The rand firmed to R18.05 against the dollar.",
            "MONEY \"R18.05\" value=18.05 unit=ZAR",
        ),
        (
            "rand after",
            "Eskom lost R23.9bn last year as the rand weakened.",
            "MONEY \"R23.9bn\" value=23900000000 unit=ZAR change=Down",
        ),
        (
            "rand grouped",
            "Fuel rose by R1,250 a tank, a blow to the rand.",
            "MONEY \"R1,250\" value=1250 unit=ZAR change=Up",
        ),
        (
            "plural name",
            "Prices are quoted in rands: a loaf is R22.99.",
            "MONEY \"R22.99\" value=22.99 unit=ZAR",
        ),
    ]);
    // Look-alikes: a person's name, a road, and a letter with no currency named stay apart.
    absent(&[
        ("Ayn Rand", "Ayn Rand was paid R2,500.", "R2,500"),
        ("a road", "The R21 road near the rand mine shut.", "R21"),
        ("no name", "The team ordered R18.05 of parts.", "R18.05"),
    ]);
}

#[test]
fn a_range_of_percentages_by_its_word_or_a_glued_dash() {
    check(&[
        (
            "range of",
            "The Fed held its rate in a range of 3.5% to 3.75%.",
            "PERCENT \"3.5% to 3.75%\" unit=% qualifier=between min=3.5 max=3.75",
        ),
        (
            "range from",
            "Forecasts range from 1.5% to 2.5%.",
            "PERCENT \"1.5% to 2.5%\" unit=% qualifier=between min=1.5 max=2.5",
        ),
        (
            "ranged from",
            "Yields ranged from 4% to 4.6% in May.",
            "PERCENT \"4% to 4.6%\" unit=% qualifier=between min=4 max=4.6",
        ),
        (
            "target range at",
            "It set the target range at 4.25% to 4.5%.",
            "PERCENT \"4.25% to 4.5%\" unit=% qualifier=between min=4.25 max=4.5",
        ),
        (
            "glued dash",
            "The target range is 4.25%-4.5%.",
            "PERCENT \"4.25%-4.5%\" unit=% qualifier=between min=4.25 max=4.5",
        ),
        (
            "glued en dash",
            "Growth of 2%–3% is expected.",
            "PERCENT \"2%–3%\" unit=% qualifier=between min=2 max=3 change=Up",
        ),
    ]);
    // Look-alikes: two levels of a change stay two figures; a spaced minus stays a sign.
    check(&[
        (
            "change from",
            "Inflation rose from 3% to 5% in a year.",
            "PERCENT \"3%\" value=3 unit=%",
        ),
        (
            "change to",
            "The rate fell 0.2% to 3.1%.",
            "PERCENT \"3.1%\" value=3.1 unit=%",
        ),
    ]);
    absent(&[
        (
            "no range in a change",
            "Inflation rose from 3% to 5% in a year.",
            "3% to 5%",
        ),
        (
            "a level after a range word",
            "The range of outcomes rose 2% to 4% overall.",
            "2% to 4%",
        ),
    ]);
}
