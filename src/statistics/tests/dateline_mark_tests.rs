//! A page's date stamp set apart on its line by separator marks is the dateline (the lead's
//! probe, fortieth session): "Saturday 14 November 2026 · 6 min read", "By Ann Lee | 3 March
//! 2031". Made-up pages; look-alikes stay without a dateline.

use super::date_class_tests::figures;

/// The ISO value of the figure spanning `span` in `text`.
fn iso_of(text: &str, span: &str) -> Option<String> {
    figures(text)
        .into_iter()
        .find(|(_, t, _)| t == span)
        .and_then(|(_, _, iso)| iso)
}

#[test]
fn a_date_set_apart_by_separator_marks_is_the_dateline() {
    for (name, text, span, want) in [
        (
            "date, then a reading time",
            "Saturday 14 November 2026 · 6 min read\n\nThe club lost at home on Saturday.",
            "Saturday",
            "2026-11-14",
        ),
        (
            "a byline, then the date",
            "By Ann Lee | 3 March 2031\n\nThe minister resigned on Tuesday.",
            "Tuesday",
            "2031-02-25",
        ),
        (
            "the date between two marks",
            "News • 3 March 2031 • Politics\n\nThe vote was held on Tuesday.",
            "Tuesday",
            "2031-02-25",
        ),
    ] {
        assert_eq!(
            iso_of(text, span).as_deref(),
            Some(want),
            "{name}: {text:?}"
        );
    }
}

#[test]
fn a_date_inside_running_text_is_no_dateline() {
    for (name, text) in [
        (
            "a date in a sentence",
            "Sales fell on 14 November 2026 and rose again.\n\nThe shop shut on Saturday.",
        ),
        (
            "a mark on the line before",
            "Menu ·\n14 November 2026 was a wet day for the fans\n\nThey left on Saturday.",
        ),
    ] {
        assert_eq!(iso_of(text, "Saturday"), None, "{name}: {text:?}");
    }
}
