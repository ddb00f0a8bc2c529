//! A US state's two-letter postal code after a place and a comma is a place of its own ("Vinita,
//! OK", "Coffeyville, KS", "Portland, OR"), as GUM marks it. Travel guides and modern American
//! text write the codes; the tagger takes most of them for no name
//! ("OK", "OR", "IN" are words too, so only this shape is read: the code in capitals right
//! after a place's name and a comma, in a normally cased sentence).

use super::*;

/// The postal codes of the fifty states and the District of Columbia.
pub(super) const STATE_CODES: [&[u8; 2]; 51] = [
    b"AL", b"AK", b"AZ", b"AR", b"CA", b"CO", b"CT", b"DE", b"DC", b"FL", b"GA", b"HI", b"ID",
    b"IL", b"IN", b"IA", b"KS", b"KY", b"LA", b"ME", b"MD", b"MA", b"MI", b"MN", b"MS", b"MO",
    b"MT", b"NE", b"NV", b"NH", b"NJ", b"NM", b"NY", b"NC", b"ND", b"OH", b"OK", b"OR", b"PA",
    b"RI", b"SC", b"SD", b"TN", b"TX", b"UT", b"VT", b"VA", b"WA", b"WV", b"WI", b"WY",
];

/// One of [`STATE_CODES`].
pub(super) fn is_state_code(w: &str) -> bool {
    w.as_bytes()
        .first_chunk::<2>()
        .is_some_and(|c| w.len() == 2 && STATE_CODES.contains(&c))
}

/// After a place's name (LOC, up to three words) and a comma, a state's code is a place: a name
/// made of it, or the one-word name the tagger typed otherwise retyped.
pub(super) fn state_codes(
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    mode: CaseMode,
    out: &mut Vec<Named>,
) {
    // The code is a [`RULE_CUE`].
    if mode != CaseMode::Normal || union & RULE_CUE == 0 {
        return;
    }
    let n = cl.len();
    let mut added = Vec::new();
    for k in 0..out.len() {
        let m = &out[k];
        let (s, e) = (m.start, m.end);
        // The code is a word in capitals (tested first: a test of bits).
        if m.kind != LOC
            || e - s > 3
            || e + 1 >= n
            || class(cl, e + 1) & (CAPITALISED | HAS_LOWER) != CAPITALISED
            || text.word(e) != ","
        {
            continue;
        }
        if !is_state_code(text.word(e + 1)) {
            continue;
        }
        match out.get(k + 1) {
            Some(next) if next.start == e + 1 => {
                if next.end == e + 2 {
                    if let Some(next) = out.get_mut(k + 1) {
                        next.kind = LOC;
                    }
                }
            }
            _ => added.push(Named::word(e + 1, LOC, WEIGHT_SINGLE)),
        }
    }
    if !added.is_empty() {
        out.extend(added);
        normalise(out);
    }
}
