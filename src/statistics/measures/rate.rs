//! Rates per a round number of people or things: "12.9 per 100,000 people", "3.2 deaths per
//! 1,000 live births", "10.4 per million", "35 cases per 100k".

use std::borrow::Cow;

use crate::statistics::cursor::Cx;
use crate::statistics::detail::Detail;
use crate::statistics::numbers::{self, Context, Num, NumKind};
use crate::statistics::Found;

/// A rate after the number `n` (whose next token is `j`): "per" and a power of ten from ten up,
/// with at most one word between the number and "per" for what is counted ("deaths"). The
/// figure keeps its value; its unit says what it is per ("per 100,000", "per million").
pub(super) fn per_round_number(cx: &Cx, n: &Num, j: usize) -> Option<Found> {
    if n.kind != NumKind::Cardinal || !cx.near(j) {
        return None;
    }
    // "424 ppm", "40 ppb": parts per million or billion, the rate's letters.
    if let Some(unit) = parts_per(cx, j) {
        let mut d = Detail::value(n.value).with_unit(Cow::Borrowed(unit));
        d.extra_mut().measure = Some("rate");
        return Some(Found::new(n.start, j + 1, "QUANTITY", d));
    }
    // "3.2 deaths per": one lower-case word for the thing counted, never a unit or a number.
    let per = if cx.is(j, "per") {
        j
    } else if cx.is_word(j)
        && !cx.capitalised(j)
        && cx.word(j).is_none_or(|w| !w.strong && w.measure.is_none())
        && cx.near(j + 1)
        && cx.is(j + 1, "per")
    {
        j + 1
    } else {
        return None;
    };
    if !cx.near(per + 1) {
        return None;
    }
    let base = numbers::parse(cx, per + 1, Context::Plain)
        .filter(|m| m.kind == NumKind::Cardinal && m.start == per + 1)?;
    // "5 per 100 km", "2 per 10 minutes": a unit after the base makes another kind of rate;
    // a unit's word that is one only glued to its number ("in") is the word ("424.6 parts per
    // million in 2024").
    if cx.near(base.end)
        && cx
            .word(base.end)
            .is_some_and(|w| w.measure.is_some() || w.time_unit.is_some() || w.currency.is_some())
        && (cx.attached(base.end) || !crate::statistics::units::needs_attachment(cx.s(base.end)))
    {
        return None;
    }
    let unit = round_base(base.value)?;
    let mut d = Detail::value(n.value).with_unit(unit);
    d.extra_mut().measure = Some("rate");
    Some(Found::new(n.start, base.end, "QUANTITY", d))
}

/// The unit of "ppm"/"ppb" at `j` (lower case, a word of its own): per million, per billion.
fn parts_per(cx: &Cx, j: usize) -> Option<&'static str> {
    if !cx.is_word(j) || cx.attached(j + 1) && cx.is_word(j + 1) {
        return None;
    }
    match cx.s(j) {
        "ppm" => Some("per million"),
        "ppb" => Some("per billion"),
        _ => None,
    }
}

/// How a base of 10, 100, … is written in a rate's unit: "per 100,000", "per million".
fn round_base(v: f64) -> Option<Cow<'static, str>> {
    let power = v.log10();
    if !(1.0..=12.0).contains(&power) || (power - power.round()).abs() > 1e-9 {
        return None;
    }
    Some(match power.round() as i32 {
        6 => Cow::Borrowed("per million"),
        9 => Cow::Borrowed("per billion"),
        p => {
            let mut digits = String::from("1");
            // A comma before each group of three zeros from the right.
            for k in (0..p).rev() {
                if (k + 1) % 3 == 0 {
                    digits.push(',');
                }
                digits.push('0');
            }
            Cow::Owned(format!("per {digits}"))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::round_base;

    #[test]
    fn round_bases_are_written_as_readers_write_them() {
        assert_eq!(round_base(10.0).as_deref(), Some("per 10"));
        assert_eq!(round_base(1000.0).as_deref(), Some("per 1,000"));
        assert_eq!(round_base(100_000.0).as_deref(), Some("per 100,000"));
        assert_eq!(round_base(1e6).as_deref(), Some("per million"));
        assert_eq!(round_base(1e7).as_deref(), Some("per 10,000,000"));
        assert_eq!(round_base(250.0), None);
        assert_eq!(round_base(1.0), None);
    }
}
