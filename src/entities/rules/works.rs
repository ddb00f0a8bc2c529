//! A name that a common noun right before it shows to be a work or a thing, not a person, a
//! company or a place: "the television series Gilmore Girls", "the superhero film Watchmen",
//! "the opera Rusalka" (works: MISC, as CoNLL and WNUT's creative works), "the rover
//! Perseverance", "the spacecraft Ulysses" (vehicles: MISC), "Saturn's moon Enceladus, which"
//! (a celestial body: LOC). The tagger types such names by their words alone ("Gilmore Girls"
//! reads as a person, "Game of Thrones" as a place), and nothing in a name tells a film from a
//! firm; the noun the text puts before it does.

use super::*;

/// The type of a name right after the noun `w`: MISC after a work's or a vehicle's noun, LOC
/// after a celestial body's. Nouns that are also common verbs ("show", "play", "book", "ship";
/// "film" is kept: rare as a verb before a name), that name an inquiry ("probe"), a company or
/// a team ("carrier", "franchise", "game" for a match: "the game Arsenal won") or what a
/// company makes ("aircraft") are left out.
pub(super) fn kind_named_after(w: &str) -> Option<usize> {
    Some(match w {
        "film" | "movie" | "films" | "movies" | "series" | "miniseries" | "sitcom" | "drama"
        | "documentary" | "thriller" | "comedy" | "novel" | "novels" | "album" | "albums"
        | "song" | "songs" | "opera" | "musical" | "ballet" | "symphony" | "poem" | "podcast"
        | "programme" | "episode" | "sequel" | "prequel" | "remake" | "trilogy" | "videogame"
        | "video-game" | "manga" | "anime" | "soundtrack" | "memoir" => MISC,
        _ => return thing_named_after(w),
    })
}

/// The words of [`kind_named_after`]'s and [`thing_named_after`]'s lists, for the rule cues'
/// table (native builds; `cue_table_matches_the_cue_lists` checks the table against the
/// matches, so the two cannot drift apart). The matches stay on `&str`: written as byte
/// lists they cost ~490 gzipped bytes of the WASM.
#[cfg(any(test, not(target_arch = "wasm32")))]
pub(super) const WORK_NOUN_WORDS: &[&[u8]] = &[
    b"film",
    b"movie",
    b"films",
    b"movies",
    b"series",
    b"miniseries",
    b"sitcom",
    b"drama",
    b"documentary",
    b"thriller",
    b"comedy",
    b"novel",
    b"novels",
    b"album",
    b"albums",
    b"song",
    b"songs",
    b"opera",
    b"musical",
    b"ballet",
    b"symphony",
    b"poem",
    b"podcast",
    b"programme",
    b"episode",
    b"sequel",
    b"prequel",
    b"remake",
    b"trilogy",
    b"videogame",
    b"video-game",
    b"manga",
    b"anime",
    b"soundtrack",
    b"memoir",
];

/// The vehicles' nouns of [`thing_named_after`] (as [`WORK_NOUN_WORDS`]).
#[cfg(any(test, not(target_arch = "wasm32")))]
pub(super) const VEHICLE_NOUN_WORDS: &[&[u8]] = &[
    b"spacecraft",
    b"rover",
    b"lander",
    b"orbiter",
    b"telescope",
    b"satellite",
    b"warship",
    b"submarine",
    b"tanker",
    b"frigate",
    b"yacht",
];

/// The celestial bodies' nouns of [`thing_named_after`] (as [`WORK_NOUN_WORDS`]).
#[cfg(any(test, not(target_arch = "wasm32")))]
pub(super) const SKY_BODY_NOUN_WORDS: &[&[u8]] =
    &[b"moon", b"planet", b"asteroid", b"comet", b"exoplanet"];

/// [`kind_named_after`] for vehicles (MISC) and celestial bodies (LOC): a name after them is
/// seldom a clause's subject ([`is_clause_verb`] is not asked: "the rover Zephrine landed").
fn thing_named_after(w: &str) -> Option<usize> {
    Some(match w {
        "spacecraft" | "rover" | "lander" | "orbiter" | "telescope" | "satellite" | "warship"
        | "submarine" | "tanker" | "frigate" | "yacht" => MISC,
        "moon" | "planet" | "asteroid" | "comet" | "exoplanet" => LOC,
        _ => return None,
    })
}

