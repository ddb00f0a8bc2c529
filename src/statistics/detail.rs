//! The normalised fields of one statistic, as serialised into the annotation object.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;

use serde::Serialize;

/// What a statistic says, normalised. Every field is optional and omitted from JSON when absent.
///
/// JSON fields: `value` (number as written, scaled: 3000 for "Three thousand", 13 for "13 per
/// cent", 2.7e9 for "£2.7bn"), `unit` (ISO 4217 for money, "%" or "pp" for percentages, a
/// symbol for quantities, "×" for factors), then the fields of [`Extra`].
///
/// 16 bytes: a text of dense figures holds one a figure. The value is a double with one NaN
/// (never produced by arithmetic) for "none"; the unit and the fields most figures lack live in
/// a shared record ([`Extra`]) that plain figures without a unit do not allocate. The record is
/// shared (`Arc`) and copied on write: the figures of one unit and nothing else share one
/// record per unit (`unit_record`), the figures a consistency hint names one record per unit
/// (a sentence of a million percentages held a 160-byte box each, 80 MB for 2 MB).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Detail {
    value: Value,
    extra: Option<Arc<Extra>>,
}

/// An optional double in eight bytes: `NONE`'s bit pattern, a signalling NaN that no
/// arithmetic or parsing makes, is "no value"; every other double (a NaN from arithmetic too)
/// is a value.
#[derive(Clone, Copy)]
struct Value(u64);

impl Value {
    const NONE: u64 = 0x7ff4_0000_dead_0001;

    fn get(self) -> Option<f64> {
        (self.0 != Value::NONE).then(|| f64::from_bits(self.0))
    }

    // No check for `NONE` itself: arithmetic and parsing make quiet NaNs only, never that one.
    fn of(v: Option<f64>) -> Value {
        Value(v.map_or(Value::NONE, f64::to_bits))
    }
}

impl Default for Value {
    fn default() -> Self {
        Value(Value::NONE)
    }
}

impl PartialEq for Value {
    // As `Option<f64>` compares.
    fn eq(&self, other: &Value) -> bool {
        self.get() == other.get()
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.get().fmt(f)
    }
}

impl Serialize for Detail {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        /// The fields in their JSON order: the value, the unit, then the rest of the record.
        #[derive(Serialize)]
        struct Fields<'a> {
            #[serde(skip_serializing_if = "Option::is_none")]
            value: Option<f64>,
            #[serde(skip_serializing_if = "Option::is_none")]
            unit: Option<&'a str>,
            #[serde(flatten)]
            extra: Option<&'a Extra>,
        }
        Fields {
            value: self.value_of(),
            unit: self.unit(),
            extra: self.extra.as_deref(),
        }
        .serialize(serializer)
    }
}

/// The fields of a statistic that most figures lack: `unit` (serialised by [`Detail`], before
/// the others), `per` (what an amount is paid for: "hour", "share"), `measure` (what a quantity measures:
/// "length", "age", …), `si_value`/`si_unit` (a quantity in SI units: 8046.72 m for "5 miles";
/// a range's `min`/`max` stay in the written unit), `min`/`max` (a range or a bound), `score`
/// (the two counts of a score or vote: `[2, 1]` for "won 2-1"), `qualifier` ("about", "more than",
/// "between", …), `iso` (a resolved date/time/duration, ISO 8601), `resolved` (false for a
/// relative date with no dateline to resolve it against), `change` (a change or comparison),
/// `hint` (a consistency warning, human-readable; one text shared by every figure it names).
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Extra {
    #[serde(skip)]
    pub unit: Option<Cow<'static, str>>,
    /// What an amount is paid for: "hour" for "$15 an hour", "share", "kWh", "each".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measure: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub si_value: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub si_unit: Option<Cow<'static, str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// A score or vote, both counts ("2-1", "52-48"), in the order written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<[u16; 2]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iso: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolved: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub change: Option<Box<Change>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<Arc<str>>,
    /// The end offset of a figure of 64 KiB or more, whose record ([`super::Figure`]) keeps
    /// its length in two bytes; not serialised (the annotation has its span).
    #[serde(skip)]
    pub(crate) long_end: Option<usize>,
}

impl Extra {
    /// Whether the record says nothing but (at most) a unit.
    fn only_unit(&self) -> bool {
        matches!(
            self,
            Extra {
                unit: _,
                per: None,
                measure: None,
                si_value: None,
                si_unit: None,
                min: None,
                max: None,
                score: None,
                qualifier: None,
                iso: None,
                resolved: None,
                change: None,
                hint: None,
                long_end: None,
            }
        )
    }
}

