//! A figure's fields in the annotations' JSON (its value, unit and detail, and a change's
//! fields): the statistics part of [`super`]'s writer.

use super::Out;
use crate::statistics::{self, Change, ChangeBy, Direction};

/// A figure's fields; whether its value was left out for not being finite.
pub(super) fn statistic(
    out: &mut Out,
    d: &statistics::Detail,
    convert: &dyn Fn(usize) -> u64,
) -> bool {
    let value = d.value_of();
    let finite = |v: &f64| v.is_finite();
    if let Some(v) = value.filter(finite) {
        key!(out, false, "value");
        out.float(v);
    }
    let extra = d.extra();
    if let Some(unit) = extra.unit.as_deref() {
        key!(out, false, "unit");
        out.string(unit);
    }
    if let Some(per) = extra.per {
        key!(out, false, "per");
        out.string(per);
    }
    if let Some(measure) = extra.measure {
        key!(out, false, "measure");
        out.name(measure);
    }
    if let Some(v) = extra.si_value {
        key!(out, false, "si_value");
        out.float(v);
    }
    if let Some(unit) = extra.si_unit.as_deref() {
        key!(out, false, "si_unit");
        out.string(unit);
    }
    // Bounds that are not finite are dropped, as `Rendered::convert` drops them.
    if let Some(v) = extra.min.filter(finite) {
        key!(out, false, "min");
        out.float(v);
    }
    if let Some(v) = extra.max.filter(finite) {
        key!(out, false, "max");
        out.float(v);
    }
    if let Some(score) = extra.score {
        key!(out, false, "score");
        // A list, indented when pretty as `serde_json` indents one (one number a line).
        out.open(b'[');
        for (k, n) in score.into_iter().enumerate() {
            out.item(k == 0);
            out.uint(u64::from(n));
        }
        out.close(b']', true);
    }
    if let Some(q) = extra.qualifier {
        key!(out, false, "qualifier");
        out.name(q);
    }
    if let Some(iso) = extra.iso.as_deref() {
        key!(out, false, "iso");
        out.string(iso);
    }
    if let Some(resolved) = extra.resolved {
        key!(out, false, "resolved");
        out.buf
            .extend_from_slice(if resolved { b"true" } else { b"false" });
    }
    if let Some(change) = extra.change.as_deref() {
        key!(out, false, "change");
        self::change(out, change, convert);
    }
    if let Some(hint) = extra.hint.as_deref() {
        key!(out, false, "hint");
        out.string(hint);
    }
    value.is_some_and(|v| !v.is_finite())
}

fn change(out: &mut Out, c: &Change, convert: &dyn Fn(usize) -> u64) {
    out.open(b'{');
    key!(out, true, "direction");
    out.name(direction(c.direction));
    if let Some(v) = c.magnitude.filter(|v| v.is_finite()) {
        key!(out, false, "magnitude");
        out.float(v);
    }
    if let Some(by) = c.by {
        key!(out, false, "by");
        out.name(by_name(by));
    }
    if let Some(baseline) = c.baseline.as_deref() {
        key!(out, false, "baseline");
        out.string(baseline);
    }
    if let Some(at) = c.baseline_start {
        key!(out, false, "baseline_start");
        out.uint(convert(at));
    }
    if let Some(at) = c.baseline_end {
        key!(out, false, "baseline_end");
        out.uint(convert(at));
    }
    out.close(b'}', true);
}

/// A change's direction as `serde` names it (`tests` compare the two): written without
/// `serde_json`'s serializer (~100 instructions a name).
pub(super) fn direction(d: Direction) -> &'static str {
    match d {
        Direction::Up => "up",
        Direction::Down => "down",
        Direction::Same => "same",
    }
}

/// How a change is meant, as `serde` names it (`tests` compare the two).
pub(super) fn by_name(by: ChangeBy) -> &'static str {
    match by {
        ChangeBy::Relative => "relative",
        ChangeBy::Points => "points",
        ChangeBy::Factor => "factor",
        ChangeBy::Absolute => "absolute",
    }
}
