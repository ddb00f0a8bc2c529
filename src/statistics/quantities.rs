//! Quantities: a number and the unit of measure after it, read from the generated unit table
//! (`units::measure_units`, Pint's registry). The grammar of a written unit:
//!
//! ```text
//! quantity := number opener? unit closer? sum* conversion?
//! unit     := ("square" | "sq" | "cubic" | "cu" | "metric")? name power? rate?
//! power    := "²" | "³" | "2" | "3" | "^" ("2" | "3")          (attached: "m²", "km2", "m^2")
//! rate     := ("/" | "per") (time unit | "s" | name) power?   ("km/h", "m/s^2", "mg per litre")
//! sum      := ("," | "and")? number unit      (same measure, smaller unit: "5 ft 11 in", "2 km and 1 m")
//! opener   := "[" | "(" | "{" | "<"  with its closer after the unit ("20 [kg]", "450 (m²)")
//! ```
//!
//! The figure keeps the value and unit as written and adds the value in SI units (`si_value`,
//! `si_unit`) from the table's factors; a sum ("5 ft 11 in") is given in its first unit.

use std::borrow::Cow;

use super::cursor::Cx;
use super::detail::Detail;
use super::lexicon::TimeUnit;
use super::numbers::{self, Context, Num, NumKind};
use super::units::{measure_unit, needs_attachment, unit_by_symbol, unit_case_ok, MeasureUnit};
use super::Found;

mod imperial;
mod ratio_in;
mod spaced;
pub(crate) use imperial::stone_abbreviated;
use imperial::unit_less_last_part;
use ratio_in::ratio_in;
mod per_time;
mod price_base;
use per_time::{article_rate, PerTime};
use spaced::{fluid_ounce, name_in_two_words, spaced_bar, spaced_litre, spaced_volt};

/// A unit as written at some tokens: its symbol, what it measures and its size in SI.
struct Written {
    symbol: Cow<'static, str>,
    measure: &'static str,
    si_factor: f64,
    si_unit: Cow<'static, str>,
    /// The token after the unit.
    end: usize,
    /// A plain unit (no power, no rate): a sum may follow ("5 ft 11 in").
    plain: Option<&'static MeasureUnit>,
}

/// A unit of measure after the number: "17 km", "200lbs", "3-inch", "0.9 trillion cubic feet",
/// "190,000 square meters", "50 km/h", "9.81 m/s^2", "20 [kg]", "5 ft 11 in".
pub fn unit_suffix(cx: &Cx, n: &Num, j: usize) -> Option<Found> {
    if !cx.near(j) || n.kind != NumKind::Cardinal {
        return None;
    }
    let mut k = j;
    let mut close = None;
    if cx.is(k, "-") && cx.attached(k) {
        k += 1;
        if !cx.attached(k) {
            return None;
        }
    } else if let Some(c) = closer(cx.s(k)) {
        close = Some(c);
        k += 1;
    }
    let u = unit_at(cx, k)?;
    if k > j && ratio_in(cx, k, u.end) {
        return None;
    }
    let mut end = u.end;
    if let Some(c) = close {
        if !cx.is(end, c) {
            return None;
        }
        end += 1;
    }
    // "5 ft 11 in", "2 km and 1 meter", "7 feet, 10 inches": one length in several units.
    if close.is_none() {
        if let Some(f) = sum(cx, n, &u) {
            return Some(f);
        }
    }
    // "two miles and a half", "3 kilos and a quarter": a fraction of the unit after it.
    let mut value = n.value;
    if close.is_none() && cx.is(end, "and") && cx.near(end + 1) && cx.is(end + 1, "a") {
        let part = if cx.is(end + 2, "half") {
            0.5
        } else if cx.is(end + 2, "quarter") {
            0.25
        } else {
            0.0
        };
        // "a half marathon", "a half-hour walk": the fraction belongs to the next word.
        let word_on = cx.near(end + 3)
            && (cx.attached(end + 3) && cx.is(end + 3, "-")
                || cx.is_word(end + 3)
                    && !cx.is_any(
                        end + 3,
                        &["and", "or", "but", "of", "to", "in", "away", "from"],
                    ));
        if part > 0.0 && cx.near(end + 2) && !word_on && n.value.fract() == 0.0 {
            value += part;
            end += 3;
        }
    }
    let mut d = Detail::value(value).with_unit(u.symbol);
    let extra = d.extra_mut();
    extra.measure = Some(u.measure);
    set_si(extra, value * u.si_factor, u.si_unit);
    Some(Found::new(n.start, end, "QUANTITY", d))
}