/// A lower-case word after a name that shows the name to be the subject of a clause about the
/// thing before it ("the documentary Netflix released", "the film Spielberg made"): a verb in
/// the past.
fn is_clause_verb(w: &str) -> bool {
    (w.len() > 3 && w.ends_with("ed") && w.bytes().all(|b| b.is_ascii_lowercase()))
        || matches!(
            w,
            "made"
                | "built"
                | "sent"
                | "wrote"
                | "won"
                | "said"
                | "says"
                | "took"
                | "gave"
                | "bought"
        )
}

/// Opening quotation marks a work's name may stand in after its noun ("the song “Hello”").
fn is_opening_quote(w: &str) -> bool {
    matches!(w, "\"" | "“" | "‘" | "'")
}

/// A name (no NORP; MISC only after a celestial body's noun) right after a lower-case noun of
/// [`kind_named_after`], or after such a noun and an opening quote or "The" (which then joins
/// the name), takes the noun's type with [`WEIGHT_SURE`]: a work
/// or a vehicle MISC, a celestial body LOC. Left alone: a person's name that opens with a
/// listed first name ("the film Steven Spielberg directed"), an acronym ("the telescope NASA
/// launched"), and a name after a work's noun before a verb in the past ([`is_clause_verb`]:
/// the name is then the clause's subject, "the documentary Netflix released"). The name runs
/// on through the capitalised words right after it. Running text and title case; only the word
/// before each name is read, and only when it is a lower-case word.
pub(super) fn works_and_things(
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    mode: CaseMode,
    out: &mut [Named],
) {
    // The noun is a [`RULE_CUE`].
    if mode == CaseMode::AllCaps || union & RULE_CUE == 0 {
        return;
    }
    for k in 0..out.len() {
        let m = &out[k];
        if m.start == 0 || m.kind == NORP {
            continue;
        }
        let mut before = m.start - 1;
        // A title's own "The" ("the drama The Glass Harbour") joins it.
        let the = (before > 0
            && has(cl, before, THE_CAPITALISED)
            && (k == 0 || out[k - 1].end <= before))
            .then_some(before);
        if the.is_some() {
            before -= 1;
        }
        if !has(cl, before, MEANINGFUL) && before > 0 && is_opening_quote(text.word(before)) {
            before -= 1;
        }
        // Only a lower-case word is read: most names follow a capitalised word, a function word
        // or punctuation.
        let c = class(cl, before);
        if c & (HAS_LOWER | CAPITALISED | TOP_WORD) != HAS_LOWER {
            continue;
        }
        let cue = text.word(before);
        let Some(kind) = kind_named_after(cue) else {
            continue;
        };
        // A MISC name stays one, unless a celestial body's noun makes it a place ("the moon
        // Ganymede").
        if m.kind == MISC && kind != LOC {
            continue;
        }
        if (m.kind == PER && has(cl, m.start, FIRST_NAME))
            || (m.end - m.start == 1
                && has(cl, m.start, UPPER_OR_DIGIT)
                && !has(cl, m.start, HAS_LOWER))
            || (thing_named_after(cue).is_none() && is_clause_verb(text.word(m.end)))
        {
            continue;
        }
        // A title goes on through the capitalised words the tagger left after it ("the films
        // New York Minute", tagged `New York`): cut short, the work would take the place's
        // other mentions with it when linked.
        let limit = out.get(k + 1).map_or(cl.len(), |next| next.start);
        let m = &mut out[k];
        if let Some(the) = the {
            m.start = the;
        }
        while m.end < limit
            && m.end - m.start < MAX_RUN
            && class(cl, m.end) & (CAPITALISED | HAS_LOWER) == CAPITALISED | HAS_LOWER
        {
            m.end += 1;
        }
        m.kind = kind;
        m.weight = WEIGHT_SURE;
    }
}
