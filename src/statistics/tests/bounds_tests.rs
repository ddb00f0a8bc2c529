//! Output and hints stay bounded on lists of figures of any length (issue: one sentence of N
//! percentages once gave each of N annotations an N-item hint, quadratic JSON).

use super::*;
use crate::offsets::Unit;
use crate::output::{rendered, Document};

/// Counts the bytes written to it.
struct Count(usize);

impl std::io::Write for Count {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The CLI's JSON for `text` (statistics only), in bytes.
fn json_bytes(text: &str) -> usize {
    let annotations = annotate(text);
    let doc = Document {
        annotations: rendered(text, &annotations, Unit::CodePoint),
    };
    let mut count = Count(0);
    serde_json::to_writer(&mut count, &doc).expect("writing to a counter cannot fail");
    count.0
}

#[test]
fn output_grows_linearly_with_lists_of_figures() {
    let pieces: &[(&str, &str)] = &[
        ("percent_list", "5%, "),
        ("per_cent_words", "12 per cent, "),
        ("shares_with_and", "40% and "),
        ("money_list", "£3m, "),
        ("dense_digits", "7,"),
        ("percent_lines", "60%\n"),
    ];
    let mut names = std::collections::HashSet::new();
    for (name, piece) in pieces {
        assert!(names.insert(name), "duplicate case name {name}");
        let ratio = |n: usize| {
            let text = piece.repeat(n);
            json_bytes(&text) as f64 / text.len() as f64
        };
        let (small, big) = (ratio(50), ratio(5_000));
        // A fixed bound per input byte, and no growth with the length of the list.
        assert!(big < 120.0, "{name}: {big:.1} output bytes per input byte");
        assert!(
            big < small * 1.5 + 1.0,
            "{name}: {small:.1} bytes per input byte at 50 figures, {big:.1} at 5,000"
        );
    }
}

#[test]
fn share_hints_name_a_few_and_count_the_rest() {
    let cases: &[(&str, usize, &str)] = &[
        ("three_shares", 3, "These shares add up to 120%, more than the whole: 40% + 40% + 40%"),
        (
            "ten_shares",
            10,
            "These shares add up to 400%, more than the whole: 40% + 40% + 40% + 40% + 40% + 40% + … (4 more)",
        ),
    ];
    for (name, n, want) in cases {
        let text = format!("Of the voters, {} backed it.", vec!["40%"; *n].join(", "));
        let hints: Vec<Option<String>> = annotate(&text)
            .into_iter()
            .filter(|a| a.kind == "PERCENT")
            .map(|a| match a.detail {
                annotation::Detail::Statistic(d) => d.extra().hint.as_deref().map(str::to_string),
                _ => None,
            })
            .collect();
        assert_eq!(hints.len(), *n, "{name}: {hints:?}");
        for h in &hints {
            assert_eq!(h.as_deref(), Some(*want), "{name}");
        }
    }
}

#[test]
fn change_hints_speak_the_texts_terms() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "factor_with_money_as_written",
            "Revenue tripled to $9bn from $4bn, the firm said.",
            "“tripled” but $4bn → $9bn is ×2.25",
        ),
        (
            "per_cent_against_a_range",
            "Fares rose 50% from £100 to £120 this spring.",
            "“rose 50%”, but £100 to £120 is +20%",
        ),
        (
            "per_cent_fall_new_figure_first",
            "Visits fell by 40% to 6,000 from 8,000 in a year.",
            "“fell by 40%”, but 8,000 → 6,000 is -25%",
        ),
        (
            "points_between_percentages",
            "Support went from 20% to 25%, an increase of 10 percentage points.",
            "“increase of 10 percentage points”, but 20% → 25% is 5 points",
        ),
    ];
    let mut names = std::collections::HashSet::new();
    for (name, text, want) in cases {
        assert!(names.insert(name), "duplicate case name {name}");
        let hints: Vec<String> = annotate(text)
            .into_iter()
            .filter_map(|a| match a.detail {
                annotation::Detail::Statistic(d) => d.extra().hint.as_deref().map(str::to_string),
                _ => None,
            })
            .collect();
        assert!(hints.iter().any(|h| h == want), "{name}: {hints:?}");
    }
}

