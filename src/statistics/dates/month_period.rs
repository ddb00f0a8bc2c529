//! A quarter or a period named by its months: "the April-June quarter", "the July to
//! September period", "the October–December quarter": the range of months with "the" and the
//! period's noun, as "the first quarter" keeps its "the" (README). Only two months with no day
//! between them, before "quarter", "period" or "half": "April-June sales" stays the range alone.
//! A quarter named by its last month ("the December quarter", "its June quarter", as
//! Australian and US companies report): one month alone before "quarter", the three months
//! that end with it.

use super::{Cat, DatePhrase};
use crate::statistics::calendar::When;
use crate::statistics::cursor::Cx;

/// Widens the month range `p` over "the" before it and the period's noun after it.
pub(super) fn months_of_period(cx: &Cx, p: &mut DatePhrase) {
    let month_only = |w: &When| {
        matches!(
            w,
            When::Date {
                m: Some(_),
                d: None,
                ..
            }
        )
    };
    if p.cat == Cat::Date
        && p.time.is_none()
        && p.until.is_none()
        && p.qualifier.is_none()
        && month_only(&p.when)
    {
        quarter_by_last_month(cx, p);
        return;
    }
    let is_month_range = p.cat == Cat::Date
        && p.time.is_none()
        && p.until.as_ref().is_some_and(month_only)
        && month_only(&p.when);
    if !is_month_range || !cx.near(p.end) || !cx.is_any(p.end, &["quarter", "period", "half"]) {
        return;
    }
    // "from April to June period" reads oddly; the noun joins only a range the text names as
    // one ("the April-June quarter", "its January–March period").
    if p.qualifier != Some("between") || p.start == 0 || cx.is_any(p.start, &["from", "between"]) {
        return;
    }
    p.end += 1;
    if cx.is(p.start - 1, "the") && cx.near(p.start) {
        p.start -= 1;
    }
}

/// "the December quarter": a month without its day (and with no "from", "since", … before it)
/// right before "quarter" is the quarter that ends with it, "the" inside as for "the first
/// quarter". A month of the first two of a year stays the month (its quarter would cross the
/// year).
fn quarter_by_last_month(cx: &Cx, p: &mut DatePhrase) {
    if !cx.near(p.end) || !cx.is(p.end, "quarter") {
        return;
    }
    p.end += 1;
    if let When::Date {
        y,
        m: Some(m),
        d: None,
    } = p.when
    {
        if m >= 3 {
            p.until = Some(p.when);
            p.when = When::Date {
                y,
                m: Some(m - 2),
                d: None,
            };
        }
    }
    if p.start > 0 && cx.is(p.start - 1, "the") && cx.near(p.start) {
        p.start -= 1;
    }
}