thread_local! {
    /// One record a unit for the figures that say nothing but a value and a unit (the units are
    /// the grammars' own, a bounded set; a text uses a few).
    static UNIT_RECORDS: std::cell::RefCell<Vec<Arc<Extra>>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The shared record of `unit` alone.
fn unit_record(unit: Cow<'static, str>) -> Arc<Extra> {
    UNIT_RECORDS.with_borrow_mut(|records| {
        if let Some(record) = records.iter().find(|r| r.unit.as_deref() == Some(&*unit)) {
            return Arc::clone(record);
        }
        let record = Arc::new(Extra {
            unit: Some(unit),
            ..Extra::default()
        });
        records.push(Arc::clone(&record));
        record
    })
}

/// The extra records of one text's dates by ISO value ([`Detail::share_date_extra`]), hashed
/// with Fx (a short key asked at every date; the order is never read).
pub(crate) type DateExtras =
    HashMap<String, Vec<Arc<Extra>>, std::hash::BuildHasherDefault<super::lexicon::FxHasher>>;

/// Which way a change goes; serialised `"up"`, `"down"` or `"same"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Up,
    Down,
    Same,
}

/// How a change's magnitude is meant; serialised in lower case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeBy {
    /// Per cent of the old value ("rose 13%").
    Relative,
    /// Percentage points ("up 2 points" on a percentage).
    Points,
    /// A multiple ("doubled": ×2).
    Factor,
    /// In the value's own unit ("up 300").
    Absolute,
}

/// What a figure with no extra fields reads.
static NO_EXTRA: Extra = Extra {
    unit: None,
    per: None,
    measure: None,
    si_value: None,
    si_unit: None,
    min: None,
    max: None,
    score: None,
    qualifier: None,
    iso: None,
    resolved: None,
    change: None,
    hint: None,
    long_end: None,
};

/// A change or comparison the statistic expresses: "rose 13 per cent compared with …".
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub direction: Direction,
    /// The size of the change, when the text gives it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub magnitude: Option<f64>,
    /// How `magnitude` is meant.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub by: Option<ChangeBy>,
    /// The comparison point as written ("the same month last year", "1,100").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline: Option<String>,
    /// Offsets of `baseline` in the text (converted like every other offset).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline_start: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline_end: Option<usize>,
}

impl Detail {
    pub fn value(v: f64) -> Detail {
        Detail {
            value: Value::of(Some(v)),
            extra: None,
        }
    }

    pub fn with_unit(self, unit: impl Into<Cow<'static, str>>) -> Detail {
        self.with_unit_cow(unit.into())
    }

    // Once, not in every grammar that names a unit (the WASM download).
    #[inline(never)]
    fn with_unit_cow(mut self, unit: Cow<'static, str>) -> Detail {
        self.set_unit(Some(unit));
        self
    }

    /// The value, scaled (`None` when the figure has none).
    pub fn value_of(&self) -> Option<f64> {
        self.value.get()
    }

    pub fn set_value(&mut self, v: Option<f64>) {
        self.value = Value::of(v);
    }

    /// The unit ("%", "USD", "km").
    pub fn unit(&self) -> Option<&str> {
        self.extra().unit.as_deref()
    }

    /// Sets the unit: a figure with nothing else to say takes its unit's shared record.
    #[inline(never)]
    pub fn set_unit(&mut self, unit: Option<Cow<'static, str>>) {
        if self.extra().unit == unit {
            return;
        }
        if self.extra.as_deref().is_none_or(Extra::only_unit) {
            self.extra = unit.map(unit_record);
        } else {
            self.extra_mut().unit = unit;
        }
    }

    /// The fields most figures lack (all absent when the figure has none).
    pub fn extra(&self) -> &Extra {
        self.extra.as_deref().unwrap_or(&NO_EXTRA)
    }

    /// The same, to set: boxed on first use, copied first when another figure shares it.
    // Once, not at every grammar's use (the WASM download).
    #[inline(never)]
    pub fn extra_mut(&mut self) -> &mut Extra {
        Arc::make_mut(self.extra.get_or_insert_with(Arc::default))
    }

