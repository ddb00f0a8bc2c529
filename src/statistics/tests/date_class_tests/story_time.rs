//! Named tests of the story's time: counted from the last date written out, when it is
//! precise enough, and left unknown when a month has no year. Every sentence is made up.

use super::*;

#[test]
fn story_time_counts_from_the_last_date_written_out() {
    check(&[
        (
            "the following year after a month and year",
            "The mill opened in May 2011. The following year it closed.",
            "DATE",
            "following year",
            Some("2012"),
        ),
        (
            "the previous month after a month and year",
            "Rents rose in October 2019, after a fall the previous month.",
            "DATE",
            "previous month",
            Some("2019-09"),
        ),
        (
            "the prior year after a bare year",
            "Exports doubled in 1987 compared with the prior year.",
            "DATE",
            "prior year",
            Some("1986"),
        ),
        (
            "later that year",
            "The bridge was closed in March 1994, and later that year it was sold.",
            "DATE",
            "later that year",
            Some("1994"),
        ),
        (
            "that month after a full date",
            "Voting ended on 4 June 2002. Later that month the count was checked.",
            "DATE",
            "Later that month",
            Some("2002-06"),
        ),
        (
            "the nearest date wins",
            "The firm began in 1990 and moved in April 2005. The following month it hired 40 staff.",
            "DATE",
            "following month",
            Some("2005-05"),
        ),
    ]);
}

#[test]
fn story_time_needs_an_anchor_precise_enough() {
    let iso_of = |text: &str, span: &str| {
        figures(text)
            .into_iter()
            .find(|(_, t, _)| t.contains(span))
            .map(|(_, _, iso)| iso)
    };
    // A year alone says nothing of a month: "the following month" stays unresolved.
    assert_eq!(
        iso_of(
            "The dam was built in 1962. The following month it leaked.",
            "following month"
        ),
        Some(None)
    );
    // "next year" counts from the dateline, not from a date in the story.
    assert_eq!(
        iso_of(
            "The mill opened in May 2011. Next year it will close.",
            "Next year"
        ),
        Some(None)
    );
}

#[test]
fn a_month_named_without_its_year_anchors_once_resolved() {
    let text =
        "Published 12 September 2023\n\nSales in July fell 3 percent from the previous month.";
    let got = figures(text);
    assert!(
        got.iter().any(|(k, t, iso)| *k == "DATE"
            && t == "previous month"
            && iso.as_deref() == Some("2023-06")),
        "{got:?}"
    );
}

#[test]
fn a_month_with_no_year_known_leaves_the_story_time_unknown() {
    // "since May 2011" sets no story time: "July" has no year, nor has the month before it.
    let text = "Output has risen since May 2011. Sales in July fell 3 percent from the previous \
                month.";
    let got = figures(text);
    assert!(
        got.iter()
            .any(|(k, t, iso)| *k == "DATE" && t == "previous month" && iso.is_none()),
        "{got:?}"
    );
    // After "in May 2011" a July close by is July 2011, and the month before it June.
    let text = "Output rose in May 2011. Sales in July fell 3 percent from the previous month.";
    let got = figures(text);
    assert!(
        got.iter().any(|(k, t, iso)| *k == "DATE"
            && t == "previous month"
            && iso.as_deref() == Some("2011-06")),
        "{got:?}"
    );
}