/// The closing bracket of an opening one written before a unit.
fn closer(s: &str) -> Option<&'static str> {
    Some(match s {
        "[" => "]",
        "(" => ")",
        "{" => "}",
        "<" => ">",
        _ => return None,
    })
}

fn set_si(extra: &mut super::detail::Extra, value: f64, unit: Cow<'static, str>) {
    if value.is_finite() {
        extra.si_value = Some(round_si(value));
        extra.si_unit = Some(unit);
    }
}

/// Twelve significant digits: 0.3048 × 5 is 1.524, not 1.5240000000000002.
fn round_si(v: f64) -> f64 {
    if v == 0.0 {
        return 0.0;
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

/// The unit written at token `k`.
fn unit_at(cx: &Cx, mut k: usize) -> Option<Written> {
    let mut power = 1;
    let mut metric = false;
    if cx.is_any(k, &["square", "sq"]) && cx.near(k + 1) {
        power = 2;
        k += 1;
        if cx.is(k, ".") && cx.attached(k) {
            k += 1;
        }
    } else if cx.is_any(k, &["cubic", "cu"]) && cx.near(k + 1) {
        power = 3;
        k += 1;
    } else if cx.is(k, "metric") && cx.near(k + 1) {
        metric = true;
        k += 1;
    } else if let Some((u, e)) = fluid_ounce(cx, k)
        .and_then(|e| Some((unit_by_symbol("fl oz")?, e)))
        .or_else(|| name_in_two_words(cx, k))
        .or_else(|| stone_abbreviated(cx, k).and_then(|e| Some((unit_by_symbol("stone")?, e))))
    {
        let mut w = Written {
            symbol: Cow::Borrowed(u.symbol),
            measure: u.kind,
            si_factor: u.si_factor,
            si_unit: Cow::Borrowed(u.si_unit),
            end: e,
            plain: Some(u),
        };
        rate(cx, &mut w);
        return Some(w);
    }
    let written = cx.s(k);
    let mut unit = cx.word(k).and_then(|w| w.measure).and_then(measure_unit)?;
    if !unit_case_ok(written) {
        return None;
    }
    // "1,000 W/m²", "3 V/m": a unit over another written with a slash is a unit even apart
    // from its number.
    let over_unit = || {
        cx.is(k + 1, "/")
            && cx.attached(k + 1)
            && cx.attached(k + 2)
            && cx
                .word(k + 2)
                .is_some_and(|w| w.measure.is_some() || w.time_unit.is_some())
    };
    if needs_attachment(written)
        && !cx.attached(k)
        && !spaced_litre(cx, k)
        && !over_unit()
        && !spaced_volt(cx, k)
        && !spaced_bar(cx, k)
    {
        return None;
    }
    // "1m" after a number in words is a million ("one m" is odd); "Mb" etc. are fine.
    if written == "M" {
        return None;
    }
    if metric {
        // "metric tons": the tonne, whatever "ton" alone means.
        unit = match unit.kind {
            "weight" if unit.si_factor > 500.0 => unit_by_symbol("t")?,
            _ => return None,
        };
    }
    let mut end = k + 1;
    if let Some((energy, e)) = watt_hours(cx, unit, end).filter(|_| power == 1 && !metric) {
        unit = energy;
        end = e;
    }
    if power == 1 {
        if let Some((p, e)) = power_after(cx, end) {
            power = p;
            end = e;
        }
    }
    // "m212", "kg3x": a code, not a unit.
    if cx.attached(end) && (cx.is_digits(end) || cx.is_word(end)) {
        return None;
    }
    let (symbol, measure, si_factor, si_unit) = if power == 1 {
        (
            Cow::Borrowed(unit.symbol),
            unit.kind,
            unit.si_factor,
            Cow::Borrowed(unit.si_unit),
        )
    } else {
        let mark = if power == 2 { "²" } else { "³" };
        let (measure, si) = match (unit.kind, power) {
            ("length", 2) => ("area", "m²"),
            ("length", _) => ("volume", "m³"),
            _ => return None,
        };
        (
            Cow::Owned(format!("{}{mark}", unit.symbol)),
            measure,
            unit.si_factor.powi(power),
            Cow::Borrowed(si),
        )
    };
    let mut w = Written {
        symbol,
        measure,
        si_factor,
        si_unit,
        end,
        plain: (power == 1 && !metric).then_some(unit),
    };
    rate(cx, &mut w);
    Some(w)
}

/// "40 megawatt hours", "per kilowatt-hour": a unit of power then "hour" (at `k`) is the unit of
/// energy (`MW` → `MWh`), and the token after it.
pub(super) fn watt_hours(
    cx: &Cx,
    unit: &'static MeasureUnit,
    mut k: usize,
) -> Option<(&'static MeasureUnit, usize)> {
    if unit.kind != "power" || !unit.symbol.ends_with('W') {
        return None;
    }
    if cx.is(k, "-") && cx.attached(k) && cx.attached(k + 1) {
        k += 1;
    }
    if !(cx.near(k) && cx.is_any(k, &["hour", "hours"])) {
        return None;
    }
    Some((unit_by_symbol(&format!("{}h", unit.symbol))?, k + 1))
}

/// "²", "³", attached "2"/"3" ("km2"), "^2".
fn power_after(cx: &Cx, k: usize) -> Option<(i32, usize)> {
    if !cx.attached(k) {
        return None;
    }
    let (at, end) = if cx.is(k, "^") && cx.attached(k + 1) {
        (k + 1, k + 2)
    } else {
        (k, k + 1)
    };
    let p = match cx.s(at) {
        "²" | "2" => 2,
        "³" | "3" => 3,
        _ => return None,
    };
    // "km2" but not "m2 5" (a list): the power's token ends the unit.
    if cx.is_digits(at) && cx.attached(end) && !cx.is_any(end, &["/", "."]) {
        return None;
    }
    Some((p, end))
}

/// "/h", "per hour", "/s^2", "per litre", "a year": a rate after the unit.
fn rate(cx: &Cx, w: &mut Written) {
    let k = w.end;
    let slash = cx.is(k, "/") && cx.attached(k);
    if !(cx.near(k) && (slash || cx.is(k, "per")) && cx.near(k + 1)) {
        if let Some(x) = article_rate(cx, k) {
            x.apply(w, k + 2);
        }
        return;
    }
    let d = k + 1;
    let (symbol, seconds) = if slash && cx.is(d, "s") {
        ("s", 1.0)
    } else if let Some(t) = cx.word(d).and_then(|x| x.time_unit) {
        match time_unit(t) {
            Some(x) => x,
            None => return,
        }
    } else if let Some(u) = cx
        .word(d)
        .and_then(|x| x.measure)
        .and_then(measure_unit)
        .filter(|_| slash || !needs_attachment(cx.s(d)))
    {
        // "mg per litre", "kg/m³", "µg/m3", "kg/m2": a density or concentration; a power
        // after a length makes it an area or a volume.
        let (power, end) = match power_after(cx, d + 1) {
            Some((p, e)) if u.kind == "length" => (p, e),
            _ => (1, d + 1),
        };
        let mark = match power {
            2 => "²",
            3 => "³",
            _ => "",
        };
        let per = match (u.kind, power) {
            ("length", 2) => "area",
            ("length", 3) => "volume",
            (kind, _) => kind,
        };
        w.symbol = Cow::Owned(format!("{}/{}{mark}", w.symbol, u.symbol));
        w.si_factor /= u.si_factor.powi(power);
        w.si_unit = Cow::Owned(format!("{}/{}{mark}", w.si_unit, u.si_unit));
        w.measure = quotient_measure(w.measure, per);
        w.end = end;
        w.plain = None;
        return;
    } else {
        return;
    };
    let mut end = d + 1;
    let mut squared = false;
    if let Some((2, e)) = power_after(cx, end) {
        squared = true;
        end = e;
    }
    PerTime {
        symbol,
        seconds,
        squared,
    }
    .apply(w, end);
}

/// What a unit of one measure per a unit of another measures: "mg/dL" a concentration,
/// "g/km" a weight per length, "kg/m²" a weight per area, "mg/kg" a dose by weight.
fn quotient_measure(top: &'static str, per: &'static str) -> &'static str {
    match (top, per) {
        ("weight" | "amount of substance", "volume") => "concentration",
        ("weight", "length") => "weight per length",
        ("weight", "area") => "weight per area",
        ("weight", "weight") => "weight ratio",
        ("energy", "weight") => "energy per weight",
        ("energy", "volume") => "energy per volume",
        ("power", "area") => "intensity",
        ("length", "volume") => "distance per volume",
        ("volume", "area") => "volume per area",
        _ => top,
    }
}

/// A time unit's symbol and length in seconds (a year of 365.25 days, a month of a twelfth).
fn time_unit(t: TimeUnit) -> Option<(&'static str, f64)> {
    Some(match t {
        TimeUnit::Second => ("s", 1.0),
        TimeUnit::Minute => ("min", 60.0),
        TimeUnit::Hour => ("h", 3600.0),
        TimeUnit::Day => ("d", 86_400.0),
        TimeUnit::Week => ("wk", 604_800.0),
        TimeUnit::Month => ("mo", 2_629_800.0),
        TimeUnit::Year => ("yr", 31_557_600.0),
        _ => return None,
    })
}

/// "5 ft 11 in", "2 yds, 7 feet and 10 inches", "2 km and 1 m": the same measure in smaller
/// and smaller units, given in the first one (5.9167 ft) and in SI. Metric parts without "and"
/// or a comma between them ("1 m 20 cm", "3 kg 200 g") must each be less than one of the unit
/// before, in a unit at least a hundred times smaller (one ten times smaller is written as a
/// decimal, "1.2 dm"): "12 m 200 cm" and "12 m 2 dm" are read as two figures, "5 ft 11 in" as
/// one.
fn sum(cx: &Cx, n: &Num, first: &Written) -> Option<Found> {
    let head = first.plain?;
    let mut prev = head;
    if !matches!(prev.kind, "length" | "weight") {
        return None;
    }
    let mut total = n.value * prev.si_factor;
    let mut end = first.end;
    let mut parts = 1;
    loop {
        let mut k = end;
        let joined = cx.near(k) && cx.is_any(k, &[",", "and"]);
        if joined {
            k += 1;
            if cx.is(k, "and") && cx.is(k - 1, ",") {
                k += 1;
            }
        }
        if !cx.near(k)
            || !cx.is_digits(k)
                && cx
                    .word(k)
                    .is_none_or(|w| w.unit.is_none() && w.ten.is_none())
        {
            break;
        }
        let Some(m) = numbers::parse(cx, k, Context::Plain)
            .filter(|m| m.start == k && m.kind == NumKind::Cardinal)
        else {
            break;
        };
        let Some(u) = part_unit(cx, m.end, prev) else {
            break;
        };
        if !joined
            && is_metric(prev)
            && (m.value * u.si_factor >= prev.si_factor || u.si_factor * 99.0 > prev.si_factor)
        {
            break;
        }
        total += m.value * u.si_factor;
        end = m.end + 1;
        prev = u;
        parts += 1;
    }
    // "9 stone 6", "5 foot 11": the last part's unit left unsaid.
    if let Some((v, u, e)) = unit_less_last_part(cx, end, prev) {
        total += v * u.si_factor;
        end = e;
        parts += 1;
    }
    if parts == 1 {
        return None;
    }
    let value = round_si(total / head.si_factor);
    let mut d = Detail::value(value).with_unit(head.symbol);
    let extra = d.extra_mut();
    extra.measure = Some(head.kind);
    set_si(extra, total, Cow::Borrowed(head.si_unit));
    Some(Found::new(n.start, end, "QUANTITY", d))
}

/// A metric unit: its factor to SI is a power of ten ("km", "g"), unlike "ft" or "lb".
fn is_metric(u: &MeasureUnit) -> bool {
    let l = u.si_factor.log10();
    (l - l.round()).abs() < 1e-9
}

/// The unit of a later part of a sum: the same measure and smaller than the one before. "in"
/// stands apart here ("5 ft 11 in") unless it opens a phrase ("5 ft 11 in the morning").
fn part_unit(cx: &Cx, k: usize, prev: &MeasureUnit) -> Option<&'static MeasureUnit> {
    if !cx.near(k) {
        return None;
    }
    let u = cx.word(k).and_then(|w| w.measure).and_then(measure_unit)?;
    if u.kind != prev.kind || u.si_factor >= prev.si_factor || !unit_case_ok(cx.s(k)) {
        return None;
    }
    if needs_attachment(cx.s(k)) && !cx.attached(k) {
        // "in" before a word is a preposition ("11 in March") unless the word goes with a
        // length ("6 ft 11 in tall", "… in and rising").
        let inch = cx.is(k, "in")
            && !(cx.near(k + 1)
                && cx.is_word(k + 1)
                && !cx.is_any(
                    k + 1,
                    &[
                        "and", "or", "but", "tall", "high", "long", "wide", "deep", "with",
                    ],
                ));
        if !inch {
            return None;
        }
    }
    Some(u)
}

