//! A one-word name the tagger typed as a person that the words after it show to be a thing:
//! "Klarna said on Tuesday it had cut its losses", "Ocado, which runs warehouses". Companies
//! with short names of their own ("Ocado", "Klarna", "Deliveroo") read as surnames to the
//! tagger, and no list holds them; the pronoun a text uses for its subject does tell them.

use super::cue_words::{listed, ITS, PLURAL_VERB, REPORT_VERB, WHICH};
use super::*;

/// Verbs of saying and reporting after which the subject's pronoun is looked for.
pub(super) fn is_report_verb(w: &str) -> bool {
    listed(w.as_bytes()) & REPORT_VERB != 0
}

/// Verbs in the plural, which British English puts after a team, a band or a company named in
/// the singular ("Arsenal have signed", "Labour were beaten"); never after one person.
pub(super) fn is_plural_verb(w: &str) -> bool {
    listed(w.as_bytes()) & PLURAL_VERB != 0
}

/// Pronouns that show a person: the search for "its" stops at them.
pub(super) fn is_personal_pronoun(w: &str) -> bool {
    matches!(
        w,
        "he" | "she" | "his" | "her" | "him" | "they" | "their" | "them" | "I" | "we" | "our"
    )
}

/// Most words after the verb searched for the subject's pronoun.
const PRONOUN_WINDOW: usize = 8;

/// Whether the first pronoun from word `from` on (within [`PRONOUN_WINDOW`] words of a
/// sentence of `n`) is "its", before any personal one.
fn pronoun_is_its(text: &dyn Text, from: usize, n: usize) -> bool {
    (from..(from + PRONOUN_WINDOW).min(n))
        .map(|i| text.word(i))
        .find(|w| *w == "its" || is_personal_pronoun(w))
        == Some("its")
}

/// Words that are never a company's name before a verb of saying: months, weekdays, titles,
/// listed non-names, frequent plurals ("Officials said its …"), the most frequent words ("It
/// said its …"), first names and group words.
pub(super) const NEVER_A_SUBJECT: Classes = NON_NAME
    | ANY_MONTH
    | WEEKDAY
    | HONORIFIC
    | TITLE_MODIFIER
    | TOP_WORD
    | COMMON_PLURAL
    | SOCIAL
    | DRAWN_OUT
    | FIRST_NAME
    | GROUP_WORD
    | PLACE_WORD;

/// The capitalised words that may name a company before a verb of saying (word `i`, `c` its
/// classes, `next` the classes of the word after it): not [`NEVER_A_SUBJECT`], the next word
/// in lower case. Only then is the next word read.
fn may_be_subject(c: Classes, next: Classes) -> bool {
    c & SUBJECT_MASK == SUBJECT_CLASSES && next & (HAS_LOWER | CAPITALISED) == HAS_LOWER
}

/// Whether a sentence the tagger found no name in holds a capitalised word that
/// [`companies_before_report_verbs`] could make a name ("Revolut said its losses narrowed"):
/// the sentence's words are read only after a word that [`may_be_subject`].
pub(super) fn may_name_subject(text: &dyn Text, cl: &[Classes]) -> bool {
    let mut from = 0;
    while let Some(i) = next_with(cl, from, SUBJECT_MASK, SUBJECT_CLASSES) {
        if subject_names_company(text, cl, i) {
            return true;
        }
        from = i + 1;
    }
    false
}

/// What [`may_be_subject`] asks of the word itself, as a mask and the classes it must leave:
/// the walks look for such words first ([`next_with`]).
pub(super) const SUBJECT_MASK: Classes = CAPITALISED | HAS_ALPHA | NEVER_A_SUBJECT;
pub(super) const SUBJECT_CLASSES: Classes = CAPITALISED | HAS_ALPHA;

/// Whether the word at `i` opens the sentence, or follows a word that is no punctuation, "and",
/// frequent word after the sentence's first ("advancing on Arbil were") or auxiliary ("didn't
/// Riceball have"): the subject of a verb in the plural is then the one name, not several
/// ("Ferris and Tarrow were") nor a question's.
fn alone_before_plural(text: &dyn Text, cl: &[Classes], i: usize) -> bool {
    if i == 0 {
        return true;
    }
    let before = class(cl, i - 1);
    before & (MEANINGFUL | AND) == MEANINGFUL
        && (i == 1 || before & TOP_WORD == 0)
        && !matches!(
            bare(text.word(i - 1)).bytes(),
            b"did"
                | b"does"
                | b"do"
                | b"will"
                | b"would"
                | b"could"
                | b"should"
                | b"can"
                | b"may"
                | b"might"
                | b"must"
                | b"shall"
                | b"t"
                | b"n't"
                | b"not"
        )
}

