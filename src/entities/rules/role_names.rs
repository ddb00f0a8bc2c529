//! Names before a role and a person (branch ent36): "Mercedes driver George Russell", "Sinn
//! Féin leader Mary Lou McDonald", "Sauber boss …". The name before the role is the team, the
//! club or the party, never a person: in CoNLL-2003 train the lower-case words between a name
//! and a person's name that are roles (spokesman, manager, striker, defender, leader,
//! midfielder, coach, captain, skipper, goalkeeper, chairman, batsman, starter) follow ORG,
//! MISC and LOC names only. A name before "party" ("the Tisza party") is a party.

use super::*;

/// Roles a team's, club's or party's name comes before ("driver", "leader"): those seen in
/// CoNLL-2003 train between a name and a person's name at least twice, and the motor-racing
/// and cycling ones.
pub(super) fn is_team_role(w: &str) -> bool {
    matches!(
        w.as_bytes(),
        b"driver"
            | b"drivers"
            | b"rider"
            | b"teammate"
            | b"team-mate"
            | b"boss"
            | b"leader"
            | b"manager"
            | b"coach"
            | b"captain"
            | b"skipper"
            | b"striker"
            | b"defender"
            | b"midfielder"
            | b"goalkeeper"
            | b"batsman"
            | b"spokesman"
            | b"spokeswoman"
            | b"chairman"
            | b"chairwoman"
            | b"founder"
    )
}

/// Words an untagged capitalised word before a role must not be (a modifier of the role: "Head
/// coach", "Former leader"; a date; a group word: "Dutch coach").
const NOT_A_TEAM: Classes = NON_NAME
    | ANY_MONTH
    | WEEKDAY
    | HONORIFIC
    | TITLE_MODIFIER
    | TOP_WORD
    | COMMON
    | COMMON_PLURAL
    | GROUP_WORD
    | PLACE_WORD
    | NUMBER;

/// A name typed PER, or LOC and no listed place, right before a lower-case role
/// ([`is_team_role`]) and a name typed PER is an organisation ([`WEIGHT_SURE`]); so is one
/// capitalised word no name covers there (not [`NOT_A_TEAM`]), and such a name before "party"
/// in lower case. Only a name whose next word is in lower case, none of the most frequent, is
/// read further. For the name `k` of `out`, typed PER or LOC ([`people_walk`](super::people_walk)
/// calls it); whether a name was added (`out` is then out of order).
pub(super) fn role_at(
    lex: &Lexicon,
    text: &dyn Text,
    cl: &[Classes],
    out: &mut Vec<Named>,
    k: usize,
) -> bool {
    let mut added = false;
    let Some(&Named { start, kind, .. }) = out.get(k) else {
        return false;
    };
    // The word two before a person's name: "<team> <role> <person>".
    if kind == PER && start >= 2 {
        let role = start - 1;
        let team = start - 2;
        if class(cl, role) & (HAS_LOWER | CAPITALISED | TOP_WORD) == HAS_LOWER
            && has(cl, team, CAPITALISED)
            && is_team_role(text.word(role))
        {
            match k
                .checked_sub(1)
                .and_then(|j| out.get(j))
                .filter(|m| m.end == role)
            {
                Some(m) => {
                    let j = k - 1;
                    if (m.kind == PER || m.kind == LOC && !listed_place(lex, text, cl, m))
                        && !has(cl, m.start, HONORIFIC | TITLE_MODIFIER)
                    {
                        if let Some(m) = out.get_mut(j) {
                            m.kind = ORG;
                            m.weight = WEIGHT_SURE;
                        }
                    }
                }
                None => {
                    let free = k == 0 || out.get(k - 1).is_some_and(|m| m.end <= team);
                    if free
                        && class(cl, team) & (HAS_LOWER | HAS_ALPHA) == HAS_LOWER | HAS_ALPHA
                        && !has(cl, team, NOT_A_TEAM)
                        && (team == 0 || !has(cl, team - 1, CAPITALISED))
                    {
                        out.push(Named::word(team, ORG, WEIGHT_SURE));
                        added = true;
                    }
                }
            }
        }
    }
    // "<name> party" in lower case.
    let Some(m) = out.get(k) else {
        return added;
    };
    let party = class(cl, m.end) & (HAS_LOWER | CAPITALISED | TOP_WORD) == HAS_LOWER
        && text.word(m.end) == "party"
        && !has(cl, m.start, FIRST_NAME)
        && !listed_place(lex, text, cl, m);
    if party {
        if let Some(m) = out.get_mut(k) {
            m.kind = ORG;
            m.weight = WEIGHT_SURE;
        }
    }
    added
}
