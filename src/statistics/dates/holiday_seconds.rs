//! The second tokens a holiday's name may go on with, by first word, made at the first
//! question about that word and kept: `holidays::may_continue` walked every hand-written name
//! and every generated name (with its spellings) of the first word at each call, ~2,500
//! instructions at each "new" of a news text ("new projects"); a kept answer is a hash
//! look-up or two. Only first words a name opens with are asked (the lexicon's
//! `holiday` words and `holidays::opens_holiday`'s), so the map stays small.

use super::holidays::{generated_names, opens_with, rest, HOLIDAYS};
#[cfg(not(target_arch = "wasm32"))]
use crate::statistics::lexicon::FxHasher;
#[cfg(not(target_arch = "wasm32"))]
use std::cell::RefCell;
#[cfg(not(target_arch = "wasm32"))]
use std::collections::HashMap;
#[cfg(not(target_arch = "wasm32"))]
use std::hash::BuildHasherDefault;

/// What may follow one first word: `alone`, a name of that word alone (or of its possessive
/// alone) needs no second token; else one of `words` (each later word of the names, without
/// its "'s"), such a word with an "s", or "st" when "saint" is among them.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Default)]
pub(super) struct Seconds {
    alone: bool,
    /// A set (one hash a question; a binary search of the ~100 words after "new" cost ~230).
    words: std::collections::HashSet<&'static str, BuildHasherDefault<FxHasher>>,
}

#[cfg(not(target_arch = "wasm32"))]
impl Seconds {
    /// The names of both lists that open with `first` (`generated`: the generated ones too).
    pub(super) fn of(first: &str, generated: bool) -> Seconds {
        let mut s = Seconds::default();
        let hand = HOLIDAYS
            .iter()
            .filter(|(words, _)| opens_with(words, first))
            .map(|(words, _)| rest(words));
        let generated_rests = generated
            .then(|| generated_names(first).map(|h| rest(&h.words)))
            .into_iter()
            .flatten();
        for r in hand.chain(generated_rests) {
            s.alone |= r.is_empty() || r == ["'", "s"];
            s.words
                .extend(r.iter().map(|w| w.strip_suffix("'s").unwrap_or(w)));
            // "saint" of "saints" ("All Saint's Day").
            s.words.extend(
                r.iter()
                    .filter_map(|w| w.strip_suffix("'s").unwrap_or(w).strip_suffix('s')),
            );
        }
        s
    }

    /// Whether the token `next` (lower case) may be a name's second token.
    pub(super) fn reads(&self, next: &str) -> bool {
        let has = |w: &str| self.words.contains(w);
        self.alone
            || has(next)
            || next.strip_suffix('s').is_some_and(has)
            || next == "st" && has("saint")
    }
}

#[cfg(not(target_arch = "wasm32"))]
type Kept = HashMap<Box<str>, Seconds, BuildHasherDefault<FxHasher>>;

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    /// By first word: with the generated names (the lexicon's `holiday` words), and without.
    static KEPT: RefCell<[Kept; 2]> = RefCell::new([Kept::default(), Kept::default()]);
}

/// Whether `next` may be the second token of a name opening with `first` ([`Seconds`]).
#[cfg(not(target_arch = "wasm32"))]
pub(super) fn reads(first: &str, generated: bool, next: &str) -> bool {
    KEPT.with_borrow_mut(|kept| {
        let map = &mut kept[usize::from(generated)];
        if let Some(s) = map.get(first) {
            return s.reads(next);
        }
        let s = Seconds::of(first, generated);
        let answer = s.reads(next);
        map.insert(first.into(), s);
        answer
    })
}

/// The same answer walked from the names at each call, as `may_continue` did before the answers
/// were kept: the WASM build's (a kept map there grew the download by ~5 KB gzipped, more than
/// the limit left), and the tests' reference.
#[cfg(any(test, target_arch = "wasm32"))]
pub(super) fn walked(first: &str, generated: bool, next: &str) -> bool {
    let reads = |rest: &[&str]| {
        rest.is_empty()
            || rest == ["'", "s"]
            || rest.iter().any(|w| {
                let w = w.strip_suffix("'s").unwrap_or(w);
                next == w
                    || next.strip_suffix('s') == Some(w)
                    || w.strip_suffix('s') == Some(next)
                    || w == "saint" && next == "st"
            })
    };
    HOLIDAYS
        .iter()
        .filter(|(words, _)| opens_with(words, first))
        .any(|(words, _)| reads(rest(words)))
        || generated && generated_names(first).any(|h| reads(rest(&h.words)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::statistics::holiday_names;

    /// Every first word of both lists (and some no name opens with), with and without the
    /// generated names, before every word of every name (as written, without its "'s", with
    /// an "s", cut by a letter) and others: the kept answer, asked twice (made, then kept), is
    /// the walked one.
    #[test]
    fn kept_seconds_read_as_the_names_do() {
        let mut firsts: Vec<&str> = holiday_names::first_words().map(|(w, _)| w).collect();
        firsts.extend(
            holiday_names::possessive_first_words()
                .iter()
                .map(|(p, _)| *p),
        );
        firsts.extend(
            HOLIDAYS
                .iter()
                .filter_map(|(words, _)| words.first().copied()),
        );
        firsts.extend(["st", "valentine", "new", "the", "", "news", "year"]);
        firsts.sort_unstable();
        firsts.dedup();
        let mut nexts: Vec<String> = vec![
            "st".into(),
            "s".into(),
            "saint".into(),
            "saints".into(),
            "projects".into(),
            "".into(),
            "'".into(),
            "-".into(),
        ];
        let names = HOLIDAYS.iter().map(|(words, _)| words.to_vec()).chain(
            firsts
                .iter()
                .flat_map(|f| generated_names(f).map(|h| h.words.clone())),
        );
        for words in names {
            for w in words {
                let bare = w.strip_suffix("'s").unwrap_or(w);
                nexts.extend([
                    w.to_string(),
                    bare.to_string(),
                    format!("{bare}s"),
                    format!("{w}s"),
                    bare.get(1..).unwrap_or("").to_string(),
                    bare.get(..bare.len().saturating_sub(1))
                        .unwrap_or("")
                        .to_string(),
                ]);
            }
        }
        nexts.sort_unstable();
        nexts.dedup();
        let (mut asked, mut read) = (0, 0);
        for first in &firsts {
            for generated in [false, true] {
                // A sample of the words for most first words, all of them for every fifth.
                let step = if asked % 5 == 0 { 1 } else { 13 };
                for next in nexts.iter().step_by(step) {
                    let want = walked(first, generated, next);
                    assert_eq!(reads(first, generated, next), want, "{first} {next}");
                    assert_eq!(reads(first, generated, next), want, "{first} {next}, kept");
                    read += usize::from(want);
                }
                asked += 1;
            }
        }
        assert!(read > 1000 && asked > 100, "{read} of {asked} first words");
    }
}