/// "a quarter of a mile", "three quarters of an inch", "3/4 of a litre": a fraction of one
/// unit, named after "of a".
pub fn fraction_of_unit(cx: &Cx, i: usize) -> Option<Found> {
    // The cheap test first: this is tried wherever a figure may start.
    if !(i + 1..i + 5).any(|k| cx.is(k, "of")) {
        return None;
    }
    let n = numbers::parse(cx, i, Context::Plain)?;
    if !(n.start == i && n.value > 0.0 && n.value < 1.0 && cx.is(n.end, "of")) {
        return None;
    }
    let a = n.end + 1;
    if !(cx.near(a) && cx.is_any(a, &["a", "an"]) && cx.near(a + 1)) {
        return None;
    }
    let k = a + 1;
    let written = cx.s(k);
    let unit = cx.word(k).and_then(|w| w.measure).and_then(measure_unit)?;
    if !unit_case_ok(written) || needs_attachment(written) {
        return None;
    }
    let mut d = Detail::value(n.value).with_unit(unit.symbol);
    let extra = d.extra_mut();
    extra.measure = Some(unit.kind);
    set_si(extra, n.value * unit.si_factor, Cow::Borrowed(unit.si_unit));
    Some(Found::new(i, k + 1, "QUANTITY", d))
}