/// Whether `w` reads as one thing's name before a verb in the plural: no plural of its own
/// (no final "s": "Epidemiologists have") and no contraction ("You’ll have", "We'd have").
fn is_singular_name(w: &str) -> bool {
    !w.ends_with('s') && !w.contains(['\'', '’'])
}

/// Whether word `i` [`may_be_subject`] and the words after it show a company: a verb of
/// saying whose next pronoun is "its" ([`pronoun_is_its`]), or a verb in the plural
/// ([`is_plural_verb`]) and a lower-case word after a word that is no frequent one ("Data are",
/// "Staff were": plurals without an s), [`is_singular_name`] and [`alone_before_plural`]
/// ("Arsenal have signed …": a collective named in the singular). What [`may_name_subject`] and
/// [`companies_before_report_verbs`] both ask; the next word is read once, only after a
/// possible subject.
fn subject_names_company(text: &dyn Text, cl: &[Classes], i: usize) -> bool {
    let c = class(cl, i);
    if !may_be_subject(c, class(cl, i + 1)) {
        return false;
    }
    let verb = text.word(i + 1);
    if is_report_verb(verb) {
        return pronoun_is_its(text, i + 2, cl.len());
    }
    is_plural_verb(verb)
        && c & COMMON == 0
        && class(cl, i + 2) & (HAS_LOWER | CAPITALISED) == HAS_LOWER
        && is_singular_name(text.word(i))
        && alone_before_plural(text, cl, i)
}

/// One capitalised word that no span covers, at the start of a sentence or after a lower-case
/// word or punctuation, followed by a verb of saying whose next pronoun (before any personal
/// one) is "its", is a company ("Revolut said its losses narrowed", "shares rose after
/// Zenvia reported its results"): the tagger leaves out such a word when it knows nothing of
/// it. [`WEIGHT_SURE`], as the retyped names of [`things_named_as_people`]. Not a word of
/// [`NEVER_A_SUBJECT`] ("Priyanka said its …", "Officials said its …"), nor a word after a
/// capitalised one (a longer name's end is left to the tagger). So is such a word before a
/// verb in the plural ([`subject_names_company`]: "Arsenal have signed …"). Running text only.
/// With the sentence's `planes`, only the words before a lower-case word and after none
/// capitalised are asked ([`Planes::subjects`]).
pub(super) fn companies_before_report_verbs(
    text: &dyn Text,
    cl: &[Classes],
    mode: CaseMode,
    planes: Option<&Planes>,
    out: &mut Vec<Named>,
) {
    if mode != CaseMode::Normal {
        return;
    }
    let mut added = false;
    let walk = Walk::new(
        planes,
        Planes::subjects,
        cl,
        0,
        SUBJECT_MASK,
        SUBJECT_CLASSES,
    );
    for i in walk {
        if (i > 0 && has(cl, i - 1, CAPITALISED))
            || !subject_names_company(text, cl, i)
            || covering(out, i).is_some()
        {
            continue;
        }
        out.push(Named::word(i, ORG, WEIGHT_SURE));
        added = true;
    }
    if added {
        normalise(out);
    }
}

/// A one-word name typed PER (no listed first name, no title before it) that is followed by
/// ", which", by a verb of saying whose next pronoun (before any personal one) is "its", or by
/// a verb in the plural ([`is_plural_verb`]; the name alone, not ending in "s"), is an
/// organisation. Running text only; only such names' next words are read.
pub(super) fn things_named_as_people(
    text: &dyn Text,
    cl: &[Classes],
    cue_union: Cues,
    mode: CaseMode,
    out: &mut [Named],
) {
    // A thing is told by "which", "its" or a plural verb: a sentence without one returns.
    if mode != CaseMode::Normal || cue_union & (WHICH | ITS | PLURAL_VERB) == 0 {
        return;
    }
    let n = cl.len();
    for m in out.iter_mut() {
        if m.kind != PER
            || m.end - m.start != 1
            || m.weight == WEIGHT_SURE
            || has(cl, m.start, FIRST_NAME | HONORIFIC)
        {
            continue;
        }
        let next = text.word(m.end);
        let thing = if next == "," {
            text.word(m.end + 1) == "which"
        } else if is_report_verb(next) {
            pronoun_is_its(text, m.end + 1, n)
        } else if is_plural_verb(next) {
            // One person never takes the plural ("Zellora have cut jobs"); two joined do ("Ferris
            // and Tarrow were").
            alone_before_plural(text, cl, m.start)
                && is_singular_name(text.word(m.start))
                && class(cl, m.end + 1) & (HAS_LOWER | CAPITALISED) == HAS_LOWER
        } else {
            false
        };
        if thing {
            m.kind = ORG;
            m.weight = WEIGHT_SURE;
        }
    }
}
