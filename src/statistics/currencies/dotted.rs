//! Amounts in a currency written without hundredths whose dots group thousands ("Rp 50.000").

use super::codes::whole_only;
use crate::statistics::cursor::Cx;
use crate::statistics::Found;

/// Rereads amounts in a currency written without hundredths whose number has dots between
/// groups of three digits ("Rp 50.000", "15.000.000 dong", "VND 20.000-30.000"): the dots group
/// thousands there, so the number is fifty thousand, not fifty. Not before a magnitude ("Rp
/// 1.500 billion" keeps its decimal point).
pub fn dotted_thousands(cx: &Cx, found: &mut [Found]) {
    for f in found.iter_mut().filter(|f| f.kind == "MONEY") {
        if !f.detail.unit().is_some_and(whole_only) {
            continue;
        }
        let mut k = f.start();
        while k < f.end() {
            let Some((decimal, grouped, end)) = dotted_run(cx, k) else {
                k += 1;
                continue;
            };
            let magnitude = cx.near(end) && cx.word(end).is_some_and(|w| w.scale.is_some())
                || cx.attached(end) && cx.is_any(end, &["m", "bn", "k"]);
            if !magnitude {
                let same = |v: f64| (v - decimal).abs() <= 1e-9 * decimal.abs().max(1.0);
                if f.detail.value_of().is_some_and(same) {
                    f.detail.set_value(Some(grouped));
                }
                let extra = f.detail.extra_mut();
                for bound in [&mut extra.min, &mut extra.max] {
                    if bound.is_some_and(same) {
                        *bound = Some(grouped);
                    }
                }
            }
            k = end;
        }
    }
}

/// Digits in groups joined by attached dots at token `k`, the first group of one to three
/// digits and every other of three ("50.000", "1.250.000"): the number read with a decimal
/// point (only for one dot), with the dots grouping thousands, and the token after it.
fn dotted_run(cx: &Cx, k: usize) -> Option<(f64, f64, usize)> {
    let first = cx.s(k);
    if !(cx.is_digits(k) && (1..=3).contains(&first.len()))
        || k > 0 && cx.attached(k) && cx.is(k - 1, ".")
    {
        return None;
    }
    let mut digits = first.to_string();
    let mut end = k + 1;
    while cx.is(end, ".")
        && cx.attached(end)
        && cx.attached(end + 1)
        && cx.is_digits(end + 1)
        && cx.s(end + 1).len() == 3
    {
        digits.push_str(cx.s(end + 1));
        end += 2;
    }
    // "50.0005": a longer group after the dots is no grouping.
    if end == k + 1 || cx.attached(end) && cx.is_digits(end) {
        return None;
    }
    let grouped: f64 = digits.parse().ok()?;
    let decimal = if end == k + 3 {
        format!("{first}.{}", cx.s(k + 2)).parse().ok()?
    } else {
        // Two dots or more were never read as one number with a decimal point.
        f64::NAN
    };
    Some((decimal, grouped, end))
}
