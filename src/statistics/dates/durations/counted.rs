//! The count before a unit of time: "3", "one and a half", "two-and-a-half", "a" ("a year"),
//! "a full" ("a full year").

use super::super::duration_counts::{count_range, modifier_then_unit, quarter_of_a_unit};
use super::Step;
use crate::statistics::cursor::Cx;
use crate::statistics::numbers::{self, Context, NumKind};

/// A count read: `amount` of the unit, which should stand at `k`; `article` when the count is
/// "a"/"an" alone (one unit), `modified` when a word says the unit is whole ("a full year").
pub(super) struct Count {
    pub amount: f64,
    pub k: usize,
    pub article: bool,
    pub modified: bool,
}

/// The count at `i`, or the reading a range of counts makes ("three to four weeks").
pub(super) fn count(cx: &Cx, i: usize) -> Step<Count> {
    if cx.is_any(i, &["a", "an"]) && cx.near(i + 1) {
        // "a full year", "an extra hour", "a whole week": one unit said to be whole or more, a
        // length by its form (no anchor needed), the article and the word inside.
        let modified = modifier_then_unit(cx, i + 1);
        // "a year", "an hour": only as the start of an anchored phrase ("a year ago").
        // "a hundred years", "a dozen days", "a quarter century" are counts like "100 years"
        // (the number reads its article); "a year" is one unit, read as the article alone.
        let unit_after_article =
            cx.word(i + 1).is_some_and(|w| w.time_unit.is_some()) && !quarter_of_a_unit(cx, i + 1);
        if modified || unit_after_article {
            return Step::Go(Count {
                amount: 1.0,
                k: if modified { i + 2 } else { i + 1 },
                article: true,
                modified,
            });
        }
    }
    let Some(n) = numbers::parse(cx, i, Context::Plain) else {
        return Step::Done(None);
    };
    if n.kind != NumKind::Cardinal || n.value < 0.0 {
        return Step::Done(None);
    }
    // The article must be the number's own ("a hundred"), not one before it ("a 10-minute
    // walk" is read from "10"); "a half century" is a cricket score as often as fifty
    // years: only "a quarter" of the fractions an article opens.
    if cx.is_any(i, &["a", "an"]) && (n.start != i || n.value < 1.0 && n.value != 0.25) {
        return Step::Done(None);
    }
    if let Some(p) = count_range(cx, &n) {
        return Step::Done(Some(p));
    }
    let mut k = n.end;
    let mut value = n.value;
    // "5 and a half minutes": digits and a half.
    if cx.is(k, "and")
        && cx.is_any(k + 1, &["a", "an"])
        && cx.is(k + 2, "half")
        && cx.near(k + 3)
        && cx.word(k + 3).is_some_and(|w| w.time_unit.is_some())
    {
        value += 0.5;
        k += 3;
    } else if cx.is(k, "and") && cx.near(k + 1) {
        // "one and three-quarter hours", "two and a quarter days": a fraction the number
        // grammar left after "and", then the unit.
        let fraction = numbers::parse(cx, k + 1, Context::Plain).filter(|f| {
            f.start == k + 1
                && f.value > 0.0
                && f.value < 1.0
                && cx.near(f.end)
                && cx.word(f.end).is_some_and(|w| w.time_unit.is_some())
        });
        // "one and quarter hour", "two and half of hours": the fraction word alone.
        let unit_at = |j: usize| {
            cx.near(j) && cx.word(j).is_some_and(|w| w.time_unit.is_some())
                || cx.is(j, "of")
                    && cx.near(j + 1)
                    && cx.word(j + 1).is_some_and(|w| w.time_unit.is_some())
        };
        let bare = match cx.lower(k + 1).as_str() {
            "half" => Some(0.5),
            "quarter" => Some(0.25),
            _ => None,
        }
        .filter(|_| unit_at(k + 2));
        if let Some(f) = fraction {
            value += f.value;
            k = f.end;
        } else if let Some(f) = bare {
            value += f;
            k += 2;
        }
    }
    // "one-and-a-half hours", "two-and-a-half years": the same, hyphenated; the unit
    // hyphenated too in "a three-and-a-half-hour wait".
    if cx.is(k, "-")
        && cx.is(k + 1, "and")
        && cx.is(k + 2, "-")
        && cx.is_any(k + 3, &["a", "an"])
        && cx.is(k + 4, "-")
        && cx.is(k + 5, "half")
        && (k..k + 6).all(|j| cx.attached(j))
        && cx.near(k + 6)
        && (cx.word(k + 6).is_some_and(|w| w.time_unit.is_some())
            || cx.is(k + 6, "-")
                && cx.attached(k + 6)
                && cx.attached(k + 7)
                && cx.word(k + 7).is_some_and(|w| w.time_unit.is_some()))
    {
        value += 0.5;
        k += 6;
    }
    // "one and a quarter of hour", "two and three quarters of hours".
    if value.fract() != 0.0
        && cx.is(k, "of")
        && cx.near(k + 1)
        && cx.word(k + 1).is_some_and(|w| w.time_unit.is_some())
    {
        k += 1;
    }
    Step::Go(Count {
        amount: value,
        k,
        article: false,
        modified: false,
    })
}
