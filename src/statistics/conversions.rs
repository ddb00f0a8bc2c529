//! Conversions the text asks for: a unit named with no number as the target of a quantity
//! ("5 miles in metres", "convert 45 degrees fahrenheit to celsius", "how many feet in a
//! mile"). The target becomes a QUANTITY of its own, the quantity's value converted into it,
//! with the qualifier "converted to" (the text does not write that number).
//!
//! ```text
//! conversion := quantity ("in" | "into" | "to") "degrees"? unit-name
//!             | quantity ("is" | "are" | "equals" | "makes") "how" ("much" | "many") "in"?
//!               "degrees"? unit-name
//!             | "how" "many" unit-name ("in" | "are" "in" | "make") quantity
//! ```
//!
//! A unit name here is a name or symbol of the generated table (not one that needs to be
//! attached to a number, such as "in" or "l") of the same measure as the quantity, or a
//! temperature scale after a temperature.

use std::borrow::Cow;

use super::cursor::Cx;
use super::detail::Detail;
use super::records::{ADDED, OWNED};
use super::units::{measure_unit, needs_attachment, unit_case_ok, MeasureUnit};
use super::Found;

/// `added`, marked as the conversion of `source`.
fn converted(source: &Found, mut added: Found) -> Found {
    added.marks = source.marks & OWNED | ADDED;
    added
}

/// A temperature scale named by a word at token `k` ("celsius", "fahrenheit", "kelvin").
fn scale_at(cx: &Cx, k: usize) -> Option<&'static str> {
    match cx.lower(k).as_str() {
        "celsius" | "centigrade" => Some("°C"),
        "fahrenheit" => Some("°F"),
        "kelvin" | "kelvins" => Some("K"),
        _ => None,
    }
}

/// A temperature in kelvin, and back.
fn to_kelvin(v: f64, unit: &str) -> Option<f64> {
    Some(match unit {
        "°C" => v + 273.15,
        "°F" => (v - 32.0) * 5.0 / 9.0 + 273.15,
        "K" => v,
        _ => return None,
    })
}

fn from_kelvin(k: f64, unit: &str) -> Option<f64> {
    Some(match unit {
        "°C" => k - 273.15,
        "°F" => (k - 273.15) * 9.0 / 5.0 + 32.0,
        "K" => k,
        _ => return None,
    })
}

/// A unit of the table named at token `k` with no number, of measure `kind`.
fn unit_name_at(cx: &Cx, k: usize, kind: &str) -> Option<&'static MeasureUnit> {
    let written = cx.s(k);
    let u = cx.word(k).and_then(|w| w.measure).and_then(measure_unit)?;
    let ok = u.kind == kind
        && unit_case_ok(written)
        && !needs_attachment(written)
        && !(cx.attached(k + 1) && (cx.is_word(k + 1) || cx.is_digits(k + 1)));
    ok.then_some(u)
}

/// Twelve significant digits, as the unit grammar gives SI values.
fn round12(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    let digits = 12 - (v.abs().log10().floor() as i32) - 1;
    let scale = 10f64.powi(digits.clamp(-300, 300));
    let r = (v * scale).round() / scale;
    if r.is_finite() {
        r
    } else {
        v
    }
}

/// The target of `f` named from token `k` on: its end and its detail.
fn target(cx: &Cx, f: &Found, k: usize) -> Option<(usize, Detail)> {
    let value = f.detail.value_of()?;
    let unit = f.detail.unit()?;
    let extra = f.detail.extra();
    if extra.min.is_some() || extra.max.is_some() {
        return None;
    }
    let mut d;
    let end;
    if let Some(kelvin) = to_kelvin(value, unit) {
        let at = if cx.is_any(k, &["degrees", "degree"]) && cx.near(k + 1) {
            k + 1
        } else {
            k
        };
        let to = scale_at(cx, at).filter(|t| *t != unit)?;
        d = Detail::value(round12(from_kelvin(kelvin, to)?)).with_unit(to);
        d.extra_mut().measure = Some("temperature");
        end = at + 1;
    } else {
        let (si, kind) = (extra.si_value?, extra.measure?);
        let to = unit_name_at(cx, k, kind).filter(|t| t.symbol != unit)?;
        d = Detail::value(round12(si / to.si_factor)).with_unit(to.symbol);
        let e = d.extra_mut();
        e.measure = Some(kind);
        e.si_value = Some(si);
        e.si_unit = Some(Cow::Borrowed(to.si_unit));
        end = k + 1;
    }
    d.extra_mut().qualifier = Some("converted to");
    Some((end, d))
}

/// Where a conversion's target may be named after a quantity ending at `e`: after "in",
/// "into" or "to", or after a question of how much it is ("is how much", "are how many",
/// "equals how many", "makes how much", with or without "in"). Every word on one line.
fn target_start(cx: &Cx, e: usize) -> Option<usize> {
    if cx.near(e) && cx.is_any(e, &["in", "into", "to"]) && cx.near(e + 1) {
        return Some(e + 1);
    }
    let asked = cx.is_any(e, &["is", "are", "equals", "makes"])
        && cx.is(e + 1, "how")
        && cx.is_any(e + 2, &["much", "many"])
        && (e..e + 4).all(|k| cx.near(k));
    if !asked {
        return None;
    }
    let k = e + 3;
    Some(if cx.is(k, "in") && cx.near(k + 1) {
        k + 1
    } else {
        k
    })
}

/// Adds the target of every conversion the text asks for, in reading order.
/// From record `from` on (the records before it are context); an added record takes the marks
/// of the figure it converts, and [`ADDED`].
pub fn apply(cx: &Cx, found: &mut Vec<Found>, from: usize) {
    let mut added: Vec<(usize, Found)> = Vec::new();
    for (n, f) in found.iter().enumerate().skip(from) {
        if f.kind != "QUANTITY" {
            continue;
        }
        let e = f.end();
        // "5 miles in metres", "45 degrees fahrenheit to celsius"; "101 fahrenheit is how
        // much (in) celsius", "5 miles equals how many km".
        if let Some(k) = target_start(cx, e) {
            if let Some((end, d)) = target(cx, f, k) {
                let free = found.get(n + 1).is_none_or(|next| next.start() >= end);
                if free {
                    added.push((n + 1, converted(f, Found::new(k, end, "QUANTITY", d))));
                }
                continue;
            }
        }
        // "how many feet in a mile", "how many metres are in 5 miles".
        let s = f.start();
        let (at, gap) = if s >= 2 && cx.is(s - 1, "in") && cx.is(s - 2, "are") {
            (s.checked_sub(3), 2)
        } else if s >= 1 && cx.is_any(s - 1, &["in", "make"]) {
            (s.checked_sub(2), 1)
        } else {
            (None, 0)
        };
        let Some(k) = at.filter(|&k| k >= 2 && cx.is(k - 1, "many") && cx.is(k - 2, "how")) else {
            continue;
        };
        let before_free = n == 0 || found.get(n - 1).is_some_and(|p| p.end() <= k);
        if !before_free || gap == 0 {
            continue;
        }
        if let Some((end, d)) = target(cx, f, k).filter(|(end, _)| *end == k + 1) {
            added.push((n, converted(f, Found::new(k, end, "QUANTITY", d))));
        }
    }
    for (place, f) in added.into_iter().rev() {
        found.insert(place, f);
    }
}