#[test]
fn a_text_read_in_pieces_gives_the_figures_of_each_piece() {
    // The layer reads a text over 4 GiB in pieces cut after a line break; small pieces here,
    // each holding at least the longest line.
    let text = "Sales rose 5% to $3m on Tuesday.\nCosts fell 2.5 per cent.\nThe 40 firms hired 1,200 staff, up from 1,100.\n";
    let whole = super::figures_for(text, None);
    for max in [48, 60, 90] {
        let pieces = super::annotate_in_pieces(text, max, None, None);
        assert_eq!(pieces, whole, "pieces of at most {max} bytes");
    }
}

#[test]
fn pieces_without_line_breaks_cut_between_characters() {
    let cases: &[(&str, &str, usize)] = &[
        ("two-byte letters", "é5%é 7% éé 12 é", 3),
        ("four-byte marks", "👍🏽 5% 👍🏽", 2),
        ("one byte at a time", "5% of 10", 1),
    ];
    for (name, text, max) in cases {
        let pieces = super::annotate_in_pieces(text, *max, None, None);
        for a in &pieces {
            assert!(
                text.get(a.span()).is_some_and(|s| !s.is_empty()),
                "{name}: {:?}",
                a.span()
            );
        }
        assert!(
            pieces
                .windows(2)
                .all(|w| w[0].span().end <= w[1].span().start),
            "{name}"
        );
    }
}

#[test]
fn figures_of_long_tokens_cover_them_whole() {
    // A digit run of 65,535 bytes or more keeps its end beside the tokens (a token's length is
    // a `u16`): the figure it makes, and the percentage after it, still cover the whole run.
    for n in [65_534, 65_535, 65_536, 100_000] {
        let digits = "1".repeat(n);
        let text = format!("Sales rose {digits}% in March and 5% in May.");
        let spans: Vec<(&str, &str)> = super::annotate(&text)
            .iter()
            .map(|a| (a.kind, &text[a.span.clone()]))
            .collect();
        let percent = format!("{digits}%");
        assert!(
            spans.contains(&("PERCENT", percent.as_str())),
            "{n}: {:?}",
            spans.iter().map(|(k, s)| (k, s.len())).collect::<Vec<_>>()
        );
        assert!(spans.contains(&("PERCENT", "5%")), "{n}");
    }
}

#[test]
#[cfg(target_pointer_width = "64")]
fn figures_keep_offsets_past_four_gibibytes() {
    let far = (5usize << 32) + 7;
    let figure = super::Figure::new(
        far..far + 3,
        super::StatKind::of("PERCENT"),
        Detail::default(),
    );
    assert_eq!(figure.span(), far..far + 3);
    assert_eq!(figure.kind(), "PERCENT");
}

#[test]
fn records_of_a_figure_stay_small() {
    // A text of dense figures holds two tokens, one record and one annotation a figure: these
    // sizes are most of its memory (README, "Memory").
    let sizes = [
        ("token", std::mem::size_of::<super::tokens::Tok>(), 8),
        ("detail", std::mem::size_of::<Detail>(), 48),
        ("figure record", std::mem::size_of::<super::Found>(), 32),
        ("figure", std::mem::size_of::<super::Figure>(), 24),
        (
            "annotation",
            std::mem::size_of::<annotation::Annotation>(),
            80,
        ),
    ];
    for (name, size, most) in sizes {
        assert!(size <= most, "{name}: {size} bytes, at most {most}");
    }
}

#[test]
fn long_figures_keep_their_ends() {
    // Around the two-byte length's limit and far past it: the end is kept in the detail, which
    // the annotation does not show.
    let long = usize::from(super::records::LONG_FIGURE);
    for len in [long - 1, long, long + 1, 200_000] {
        let far = (1usize << 32) + 5;
        for start in [3, far] {
            let figure = super::Figure::new(
                start..start + len,
                super::StatKind::of("CARDINAL"),
                Detail::value(7.0),
            );
            assert_eq!(figure.span(), start..start + len, "{len} at {start}");
            let annotation = figure.annotation();
            assert_eq!(annotation.span, start..start + len, "{len} at {start}");
            assert_eq!(
                annotation.detail,
                crate::annotation::Detail::Statistic(Detail::value(7.0)),
                "{len} at {start}"
            );
        }
    }
    // A whole text with one: a run of 70,000 digits.
    let digits = "7".repeat(70_000);
    let text = format!("It was {digits} metres.");
    let found = super::figures_for(&text, None);
    let spans: Vec<_> = found.iter().map(super::Figure::span).collect();
    assert!(
        spans.iter().any(|s| s.start == 7 && s.end >= 7 + 70_000),
        "{spans:?}"
    );
}
