//! A name inside a hyphened adjective (branch ent31): "the London-based firm", "the Santa
//! Clara-based chipmaker", "the Estonia-born founder", "a UK-listed company", "Chinese-owned".
//! The tokenizer keeps such a word whole, and the tagger leaves it out, types it MISC or wraps
//! it with the article ("The Watford-based" ORG). The name is the part before the hyphen (as the
//! fixtures mark it: "[LOC London]-based"): the span ends at the word, and the text's offsets
//! and the name's words drop the adjective's end ([`place_adjective_stem`], read where the
//! names are written).

use super::*;

/// Ends of a hyphened adjective that tell where someone or something is or comes from: the part
/// before is a place whatever the gazetteers say ("Metzingen-based").
fn is_where_suffix(s: &str) -> bool {
    matches!(
        s,
        "based" | "born" | "bred" | "raised" | "headquartered" | "registered"
    )
}

/// Ends of a hyphened adjective that take a name ("Kremlin-backed", "Labour-led", "UK-listed",
/// "Saudi-owned"): the part before is a name, a place only when listed.
fn is_name_suffix(s: &str) -> bool {
    matches!(
        s,
        "owned"
            | "backed"
            | "listed"
            | "led"
            | "run"
            | "funded"
            | "controlled"
            | "made"
            | "built"
            | "sponsored"
            | "supported"
            | "allied"
            | "linked"
            | "affiliated"
            | "focused"
    )
}

/// The byte length of the name inside `w` when `w` is a hyphened adjective made on one
/// ("London-based" → 6, "Santa" + "Clara-based" → 5 of the second word), and whether its end
/// says where ([`is_where_suffix`]). The name is capitalised and holds a lower-case letter
/// unless it is short ("UK-listed", "US-based"); not a number ("1990s-born").
pub fn place_adjective_stem(w: &str) -> Option<(usize, bool)> {
    if w.len() < 5 {
        return None;
    }
    let dash = memchr::memrchr(b'-', w.as_bytes())?;
    let (stem, suffix) = (w.get(..dash)?, w.get(dash + 1..)?);
    let where_ = is_where_suffix(suffix);
    if !(where_ || is_name_suffix(suffix)) {
        return None;
    }
    let mut cs = stem.chars();
    let first_upper = cs.next().is_some_and(char::is_uppercase);
    let has_lower = stem.chars().any(char::is_lowercase);
    let letters = stem.chars().filter(|c| c.is_alphabetic()).count();
    (first_upper && (has_lower || (2..=4).contains(&letters)) && !stem.ends_with('-'))
        .then_some((dash, where_))
}

/// Hyphened adjectives made on a name ([`place_adjective_stem`]; class [`JOINED_PLACE`], so a
/// sentence without one walks nothing): a listed place is LOC ("UK-listed"), a listed group
/// word NORP ("Hungarian-born"), another name before "-based", "-born" … LOC unless it is a
/// frequent word ("Cloud-based", "Plant-based" opening a sentence); another before "-backed",
/// "-led" … is left to the tagger ("Kremlin-backed"). A place's first word before it joins
/// when the two are a listed place ("New" + "York-based", "Santa" + "Clara-based"); a span the
/// tagger made over the word keeps its capitalised words before it but not an article ("The
/// Watford-based" → `Watford-based`), and what it held after the word stays a name of its own.
pub(super) fn place_adjectives(
    lex: &Lexicon,
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    out: &mut Vec<Named>,
) {
    if union & JOINED_PLACE == 0 {
        return;
    }
    let mut from = 0;
    let mut changed = false;
    while let Some(i) = next_with(cl, from, JOINED_PLACE, JOINED_PLACE) {
        from = i + 1;
        let w = text.word(i);
        let Some((dash, where_)) = place_adjective_stem(w) else {
            continue;
        };
        let stem = w.get(..dash).unwrap_or("");
        let lowered = lower(stem);
        let marks = lex.unit_marks_of(&lowered);
        let kind = if marks & PLACE_MARKS != 0 {
            LOC
        } else if marks & GROUP_MARKS != 0 {
            NORP
        } else if where_ && (marks != 0 || lex.freq_class(&lowered) > 3) {
            LOC
        } else {
            continue;
        };
        let mut start = i;
        if let Some(k) = covering(out, i) {
            let m = out[k].clone();
            // The span's capitalised words before the adjective stay in the name; an article or
            // a lower-case word ends them.
            let mut s = i;
            while s > m.start && has(cl, s - 1, CAPITALISED) && !has(cl, s - 1, ARTICLE) {
                s -= 1;
            }
            start = s;
            if m.end > i + 1 {
                out[k].start = i + 1;
                out[k].weight = out[k].weight.min(WEIGHT_MULTI);
            } else {
                out.remove(k);
            }
        } else if i > 0 && has(cl, i - 1, CAPITALISED) && !has(cl, i - 1, ARTICLE) {
            // "New" + "York-based": one place when the gazetteers list the two words.
            let pair = [text.word(i - 1), stem];
            let listed = lex
                .marks_of_words(&pair)
                .iter()
                .all(|&k| k & PLACE_MARKS != 0);
            if listed {
                start = i - 1;
                if let Some(k) = covering(out, i - 1) {
                    if out[k].end == i && out[k].start + 1 == i {
                        out.remove(k);
                    } else {
                        start = i;
                    }
                }
            }
        }
        out.push(Named {
            start,
            end: i + 1,
            kind,
            weight: WEIGHT_MULTI,
        });
        changed = true;
    }
    if changed {
        normalise_unsorted(out);
    }
}
