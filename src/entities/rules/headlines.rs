//! Names that need evidence: a headline capitalises every word, and the first word of any
//! sentence is capitalised, so there a capitalised common word is no sign of a name. Such a
//! name is kept only as [`WEIGHT_UNCONFIRMED`]: linking drops it unless another mention of the
//! same name in the document confirms it ("Supreme Court" in the headline and in the text).

use super::*;

/// Words that connect the parts of a name ("of", "for", "and", "the", "on"), any case.
const CONNECTIVE: Classes = OF_FOR | AND | LOWER_THE | ON;

/// Head words that end names made of common words ("Northern Water Board").
const HEADS: Classes = ORG_HEAD | FACILITY_HEAD | GEO_HEAD;

/// Most words (and punctuation) a headline has.
const HEADLINE_MAX_WORDS: usize = 24;

/// Whether the sentence reads as a title-case headline: Title Case, or at least four
/// capitalised words with every lower-case word a short connective ("Water Bills to Rise by a
/// Fifth as Firm Seeks Funds for Pipes"); no number nor bracket, and short.
pub(super) fn headline_like(cl: &[Classes], mode: CaseMode) -> bool {
    if mode == CaseMode::AllCaps || cl.len() > HEADLINE_MAX_WORDS {
        return false;
    }
    // A line with numbers is a table's or a result's ("Tiger Woods 68 70"), one with brackets a
    // caption, and one with two commas or more a list ("Tim Simpson, Olin Browne, Shane Bortsch"): not headlines. One
    // pass, left at the first sign against (in running text, mostly its second word).
    let (mut capitalised, mut stops) = (0, 0);
    for &c in cl {
        if c & (UPPER_OR_DIGIT | HAS_ALPHA) == UPPER_OR_DIGIT || c & OPEN_BRACKET != 0 {
            return false; // digits, or a bracket (a caption's credit: "Erdogan (PA Archive)")
        }
        if c & (NUMBER | UPPER_OR_DIGIT) == NUMBER {
            stops += 1; // a comma or a full stop
            if stops >= 2 {
                return false;
            }
        }
        if c & (CAPITALISED | HAS_LOWER) == CAPITALISED | HAS_LOWER {
            capitalised += 1;
        } else if c & HAS_LOWER != 0 && c & HEADLINE_MINOR == 0 && mode == CaseMode::Normal {
            return false;
        }
    }
    mode == CaseMode::Title || capitalised >= 4
}

/// In a headline, a name made only of common words ("Police Chief Apologises") needs
/// evidence; one that mixes them with other words is cut at the common words that are no
/// head or connective, and keeps the parts that hold an uncommon word, a listed place or
/// group word typed as such ("Kenyan Runner Wins Berlin Marathon" → `Kenyan`, `Berlin`).
/// With the sentence's `planes`, a normally cased sentence with a word in lower case that is
/// no headline's short word is known at once to be no headline.
pub(super) fn headline_names(
    cl: &[Classes],
    mode: CaseMode,
    planes: Option<&Planes>,
    out: &mut Vec<Named>,
) {
    if out.is_empty()
        || mode == CaseMode::Normal && planes.is_some_and(Planes::no_headline_in_normal_case)
        || !headline_like(cl, mode)
    {
        return;
    }
    headline_verbs(cl, out);
    // A word that shows no name: common, a connective, or one of the most frequent words
    // ("It", "To"; not in capitals: "US").
    let top = |i: usize| class(cl, i) & (TOP_WORD | HAS_LOWER) == TOP_WORD | HAS_LOWER;
    let plain = |i: usize| has(cl, i, COMMON | CONNECTIVE | HEADLINE_MINOR) || top(i);
    // Where a name is cut: a common word that starts no listed phrase ("New", "United" do)
    // and is no head.
    let breaks = |i: usize| has(cl, i, COMMON) && !has(cl, i, HEADS | CONNECTIVE | STARTS_PHRASE);
    // Left off a part's ends: connectives, short headline words, punctuation.
    let loose = |i: usize| has(cl, i, CONNECTIVE | HEADLINE_MINOR) || !has(cl, i, MEANINGFUL);
    let mut parts = Vec::new();
    for m in out.iter_mut() {
        if (m.start..m.end).all(plain) {
            m.weight = WEIGHT_UNCONFIRMED;
            continue;
        }
        // A person's name of two words or from a listed first name keeps its common words
        // ("Tiger Woods"), and so does a name that ends in a head word ("Bay Co Building
        // Authority").
        let person = m.kind == PER && (m.end - m.start == 2 || has(cl, m.start, FIRST_NAME));
        if person || has(cl, m.end - 1, HEADS) || !(m.start..m.end).any(breaks) {
            continue;
        }
        let mut i = m.start;
        while i < m.end {
            if breaks(i) {
                i += 1;
                continue;
            }
            let (mut a, mut b) = (i, i);
            while b < m.end && !breaks(b) {
                b += 1;
            }
            i = b;
            while a < b && loose(a) {
                a += 1;
            }
            while b > a && loose(b - 1) {
                b -= 1;
            }
            if a < b && !(a..b).all(plain) {
                parts.push(Named {
                    start: a,
                    end: b,
                    kind: listed_kind(cl, a, b).unwrap_or(m.kind),
                    weight: WEIGHT_INITIAL,
                });
            }
        }
        m.end = m.start; // replaced by its parts
    }
    out.retain(|m| m.start < m.end);
    out.extend(parts);
    normalise(out);
}

/// The type a one-word part has by the gazetteers alone: a listed place LOC, a group word NORP
/// (not an acronym: "PA" is a listed place and, in "PA Archive", the news agency).
fn listed_kind(cl: &[Classes], a: usize, b: usize) -> Option<usize> {
    if b != a + 1 || !has(cl, a, HAS_LOWER) {
        return None;
    }
    match class(cl, a) & (PLACE_WORD | GROUP_WORD) {
        PLACE_WORD => Some(LOC),
        GROUP_WORD => Some(NORP),
        _ => None,
    }
}

/// The first word of a text that opens with a sentence-case headline, alone, a common word
/// followed by a lower-case one ("Harbour council approves …"), needs evidence too: it is
/// capitalised by its place. (Only the text's first line: in running text such a word is as
/// often a name, "Britain condemns …"; but a common word typed a place that starts no listed
/// name needs it at any sentence's start: "Grain prices rose", ent37.)
/// (The first word's span, a call through `text`, is read last: most sentences fail before.)
pub(super) fn initial_common(text: &dyn Text, cl: &[Classes], mode: CaseMode, out: &mut [Named]) {
    if mode != CaseMode::Normal {
        return;
    }
    if let Some(m) = out.first_mut() {
        if m.start == 0
            && m.end == 1
            && m.kind != NORP
            && has(cl, 0, COMMON)
            && class(cl, 1) & (HAS_LOWER | CAPITALISED | POSSESSIVE) == HAS_LOWER
            && (m.kind == LOC && !has(cl, 0, STARTS_PHRASE)
                || text.range(0).is_some_and(|r| r.start == 0))
        {
            m.weight = WEIGHT_UNCONFIRMED;
        }
    }
}