    /// Gives the figure `hint`. A figure with nothing else to say than its unit takes the
    /// record of `shared` with its unit (holding only the unit and the hint, made on first use),
    /// so that the many figures one hint names share one record a unit; one with fields of its
    /// own gets the hint added to them.
    pub fn set_hint(&mut self, hint: &Arc<str>, shared: &mut Vec<Arc<Extra>>) {
        if !self.extra.as_deref().is_none_or(Extra::only_unit) {
            self.extra_mut().hint = Some(Arc::clone(hint));
            return;
        }
        let unit = &self.extra().unit;
        if let Some(record) = shared.iter().find(|r| r.unit == *unit) {
            self.extra = Some(Arc::clone(record));
            return;
        }
        let record = Arc::new(Extra {
            unit: unit.clone(),
            hint: Some(Arc::clone(hint)),
            ..Extra::default()
        });
        shared.push(Arc::clone(&record));
        self.extra = Some(record);
    }

    /// Lets a resolved date share its extra record with the earlier dates of the text that say
    /// the same (`resolved: false` for every relative date without a dateline, one ISO value for
    /// every mention of one day), when the record holds only a qualifier, an ISO value and
    /// whether it is resolved. `shared` holds the records of one text by ISO value. A change
    /// later copies the record first (see [`Detail::extra_mut`]). Returns the record it gave
    /// up for a shared one, which the caller may reuse ([`Detail::reuse_extra`]).
    pub(crate) fn share_date_extra(&mut self, shared: &mut DateExtras) -> Option<Arc<Extra>> {
        let extra = self.extra.as_ref()?;
        let only_date = matches!(
            **extra,
            Extra {
                unit: None,
                measure: None,
                si_value: None,
                si_unit: None,
                min: None,
                max: None,
                change: None,
                hint: None,
                long_end: None,
                ..
            }
        );
        if !only_date {
            return None;
        }
        // A key for "no ISO value" that no ISO value is.
        let key = extra.iso.as_deref().unwrap_or("");
        let same = |e: &&Arc<Extra>| e.qualifier == extra.qualifier && e.resolved == extra.resolved;
        if let Some(record) = shared.get(key).and_then(|list| list.iter().find(same)) {
            return self.extra.replace(Arc::clone(record));
        }
        let record = Arc::clone(extra);
        shared.entry(key.to_string()).or_default().push(record);
        None
    }

    /// Gives a figure with no record yet `spare` (a record [`Detail::share_date_extra`] gave
    /// up), emptied, when no other figure holds it: what [`Detail::extra_mut`] would box anew
    /// (most dates of a text share a record, so each would be boxed and freed).
    pub(crate) fn reuse_extra(&mut self, spare: &mut Option<Arc<Extra>>) {
        if self.extra.is_some() {
            return;
        }
        if let Some(mut record) = spare.take() {
            if let Some(e) = Arc::get_mut(&mut record) {
                *e = Extra::default();
                self.extra = Some(record);
            }
        }
    }

    /// The same detail without a long figure's end ([`Extra::long_end`]), its record as the
    /// figure would have it without one (none, or its unit's shared record).
    pub(crate) fn without_long_end(&self) -> Detail {
        let mut d = self.clone();
        if d.extra().long_end.is_none() {
            return d;
        }
        d.extra_mut().long_end = None;
        if d.extra.as_deref().is_some_and(Extra::only_unit) {
            d.extra = d.extra().unit.clone().map(unit_record);
        }
        d
    }

    /// Values as a person would write them: a product such as 3 × 0.1 leaves an error in the
    /// last bit (0.30000000000000004 for "3 dimes"); rounded to 15 significant digits, all that
    /// a double holds exactly, it is 0.3. Whole numbers, most figures, are left as they are.
    pub fn tidy_values(&mut self) {
        if let Some(v) = self.value.get() {
            self.value = Value::of(Some(tidy(v)));
        }
        let extra = self.extra();
        let untidy = |v: Option<f64>| v.is_some_and(|v| tidy(v) != v);
        if untidy(extra.si_value) || untidy(extra.min) || untidy(extra.max) {
            let extra = self.extra_mut();
            extra.si_value = extra.si_value.map(tidy);
            extra.min = extra.min.map(tidy);
            extra.max = extra.max.map(tidy);
        }
    }

