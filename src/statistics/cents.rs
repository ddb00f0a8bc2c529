//! Cents of the currency the text or the reader means: "42 cents" is read as US cents ("USX",
//! kept as written) by the grammar, and here becomes hundredths of the currency an amount
//! nearby is in ("A$3.10 … 42 cents" is A$0.42, "€2 … 50 cents" is €0.50), else of the
//! reader's currency when its hundredths are cents (en-AU, en-IE), given in that currency.

use super::currencies;
use super::cursor::Cx;
use super::Found;

/// How many tokens before and after an amount in cents are searched for the amount that says
/// whose cents they are (about a paragraph before, a sentence after); also how far
/// [`super::pounds`] looks for the text's sterling.
pub(super) const NEAR_BEFORE: usize = 120;
pub(super) const NEAR_AFTER: usize = 40;

/// Rewrites every amount in US cents that the text or the locale says are another currency's,
/// from record `from` on (the records before it are context, already resolved).
pub fn resolve(cx: &Cx, found: &mut [Found], from: usize) {
    if !found.iter().skip(from).any(in_us_cents) {
        return;
    }
    let home = cx
        .locale
        .map(|l| l.currency())
        .filter(|c| *c != "USD" && currencies::in_cents(c));
    for n in from..found.len() {
        if !in_us_cents(&found[n]) {
            continue;
        }
        let at = found[n].start();
        let named = |f: &Found| -> Option<&'static str> {
            let unit = f.detail.unit()?;
            (f.kind == "MONEY" && unit != "USX").then(|| currencies::known(unit))?
        };
        let before = found[..n]
            .iter()
            .rev()
            .take_while(|f| f.end() + NEAR_BEFORE >= at)
            .find_map(named);
        let after = || {
            found[n + 1..]
                .iter()
                .take_while(|f| f.start() < found[n].end() + NEAR_AFTER)
                .find_map(named)
        };
        let context = before.or_else(after);
        // A US amount nearby keeps US cents; so does an amount in a currency of no cents.
        let code = match context {
            Some(c) if c != "USD" && currencies::in_cents(c) => Some(c),
            Some(_) => None,
            None => home,
        };
        let Some(code) = code else { continue };
        let f = &mut found[n];
        if let Some(v) = f.detail.value_of() {
            f.detail.set_value(Some(v / 100.0));
        }
        let extra = f.detail.extra_mut();
        extra.min = extra.min.map(|v| v / 100.0);
        extra.max = extra.max.map(|v| v / 100.0);
        f.detail.set_unit(Some(code.into()));
    }
}

fn in_us_cents(f: &Found) -> bool {
    f.kind == "MONEY" && f.detail.unit() == Some("USX")
}
