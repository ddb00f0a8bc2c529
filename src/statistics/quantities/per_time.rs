//! A quantity counted per a unit of time written with an article: "11.2 km a second", "70
//! miles an hour", "5,000 barrels a day" read as "per" ("km per second"), with the
//! look-alikes that stay apart ("a second time", "a day later").

use std::borrow::Cow;

use super::{time_unit, Written};
use crate::statistics::cursor::Cx;
use crate::statistics::lexicon::TimeUnit;

/// A unit of time a quantity is counted per.
pub(super) struct PerTime {
    pub(super) symbol: &'static str,
    pub(super) seconds: f64,
    pub(super) squared: bool,
}

impl PerTime {
    /// `w` over this unit of time, ending at token `end`.
    pub(super) fn apply(self, w: &mut Written, end: usize) {
        let (mark, si_den) = if self.squared {
            ("²", self.seconds * self.seconds)
        } else {
            ("", self.seconds)
        };
        w.symbol = Cow::Owned(format!("{}/{}{mark}", w.symbol, self.symbol));
        w.si_factor /= si_den;
        w.si_unit = Cow::Owned(format!("{}/s{mark}", w.si_unit));
        // A quantity per a unit of time measures a rate of its own, which no conversion to
        // the quantity's unit reads ("500,000 barrels per day to barrels" was 5.8 barrels).
        w.measure = match w.measure {
            "length" if self.squared => "acceleration",
            "length" => "speed",
            "volume" => "flow",
            "weight" => "weight per time",
            "energy" => "power",
            _ => "rate per time",
        };
        w.end = end;
        w.plain = None;
    }
}

/// "a second", "an hour", "a day" after a unit is "per" that unit ("11.2 km a second", "70
/// miles an hour", "5,000 barrels a day"), the article agreeing with the word; not "a second
/// time", "a day later", "a day or two" (an ordinal, a date, a length of their own).
pub(super) fn article_rate(cx: &Cx, k: usize) -> Option<PerTime> {
    let article = match cx.s(k) {
        "a" => false,
        "an" => true,
        _ => return None,
    };
    let d = k + 1;
    if !(cx.near(k) && cx.near(d)) {
        return None;
    }
    // A speed or a flow: per a second, a minute or an hour. "a day", "a year" after a unit
    // stay outside as a price's rate does ("5,000 barrels a day", as Recognizers-Text marks
    // it).
    let unit = cx.word(d)?.time_unit?;
    if !matches!(unit, TimeUnit::Second | TimeUnit::Minute | TimeUnit::Hour) {
        return None;
    }
    let (symbol, seconds) = time_unit(unit)?;
    if cx.s(d).starts_with(['h', 'H']) != article || cx.s(d).chars().count() < 3 {
        return None;
    }
    let after = d + 1;
    if cx.near(after)
        && cx.is_any(
            after,
            &[
                "time", "times", "later", "earlier", "ago", "before", "after", "or", "-",
            ],
        )
    {
        return None;
    }
    // "a day and a half", "a second and third": the unit's own count goes on; "11.2 km a
    // second and was found" is the rate.
    let count_goes_on = cx.is(after, "and")
        && (cx.is_any(after + 1, &["a", "an", "half"])
            || cx.word(after + 1).is_some_and(|w| w.ordinal.is_some()));
    if count_goes_on {
        return None;
    }
    Some(PerTime {
        symbol,
        seconds,
        squared: false,
    })
}
