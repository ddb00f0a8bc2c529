//! Lines of tables and results: headers, the two sides of a game, ALL-CAPS headlines.

use super::*;

/// Lines of tables and results: a header line is not a name; two sides of a game ("BOSTON AT
/// TORONTO", "Leeds 2 Carrow 1") are the same kind of thing; an ALL-CAPS headline's name does
/// not run on into its verb ("MARLOW WINS").
pub(super) fn table_lines(
    lex: &Lexicon,
    text: &dyn Text,
    cl: &[Classes],
    mode: CaseMode,
    out: &mut Vec<Named>,
) {
    let word = |i: usize| text.word(i);
    let n = cl.len();
    let meaningful = |i: usize| has(cl, i, MEANINGFUL);
    // A header: the only name on its line and the line's last word a header word.
    if out.len() == 1 && (mode != CaseMode::Normal || n <= 4) {
        out.retain(|m| {
            let alone = !(0..m.start).any(meaningful) && !(m.end..n).any(meaningful);
            !(alone && has(cl, m.end - 1, HEADER_WORD))
        });
    }
    // Two sides of a game: NAME (AT|VS|V|number) NAME [number].
    if out.len() == 2 {
        let (a, b) = (&out[0], &out[1]);
        // One word between them (read only then, and the line around them only for a game).
        let game =
            b.start.checked_sub(a.end) == Some(1) && has(cl, a.end, GAME_SEPARATOR | BARE_NUMBER);
        let org = kind_of("ORG");
        if game
            && (a.kind == org || b.kind == org)
            && !(0..a.start).any(meaningful)
            && (b.end..n).all(|i| has(cl, i, NUMBER) || !meaningful(i))
        {
            for m in out.iter_mut() {
                m.kind = org;
            }
        }
    }
    // "MARLOW WINS": a common verb-like word of an ALL-CAPS name is the headline's verb, and
    // the name ends before it, or before a preposition ("BRANDT ARRESTED IN LISBON").
    if mode == CaseMode::AllCaps {
        for m in out.iter_mut() {
            if m.end - m.start < 2 {
                continue;
            }
            let lowers: Vec<String> = (m.start..m.end).map(|i| lower(word(i))).collect();
            let marks = lex.marks(&lowers);
            let cut = (1..lowers.len()).find(|&j| {
                let w = lowers[j].as_str();
                let listed = marks.get(j).copied().unwrap_or(0) != 0;
                let verb_like = (w.ends_with('s') && !w.ends_with("ss")) || w.ends_with("ed");
                let verb = verb_like
                    && !listed
                    && lex.freq_class(w) <= 2
                    && !is_org_head(bare(w))
                    && !is_facility_head(bare(w));
                verb || matches!(w, "in" | "at" | "to" | "after" | "over" | "from" | "with")
            });
            if let Some(j) = cut {
                m.end = m.start + j;
            }
        }
    }
}
