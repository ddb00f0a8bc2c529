//! Towns paired on a route (branch ent34): "trains between Stevenage and Peterborough", "buses
//! from Kettering to Corby". The tagger types a town below the gazetteer's city cut as a
//! person or an organisation ("Stevenage" PER, "Peterborough" ORG), and [`super::place_pairs`]
//! needs one side typed a place. Two one-word names paired by "between … and" or "from … to"
//! are both places when one of them is a listed city (no country), or when the sentence speaks
//! of travel ([`is_route_word`]: trains, buses, flights, roads, miles …): a pair of people or
//! parties ("talks between Starmer and Macron", "a move from Labour to Reform") has neither.

use super::*;

/// Lower-case words of travel between places: a pair of names in a sentence holding one is a
/// pair of places.
pub(super) fn is_route_word(w: &str) -> bool {
    matches!(
        w,
        "train"
            | "trains"
            | "rail"
            | "railway"
            | "railways"
            | "line"
            | "bus"
            | "buses"
            | "coach"
            | "coaches"
            | "tram"
            | "trams"
            | "ferry"
            | "ferries"
            | "route"
            | "routes"
            | "flight"
            | "flights"
            | "road"
            | "roads"
            | "motorway"
            | "carriageway"
            | "journey"
            | "journeys"
            | "passengers"
            | "commuters"
            | "miles"
            | "kilometres"
            | "km"
            | "drive"
            | "drove"
            | "walked"
            | "cycled"
            | "track"
            | "tracks"
            | "tunnel"
            | "pipeline"
            | "cable"
    )
}

/// Whether the sentence holds a word of travel ([`is_route_word`]) in lower case, or opens with
/// one capitalised; read only for a pair.
fn speaks_of_travel(text: &dyn Text, cl: &[Classes]) -> bool {
    // The first word is read lower-cased ("Trains cancelled between …").
    (has(cl, 0, CAPITALISED) && with_lower(text.word(0), is_route_word))
        || (0..cl.len()).any(|i| {
            class(cl, i) & (HAS_LOWER | CAPITALISED) == HAS_LOWER && is_route_word(text.word(i))
        })
}

/// One word the tagger typed a person, an organisation or a place, with lower-case letters,
/// no head word, title, month or group word, not before a possessive, with a tagger's weight
/// (classes only; the apostrophe after it is read in [`paired`]).
fn town_shaped(cl: &[Classes], m: &Named) -> bool {
    const NEVER: Classes =
        ORG_HEAD | FACILITY_HEAD | HONORIFIC | ANY_MONTH | WEEKDAY | NON_NAME | GROUP_WORD;
    m.end == m.start + 1
        && matches!(m.kind, PER | ORG | LOC)
        && m.weight != WEIGHT_SURE
        && class(cl, m.start) & (HAS_LOWER | CAPITALISED | NEVER) == HAS_LOWER | CAPITALISED
        && !has(cl, m.end, POSSESSIVE)
}

/// Whether `a` then `b` (one word between) are joined as a pair: "between a and b", "from a to
/// b", `b` not before an apostrophe. The joiner's classes first ("and", or a frequent lower-case
/// word for "to"), then the words.
fn paired(text: &dyn Text, cl: &[Classes], a: &Named, b: &Named) -> bool {
    if a.start == 0 {
        return false;
    }
    let joiner = class(cl, a.end);
    let opener = if joiner & AND_EXACT != 0 {
        "between"
    } else if joiner & (TOP_WORD | HAS_LOWER | CAPITALISED) == TOP_WORD | HAS_LOWER
        && text.word(a.end) == "to"
    {
        "from"
    } else {
        return false;
    };
    text.word(a.start - 1) == opener && !is_apostrophe(text, cl, b.end)
}

/// Two one-word names paired by "between … and" or "from … to" ([`paired`]), not both places
/// already, are places when one is a listed city and no country (and not both are typed
/// organisations), or when the sentence speaks of travel; a single mention's weight each (the text's other mentions still vote).
pub(super) fn town_pairs(lex: &Lexicon, text: &dyn Text, cl: &[Classes], out: &mut [Named]) {
    let mut travel = None;
    for k in 1..out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        if b.start != a.end + 1
            || (a.kind == LOC && b.kind == LOC)
            || !town_shaped(cl, a)
            || !town_shaped(cl, b)
            || !paired(text, cl, a, b)
        {
            continue;
        }
        let city = |m: &Named| {
            listed_as(lex, text, cl, m, CITY_MARKS) && !listed_as(lex, text, cl, m, COUNTRY_MARKS)
        };
        // Two organisations beside a city are clubs or firms ("between Liverpool and Everton").
        let towns = ((city(a) || city(b)) && !(a.kind == ORG && b.kind == ORG))
            || *travel.get_or_insert_with(|| speaks_of_travel(text, cl));
        if towns {
            for m in &mut out[k - 1..=k] {
                if m.kind != LOC {
                    m.kind = LOC;
                    m.weight = m.weight.max(WEIGHT_MULTI);
                }
            }
        }
    }
}