    /// The same detail with any byte offsets it carries mapped by `f` (see `crate::output`).
    pub fn map_offsets(&self, f: &dyn Fn(usize) -> usize) -> Detail {
        let mut d = self.clone();
        if d.extra().change.is_some() {
            if let Some(c) = d.extra_mut().change.as_mut() {
                c.baseline_start = c.baseline_start.map(f);
                c.baseline_end = c.baseline_end.map(f);
            }
        }
        d
    }
}

/// `v` to 15 significant digits (see [`Detail::tidy_values`]).
fn tidy(v: f64) -> f64 {
    if !v.is_finite() || v.fract() == 0.0 || is_short_decimal(v) {
        return v;
    }
    format!("{v:.14e}").parse().unwrap_or(v)
}

/// Whether `v` is the double nearest to a decimal of at most 15 significant digits and at most
/// six after the point (4.4, 2.5, 0.125: most figures as written), which `tidy` gives back
/// unchanged: the exact value of `v` is within half a unit in the last place (2⁻⁵³ of it) of
/// that decimal, nearer than half a step of 15 digits (5 × 10⁻¹⁶ of it at least), so rounding
/// it to 15 digits gives that decimal again, and reading it back gives `v`. `m / 10ᵏ`, an exact
/// integer below 2⁵³ over an exact power of ten, is one correctly rounded division: the double
/// nearest to the decimal `m × 10⁻ᵏ`, as reading it would give. Formatting to 15 digits and
/// parsing back cost ~300 instructions a figure, most of the figures' tidying.
fn is_short_decimal(v: f64) -> bool {
    let mut scale = 1.0;
    for _ in 0..6 {
        scale *= 10.0;
        let m = (v * scale).round();
        if m.abs() >= 1e15 {
            return false;
        }
        if m / scale == v {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_lose_their_last_bit_errors_only() {
        let cases = [
            ("three tenths as a product", 3.0 * 0.1, 0.3),
            ("a sum of tenths", 0.1 + 0.2, 0.3),
            ("a written decimal", 4.4, 4.4),
            ("a whole number", 2_700_000_000.0, 2_700_000_000.0),
            ("a huge number", 1e300, 1e300),
            ("a small number", 2.5e-7, 2.5e-7),
            ("a negative", -7.5, -7.5),
        ];
        for (name, value, want) in cases {
            assert_eq!(tidy(value), want, "{name}");
        }
        let third = tidy(1.0 / 3.0);
        assert!((third - 1.0 / 3.0).abs() < 1e-15, "a third stays a third");
    }

    /// The short path gives what formatting to 15 digits and reading back gives, on decimals
    /// as written (up to six places, up to 15 digits), on their negatives, on products and sums
    /// with last-bit errors, and on values of more digits than a double holds.
    #[test]
    fn short_decimals_are_what_fifteen_digits_give() {
        let slow = |v: f64| -> f64 { format!("{v:.14e}").parse().unwrap_or(v) };
        let mut values = Vec::new();
        for places in 1..=8u32 {
            let scale = 10f64.powi(places as i32);
            for m in [
                1u64,
                3,
                7,
                25,
                44,
                99,
                125,
                999,
                12_345,
                9_999_999,
                123_456_789_012_345,
            ] {
                let written: f64 = format!("{m}e-{places}").parse().unwrap();
                values.extend([written, -written, written * 3.0, written / 3.0]);
                values.push(m as f64 / scale + 0.1);
            }
        }
        values.extend([0.1 + 0.2, 3.0 * 0.1, 1.0 / 3.0, 2.0f64.sqrt(), 1e-300, 5e-7]);
        for v in values {
            assert_eq!(tidy(v).to_bits(), slow(v).to_bits(), "{v:e}");
        }
        let short = [4.4, 0.125, -2.5, 1_234.567_8, 99_999_999.999_999];
        assert!(short.iter().all(|&v| is_short_decimal(v)), "as written");
        let long = [0.1 + 0.2, 1.0 / 3.0, 1e-7, 123_456_789.123_456_7];
        assert!(!long.iter().any(|&v| is_short_decimal(v)), "not short");
    }

    #[test]
    fn a_figure_is_tidied_in_every_value_field() {
        let mut d = Detail::value(3.0 * 0.1);
        d.extra_mut().si_value = Some(0.1 + 0.2);
        d.extra_mut().min = Some(0.7 * 3.0);
        d.tidy_values();
        assert_eq!(d.value_of(), Some(0.3));
        assert_eq!(d.extra().si_value, Some(0.3));
        assert_eq!(d.extra().min, Some(2.1));
    }
}
