//! Clubs named by a town and a club's head outside a result's sentence (branch ent41):
//! "losing to Hull City in the cup" (typed LOC), "Derry City have signed midfielder …" (typed
//! PER). [`club_names`] reads such names only beside a score; here a word of sport in the
//! sentence ("cup", "manager", "signed", "striker" …) is the evidence for the heads that also
//! end places' names ("City", "Town", "County": "Mexico City", "Harris County"), and the heads
//! only clubs have ("United", "Rovers", "Wanderers" …) need none. A county's name typed ORG
//! after "in" with no word of sport near is the place ("a grand jury in Harris County").

use super::club_names::is_club_head;
use super::*;

/// Club heads that also end the names of places.
fn is_place_head(w: &str) -> bool {
    matches!(
        w,
        "City" | "Town" | "County" | "Wednesday" | "Alexandra" | "Orient"
    )
}

/// Words of sport that tell a club's sentence ("beat" is left out: "Dunmere City beat the
/// deadline").
fn is_sport_word(w: &str) -> bool {
    matches!(
        w,
        "cup"
            | "Cup"
            | "league"
            | "season"
            | "manager"
            | "coach"
            | "striker"
            | "midfielder"
            | "defender"
            | "goalkeeper"
            | "winger"
            | "signed"
            | "loan"
            | "transfer"
            | "fans"
            | "goal"
            | "goals"
            | "match"
            | "derby"
            | "relegated"
            | "promoted"
            | "relegation"
            | "promotion"
            | "drew"
            | "defeat"
            | "scored"
            | "penalty"
            | "fixture"
            | "squad"
            | "players"
            | "trophy"
            | "semi-final"
            | "play-off"
            | "play-offs"
            | "Premier"
    )
}

/// Retypes clubs ORG and counties LOC (see the module's note). A name with a place's head that
/// is wholly a listed place ("Kansas City", "Mexico City") is left as it is. `cues`: the union of
/// the sentence's words' [`cue_words::of`] (a sentence with no club's head is passed over).
pub(super) fn sport_clubs(
    lex: &Lexicon,
    text: &dyn Text,
    cl: &[Classes],
    mode: CaseMode,
    cues: Cues,
    out: &mut [Named],
) {
    if mode == CaseMode::AllCaps || cue_words::lacks(cues, cue_words::CLUB_HEAD) {
        return;
    }
    let n = cl.len();
    let mut sport: Option<bool> = None;
    for m in out.iter_mut() {
        if m.end - m.start < 2 || m.weight >= WEIGHT_SURE {
            continue;
        }
        let head = text.word(m.end - 1);
        if !is_club_head(head) {
            continue;
        }
        let sporty = *sport.get_or_insert_with(|| (0..n).any(|i| is_sport_word(text.word(i))));
        let place_head = is_place_head(head);
        if place_head && listed_place(lex, text, cl, m) {
            // "Kansas City has scored only one run": the listed place's name is left to the tagger.
            continue;
        }
        if !place_head || sporty {
            if m.kind != ORG {
                m.kind = ORG;
            }
        } else if head == "County"
            && m.kind == ORG
            && m.start > 0
            && text.word(m.start - 1) == "in"
            && (m.start..m.end - 1).all(|i| has(cl, i, CAPITALISED))
        {
            m.kind = LOC;
        }
    }
}
