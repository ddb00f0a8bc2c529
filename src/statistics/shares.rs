//! Shares of one whole in a sentence that add up to more than 100% ("60% of voters … 55% …"):
//! summed figure by figure as the windows of the text are read ([`Shares::figure`]), and the
//! hint given to every share of the sentence once the whole text is read ([`Shares::apply`]).
//! A sentence may run across windows: a list of 2.5 M percentages is one sentence of 10 MB.

use std::ops::Range;
use std::sync::Arc;

use super::cursor::Cx;
use super::detail::Detail;
use super::hints::trim;
use super::records::StatKind;
use super::Figure;

/// The most shares a hint names; the others are counted ("… (12 more)").
const MAX_LISTED: usize = 6;

/// A share: a plain percentage that is no change, range or bound.
pub(super) fn is_share(kind: StatKind, d: &Detail) -> bool {
    let extra = d.extra();
    kind == "PERCENT"
        && d.unit() == Some("%")
        && extra.change.is_none()
        && extra.min.is_none()
        && extra.max.is_none()
        && d.value_of().is_some_and(|v| v > 0.0 && v <= 100.0)
}

/// Words that, a few words before a percentage, make it a level compared with, not a share of
/// the whole the sentence divides: "74% of patients, against a goal of 78%", "a target of 95%",
/// "compared with 60%", "than 55%", "forecasts of 3%".
const COMPARED: &[&str] = &[
    "against",
    "versus",
    "vs",
    "than",
    "compared",
    "target",
    "targets",
    "goal",
    "goals",
    "forecast",
    "forecasts",
    "expected",
    "expectations",
    "benchmark",
    "threshold",
    "average",
];

/// Whether the percentage at token `i` is measured against, as a target or a comparison: up to
/// four words back, within its clause.
pub(super) fn is_compared(cx: &Cx, i: usize) -> bool {
    let mut k = i;
    while k > 0 && i - k < 4 {
        k -= 1;
        if !cx.is_word(k) {
            return false;
        }
        if cx.is_any(k, COMPARED) {
            return true;
        }
    }
    false
}

/// A share as [`Shares::figure`] reads it: its text, its value and the whole its "of" names
/// ("60% of voters").
pub(super) struct Share<'t> {
    pub text: &'t str,
    pub value: f64,
    pub whole: Option<&'t str>,
    /// Measured against ([`is_compared`]): counted in no sum.
    pub compared: bool,
}

/// The shares of the sentence being read (figures of one sentence number next to each other in
/// the list), and the sentences read whose shares add up to more than the whole.
#[derive(Default)]
pub(super) struct Shares<'t> {
    sentence: Option<i64>,
    count: usize,
    total: f64,
    listed: Vec<&'t str>,
    /// The whole the first share names, and whether another share names another.
    whole: Option<&'t str>,
    wholes_differ: bool,
    /// Places in the result from the first share to the last.
    places: Range<usize>,
    /// Places of percentages in the sentence that are compared with, not shares
    /// ([`is_compared`]): within `places`, but given no hint.
    compared: Vec<usize>,
    /// Each sentence over the whole: its shares' places in the result, the compared
    /// percentages among them, and the hint.
    over: Vec<(Range<usize>, Vec<usize>, Arc<str>)>,
}

impl<'t> Shares<'t> {
    /// The figure at `place` of the result, in sentence `sentence`, a share or not.
    pub fn figure(&mut self, sentence: i64, place: usize, share: Option<Share<'t>>) {
        if self.sentence != Some(sentence) {
            self.close();
            self.sentence = Some(sentence);
        }
        let Some(share) = share else { return };
        if share.compared {
            if self.count > 0 {
                self.compared.push(place);
            }
            return;
        }
        if self.count == 0 {
            self.places = place..place + 1;
        } else {
            self.places.end = place + 1;
        }
        self.count += 1;
        self.total += share.value;
        if self.listed.len() < MAX_LISTED {
            self.listed.push(share.text);
        }
        if let Some(w) = share.whole {
            match self.whole {
                None => self.whole = Some(w),
                Some(first) => self.wholes_differ |= !w.eq_ignore_ascii_case(first),
            }
        }
    }

    /// Ends the sentence being read: percentages "of" different named wholes ("60% of men, 70%
    /// of women") are not shares of one.
    fn close(&mut self) {
        if self.count >= 2 && !self.wholes_differ && self.total > 100.0 + 1e-9 {
            // Every share carries the hint, so it lists a few and counts the rest: a sentence
            // of N percentages must not give N hints of N items each.
            let more = self.count.saturating_sub(MAX_LISTED);
            let rest = format!("… ({more} more)");
            let mut listed = self.listed.clone();
            if more > 0 {
                listed.push(&rest);
            }
            let reason = format!(
                "These shares add up to {}%, more than the whole: {}",
                trim(self.total),
                listed.join(" + ")
            );
            let compared = std::mem::take(&mut self.compared);
            self.over
                .push((self.places.clone(), compared, reason.into()));
        }
        let over = std::mem::take(&mut self.over);
        *self = Shares {
            over,
            ..Shares::default()
        };
    }

    /// Gives every share of the sentences over the whole their hint, except a share a factor's
    /// hint names (`factor_hinted`, places in the result in order): that hint came after.
    pub fn apply(mut self, figures: &mut [Figure], factor_hinted: &[usize]) {
        self.close();
        for (places, compared, reason) in self.over {
            let mut shared = Vec::new();
            for place in places {
                if factor_hinted.binary_search(&place).is_ok() || compared.contains(&place) {
                    continue;
                }
                let Some(f) = figures.get_mut(place) else {
                    continue;
                };
                if is_share(f.kind, f.detail()) {
                    f.detail_mut().set_hint(&reason, &mut shared);
                }
            }
        }
    }
}
