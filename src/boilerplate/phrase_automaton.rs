//! The phrase lists' automaton, built by hand: every phrase (ASCII letters in any case) ending at
//! each byte, as `aho_corasick`'s DFA with `MatchKind::Standard` finds them. That crate's DFA
//! took 13 M instructions to build, most of a one-word run's start-up (16 M); this one takes
//! well under one, and reads a byte as fast (one table step). `tests` and the layer's
//! equivalence tests check it against `aho_corasick`.

/// An Aho-Corasick automaton with every transition filled in (a DFA) over classes of bytes:
/// each byte a phrase holds is a class of its own (an ASCII letter with its other case), every
/// other byte one class.
pub struct PhraseAutomaton {
    /// The class of each byte.
    classes: [u8; 256],
    /// How many classes: a state's transitions are `classes_len` entries in `next`.
    classes_len: usize,
    /// The next state for each state and class, as `state << 1 | 1 if it matches`, with the
    /// state's index multiplied by `classes_len` (its first transition in `next`).
    next: Vec<u32>,
    /// The phrases ending in each state (its own and those its suffixes end), as a range of
    /// `matches` by the state's number.
    match_ranges: Vec<(u32, u32)>,
    matches: Vec<u32>,
}

/// A state as [`PhraseAutomaton::next_state`] gives it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct State(u32);

impl State {
    /// Whether some phrase ends here.
    #[inline]
    pub fn is_match(self) -> bool {
        self.0 & 1 == 1
    }
}

const NONE: u32 = u32::MAX;

impl PhraseAutomaton {
    pub fn new<'p>(phrases: impl IntoIterator<Item = &'p str>) -> PhraseAutomaton {
        let phrases: Vec<&[u8]> = phrases.into_iter().map(str::as_bytes).collect();
        let mut classes = [0u8; 256];
        let mut classes_len = 1;
        for &b in phrases.iter().flat_map(|p| p.iter()) {
            let b = b.to_ascii_lowercase();
            if classes[usize::from(b)] == 0 {
                // A few dozen distinct bytes: the phrases are English words and marks.
                classes[usize::from(b)] = u8::try_from(classes_len).unwrap_or(u8::MAX);
                classes_len += 1;
            }
        }
        for b in b'A'..=b'Z' {
            classes[usize::from(b)] = classes[usize::from(b.to_ascii_lowercase())];
        }
        let k = classes_len;
        // The trie: `goto[s * k + c]`, NONE where it has no edge; each state's own phrases.
        let mut goto = vec![NONE; k];
        let mut own: Vec<Vec<u32>> = vec![Vec::new()];
        for (id, phrase) in phrases.iter().enumerate() {
            let mut s = 0usize;
            for &b in phrase.iter() {
                let at = s * k + usize::from(classes[usize::from(b)]);
                s = match goto[at] {
                    NONE => {
                        let t = own.len();
                        goto[at] = t as u32;
                        goto.resize(goto.len() + k, NONE);
                        own.push(Vec::new());
                        t
                    }
                    t => t as usize,
                };
            }
            own[s].push(id as u32);
        }
        // Breadth first: a state's failure (its longest proper suffix that is a trie state) is
        // done before it, so its transitions and phrases are complete when it is read. The
        // transitions are written as `next` holds them (the state's first entry, doubled, and
        // whether it matches): the failure a step gives is read back by dividing.
        let n = own.len();
        let mut fail = vec![0usize; n];
        let root = u32::from(!own[0].is_empty());
        let mut next = vec![root; n * k];
        let mut ends: Vec<Vec<u32>> = vec![Vec::new(); n];
        ends[0].clone_from(&own[0]);
        let mut queue = std::collections::VecDeque::from([0usize]);
        while let Some(s) = queue.pop_front() {
            // A state goes where its failure goes but along its own edges: its row starts as a
            // copy of the failure's (done, being shallower), the root's as steps to the root.
            // Copying the row, not a step a class, and no second pass to encode the steps took
            // the build from 3.1 M instructions to 1.4 M (a one-word run's start-up).
            let row = s * k;
            if s != 0 {
                let failure = fail[s] * k;
                next.copy_within(failure..failure + k, row);
            }
            for c in 0..k {
                let edge = goto[row + c];
                if edge == NONE {
                    continue;
                }
                let via_failure = (next[row + c] >> 1) as usize / k;
                let t = edge as usize;
                fail[t] = via_failure;
                let mut found = own[t].clone();
                found.extend_from_slice(&ends[via_failure]);
                next[row + c] = ((t * k) as u32) << 1 | u32::from(!found.is_empty());
                ends[t] = found;
                queue.push_back(t);
            }
        }
        let mut match_ranges = Vec::with_capacity(n);
        let mut matches = Vec::new();
        for found in &ends {
            let from = matches.len() as u32;
            matches.extend_from_slice(found);
            match_ranges.push((from, matches.len() as u32));
        }
        PhraseAutomaton {
            classes,
            classes_len: k,
            next,
            match_ranges,
            matches,
        }
    }

    /// Where reading starts (no byte read yet).
    pub fn start_state(&self) -> State {
        State(0)
    }

    #[inline]
    pub fn next_state(&self, state: State, byte: u8) -> State {
        step(&self.classes, &self.next, state, byte)
    }

    /// Reads `bytes` from `state`, calling `on_match(state, end)` after each byte where some
    /// phrase ends (`end` the offset after that byte in `bytes`), and gives the state after the
    /// last byte: the steps of [`Self::next_state`] a byte at a time, in a loop that keeps both
    /// tables in registers (the caller's loop reloaded them at every byte, as its match call may
    /// write memory) and counts no offset (found from what is left when a phrase ends).
    #[inline]
    pub fn scan(
        &self,
        mut state: State,
        bytes: &[u8],
        mut on_match: impl FnMut(State, usize),
    ) -> State {
        let classes = &self.classes;
        let next: &[u32] = &self.next;
        let mut rest = bytes.iter();
        while let Some(&byte) = rest.next() {
            state = step(classes, next, state, byte);
            if state.is_match() {
                on_match(state, bytes.len() - rest.as_slice().len());
            }
        }
        state
    }

    /// The phrases (their numbers in the list it was built from) that end in `state`.
    pub fn matches(&self, state: State) -> &[u32] {
        let number = (state.0 >> 1) as usize / self.classes_len;
        let (from, to) = self.match_ranges.get(number).copied().unwrap_or((0, 0));
        self.matches
            .get(from as usize..to as usize)
            .unwrap_or_default()
    }
}

