//! The countries a text names, near an amount or in its headline and dateline, that pick the
//! currency of an amount several countries write alike.

use super::shared::shared_in;
use super::table;
use crate::statistics::cursor::Cx;
use crate::statistics::Found;

/// How many tokens around an amount are searched for a country that picks its currency, and
/// how many at the start of the text (the headline and dateline: "KARACHI, Pakistan —").
pub(super) const CUE_BEFORE: usize = 300;
pub(super) const CUE_AFTER: usize = 60;
const CUE_HEAD: usize = 200;
/// Every country named at tokens `range` of the text: (token, the code it picks). A country is
/// written with a capital ("Pakistan", "Sri Lankan"): the cheap test first.
pub(super) fn cues_in(cx: &Cx, range: std::ops::Range<usize>) -> Vec<(usize, &'static str)> {
    let t = table();
    let mut cues: Vec<(usize, &'static str)> = Vec::new();
    for k in range {
        if !(cx.is_word(k) && cx.capitalised(k)) {
            continue;
        }
        let Some(list) = t.cues.get(cx.lower(k).as_str()) else {
            continue;
        };
        for (words, code) in list.iter() {
            let all = words
                .iter()
                .enumerate()
                .all(|(m, w)| (m == 0 || cx.near(k + m)) && cx.lower(k + m) == *w);
            if all {
                cues.push((k, code));
            }
        }
    }
    cues
}

/// The countries named in the first tokens of a text (its headline and dateline), for the
/// amounts of a window of the text further on ([`resolve_shared`]): found on first use, from
/// the text's first bytes tokenised again (the table of countries loads only for a text with
/// such an amount).
pub struct HeadCues<'t> {
    /// The text's first [`CUE_HEAD`] tokens and a few more (a country of several words).
    head: &'t str,
    cues: Option<Vec<(usize, &'static str)>>,
}

/// Tokens after the head that a country named in it may run into.
const CUE_HEAD_SPILL: usize = 8;

impl<'t> HeadCues<'t> {
    /// The head of `text`, whose first window `cx` is.
    pub fn of(text: &'t str, cx: &Cx) -> HeadCues<'t> {
        let end = cx.span(0, (CUE_HEAD + CUE_HEAD_SPILL).min(cx.len())).end;
        HeadCues {
            head: text.get(..end).unwrap_or(""),
            cues: None,
        }
    }

    fn cues(&mut self, like: &Cx) -> &[(usize, &'static str)] {
        let head = self.head;
        self.cues.get_or_insert_with(|| {
            let mut toks = Vec::new();
            let mut words = crate::statistics::tokens::Words::default();
            crate::statistics::tokens::tokenize(head, &mut toks, &mut words);
            let mut cx = Cx::new(head, &toks, &words);
            cx.locale = like.locale;
            cx.caseless = like.caseless;
            cues_in(&cx, 0..CUE_HEAD.min(cx.len()))
        })
    }
}

/// Picks, for every amount in a currency several countries share, the one a country named in
/// the text picks ("Rs 20,000 … in Lahore, Pakistan" is PKR, "5,000 rupees" near "Pakistani" too):
/// the nearest country before the amount, else just after it, else in the text's first tokens
/// (the headline and dateline: "KARACHI, Pakistan —"), else the reader's region ("guilders"
/// read in en-NL are Dutch guilders). The countries are found in one pass over the text, and
/// only when it has such an amount. `head`: when `cx` is a window of the text that does not
/// start with its first tokens, their countries ([`HeadCues`]) and the place in the text of
/// the window's first token; `None` when it does.
pub fn resolve_shared(cx: &Cx, found: &mut [Found], head: Option<(&mut HeadCues, usize)>) {
    let wanted: Vec<(usize, &'static [&'static str])> = found
        .iter()
        .enumerate()
        .filter(|(_, f)| f.kind == "MONEY")
        .filter_map(|(n, f)| shared_in(cx, f).map(|c| (n, c)))
        .collect();
    if wanted.is_empty() {
        return;
    }
    let t = table();
    let cues = cues_in(cx, 0..cx.len());
    let head = head.map(|(h, base)| (h.cues(cx), base));
    for (n, codes) in wanted {
        let Some(f) = found.get_mut(n) else { continue };
        let at = f.start();
        let fits = |c: &&(usize, &'static str)| codes.contains(&c.1);
        let split = cues.partition_point(|c| c.0 < at);
        let before = cues[..split]
            .iter()
            .rev()
            .take_while(|c| c.0 + CUE_BEFORE >= at)
            .find(fits);
        let after = || {
            cues[split..]
                .iter()
                .take_while(|c| c.0 < f.end() + CUE_AFTER)
                .find(fits)
        };
        let head = || match head {
            None => cues
                .iter()
                .take_while(|c| c.0 < CUE_HEAD.min(at))
                .find(fits),
            Some((head, base)) => head
                .iter()
                .take_while(|c| c.0 < CUE_HEAD.min(at + base))
                .find(fits),
        };
        let region = || {
            let own = t.regions.get(cx.locale?.region())?;
            codes.iter().find(|c| own.contains(c)).copied()
        };
        if let Some(code) = before
            .or_else(after)
            .or_else(head)
            .map(|c| c.1)
            .or_else(region)
        {
            f.detail.set_unit(Some(code.into()));
            f.detail.extra_mut().hint = None;
        }
    }
}