/// "a kilogram", "an ml", "half a litre", "a half-litre", "quarter-litre": one unit, or a half
/// or quarter of one, with no number written. After "a" alone only a metric unit or a symbol
/// counts as one: "a ton of", "a foot in the door", "a pound" are idioms or money.
pub fn one_unit(cx: &Cx, i: usize) -> Option<Found> {
    let (value, k, any_unit) = if cx.is_any(i, &["half", "quarter"]) {
        let v = if cx.is(i, "half") { 0.5 } else { 0.25 };
        let hyphen = cx.is(i + 1, "-") && cx.attached(i + 1) && cx.attached(i + 2);
        let a = cx.near(i + 1) && cx.is_any(i + 1, &["a", "an"]) && cx.near(i + 2);
        if !(hyphen || a) {
            return None;
        }
        (v, i + 2, true)
    } else if cx.is_any(i, &["a", "an"]) && cx.near(i + 1) {
        if price_base::price_base(cx, i, i + 1) {
            return None;
        }
        (1.0, i + 1, false)
    } else {
        return None;
    };
    let written = cx.s(k);
    let unit = cx.word(k).and_then(|w| w.measure).and_then(measure_unit)?;
    if !unit_case_ok(written) || needs_attachment(written) {
        return None;
    }
    // A symbol is short ("kg", "ml", "lb"); "ton", "cup", "acre" are names.
    // Written as the symbol is ("a dm" is a decimetre, "a DM" a direct message).
    let symbol = written.len() <= 2 && written == unit.symbol;
    let capitals_apart = written.len() == 2
        && written != unit.symbol
        && written.bytes().all(|b| b.is_ascii_uppercase());
    if capitals_apart {
        return None;
    }
    // "a mile": a distance in any idiom it stands in ("missed by a mile"), unlike "a foot".
    let mile = unit.symbol == "mi";
    if !(any_unit || is_metric(unit) || symbol || mile) {
        return None;
    }
    // "a kilometre-long queue" is still one kilometre; "a metre or two" too.
    let mut d = Detail::value(value).with_unit(unit.symbol);
    let extra = d.extra_mut();
    extra.measure = Some(unit.kind);
    set_si(extra, value * unit.si_factor, Cow::Borrowed(unit.si_unit));
    Some(Found::new(i, k + 1, "QUANTITY", d))
}