/// One transition: the row of `state` (its number halved: the low bit marks a match) plus the
/// byte's class; a missing entry goes back to the start. Shared by [`PhraseAutomaton::next_state`]
/// and [`PhraseAutomaton::scan`], which hands in the tables it keeps in registers.
#[inline(always)]
fn step(classes: &[u8; 256], next: &[u32], state: State, byte: u8) -> State {
    let at = (state.0 >> 1) as usize + usize::from(classes[usize::from(byte)]);
    State(next.get(at).copied().unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasickBuilder, MatchKind};

    /// Every (end, phrase) pair, sorted, as the automaton finds them.
    fn found(auto: &PhraseAutomaton, phrases: &[&str], text: &str) -> Vec<(usize, usize, u32)> {
        let mut state = auto.start_state();
        let mut out = Vec::new();
        for (at, &b) in text.as_bytes().iter().enumerate() {
            state = auto.next_state(state, b);
            assert_eq!(state.is_match(), !auto.matches(state).is_empty());
            for &id in auto.matches(state) {
                out.push((at + 1 - phrases[id as usize].len(), at + 1, id));
            }
        }
        out.sort_unstable();
        out
    }

    fn reference(phrases: &[&str], text: &str) -> Vec<(usize, usize, u32)> {
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(phrases)
            .expect("automaton");
        let mut out: Vec<_> = ac
            .find_overlapping_iter(text)
            .map(|m| (m.start(), m.end(), m.pattern().as_u32()))
            .collect();
        out.sort_unstable();
        out
    }

    /// The steps one byte at a time: every (state, end) where a phrase ends, and the last state.
    fn stepped(auto: &PhraseAutomaton, from: State, bytes: &[u8]) -> (Vec<(State, usize)>, State) {
        let mut state = from;
        let mut out = Vec::new();
        for (at, &b) in bytes.iter().enumerate() {
            state = auto.next_state(state, b);
            if state.is_match() {
                out.push((state, at + 1));
            }
        }
        (out, state)
    }

    #[test]
    fn scan_matches_stepping_byte_by_byte() {
        let shipped = super::super::lexicon::automaton();
        let small = PhraseAutomaton::new(["he", "she", "his", "hers", "Sign-Up", "©", "a"]);
        let pieces: &[&str] = &[
            "sign up",
            "Sign-Up",
            "subscribe to our newsletter",
            "she",
            "hers",
            " ",
            "  ",
            "\n",
            "©",
            "\u{a0}",
            "é",
            "東京",
            "👍🏽",
            "Read more",
            "www.",
            "http://",
            "a",
            "ab",
            "Advertisement",
            "ADVERTISEMENT",
            "follow us on",
            "\u{c2}",
            "x",
            "-",
            ".",
        ];
        let mut rng = crate::test_rng::XorShift::new(0x9e37_79b9_7f4a_7c15);
        let mut next = move || rng.next_u64();
        let mut cases = 0;
        for auto in [shipped, &small] {
            for _ in 0..400 {
                let mut text = String::new();
                for _ in 0..next() % 40 {
                    text.push_str(pieces[(next() % pieces.len() as u64) as usize]);
                }
                let bytes = text.as_bytes();
                // From the start and from the state some prefix leaves.
                let cut = (next() % (bytes.len() as u64 + 1)) as usize;
                let (_, mid) = stepped(auto, auto.start_state(), &bytes[..cut]);
                for from in [auto.start_state(), mid] {
                    let mut got = Vec::new();
                    let last = auto.scan(from, &bytes[cut..], |s, end| got.push((s, end)));
                    let (want, want_last) = stepped(auto, from, &bytes[cut..]);
                    assert_eq!(got, want, "{text:?} from byte {cut}");
                    assert_eq!(last, want_last, "{text:?} from byte {cut}");
                    cases += usize::from(!want.is_empty());
                }
            }
        }
        assert!(cases > 300, "only {cases} runs found a phrase");
    }

    #[test]
    fn finds_what_aho_corasick_finds() {
        let lists: &[(&str, &[&str])] = &[
            ("nested", &["he", "she", "his", "hers", "h", "s"]),
            ("twice", &["ab", "ab", "b"]),
            (
                "cases and marks",
                &["Sign-Up", "sign up for", "©", "e-mail", "www.", "http"],
            ),
            ("one", &["a"]),
            ("none", &[]),
        ];
        let texts = [
            "ushers she said his hers",
            "SIGN-UP sign up for Sign Up For www.example http://x © 2031 ©© e-Mail",
            "aaaa abab bbb",
            "",
            "é ü 東京 👍🏽 \u{a9}\u{c2}",
        ];
        let mut names = std::collections::HashSet::new();
        for (name, phrases) in lists {
            assert!(names.insert(name), "{name} twice");
            let auto = PhraseAutomaton::new(phrases.iter().copied());
            for text in texts {
                assert_eq!(
                    found(&auto, phrases, text),
                    reference(phrases, text),
                    "{name}: {text:?}"
                );
            }
        }
    }
}
