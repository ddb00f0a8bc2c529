//! A word's second set of bits beside its [`Classes`](super::classes::Classes) (whose 64 bits
//! are all used): the exact words that rules walking the names compare with a list beside most
//! names ([`trade_heads`](super::trade_heads), [`company_cues`](super::company_cues),
//! [`people_named_companies`](super::people_named_companies),
//! [`things_named_as_people`](super::things_named_as_people)). Made once per distinct word
//! with its classes; the union of a sentence's cues (folded by the words' entries, as their
//! classes are gathered) gates each rule off where none of its words is there (most
//! sentences). The lists are one table ([`WORDS`]), which the rules' own tests of a
//! word ([`is_trade_head`](super::trade_heads::is_trade_head) …) read too.

use super::brands::is_camel_name;

/// A word's cue bits (below).
pub type Cues = u32;

/// A company's trade as written ([`super::trade_heads::is_trade_head`]: "Water", "Energy").
pub const TRADE_HEAD: Cues = 1;
/// "its" as written.
pub const ITS: Cues = 1 << 1;
/// A company's role of one word, or "chief" ([`super::brands::is_company_role`]'s words).
pub const COMPANY_ROLE: Cues = 1 << 2;
/// What only a company owns ([`super::brands::owned_by_company`]'s words besides the roles).
pub const OWNED_THING: Cues = 1 << 3;
/// "rival" or "Rival".
pub const RIVAL: Cues = 1 << 4;
/// A verb of owning or making after which "by" names a company
/// ([`super::brands::is_ownership_verb`]).
pub const OWNERSHIP_VERB: Cues = 1 << 5;
/// "owner", "parent" or "owners".
pub const OWNER: Cues = 1 << 6;
/// A part of a company named before its name ([`super::brands::is_company_part`]).
pub const COMPANY_PART: Cues = 1 << 7;
/// A company's name in camel case ([`is_camel_name`]; not in [`WORDS`]).
pub const CAMEL: Cues = 1 << 8;
/// "which".
pub const WHICH: Cues = 1 << 9;
/// A verb of reporting ([`super::subjects::is_report_verb`]).
pub const REPORT_VERB: Cues = 1 << 10;
/// A verb in the plural ([`super::subjects::is_plural_verb`]).
pub const PLURAL_VERB: Cues = 1 << 11;
/// ",".
pub const COMMA: Cues = 1 << 12;
/// A planet of the solar system (read by [`super::planets`]).
pub const PLANET: Cues = 1 << 13;
/// A word of space travel or astronomy (read by [`super::planets`]).
pub const SPACE: Cues = 1 << 14;
/// A listed company's one-word name as written (read by [`super::listed_companies`]; not in
/// [`WORDS`]).
pub const LISTED_COMPANY: Cues = 1 << 15;
/// A mark between a menu's items or a trail's steps ("|", ">", "·", "•", "»", "›": read by
/// [`super::separators`]).
pub const SEPARATOR: Cues = 1 << 16;
/// A word for a street, a square, a hotel, a refuge or a lake that opens a place's name in the
/// languages travel guides quote ("Rua", "Calle", "Piazza", "Hotel": read by
/// [`super::foreign_places`]).
pub const PLACE_OPENER: Cues = 1 << 17;
/// A word of seven bytes or more ending in "ers" or "ns", the shape of a place's people
/// ("Queenslanders", "Parisians": gates [`super::place_people`]; not in [`WORDS`]; native
/// builds, see [`lacks`]).
pub const PEOPLE_ENDING: Cues = 1 << 18;
/// The plural of a seat in a parliament ("MPs", "lawmakers": gates
/// [`super::member_bodies::member_parties`]; not in [`WORDS`]; native builds).
pub const MEMBER_PLURAL: Cues = 1 << 19;
/// A club's head ("City", "Rovers": gates [`super::sport_clubs`]; not in [`WORDS`]; native
/// builds).
pub const CLUB_HEAD: Cues = 1 << 20;
/// "Broker" or a person's role that opens a sentence before a name ("Economist": with
/// [`super::classes::ORG_KIND`], gates [`super::openers::kind_openers`]; not in [`WORDS`];
/// native builds).
pub const OPENER: Cues = 1 << 21;
/// A word one of [`super::wire_names`]' rules reads ("codenamed", "sold", a trade's ending, a
/// plural of workers, an office, "Moon", "province": gates them; not in [`WORDS`]; native
/// builds).
pub const WIRE: Cues = 1 << 22;
/// A listed language's name ([`super::languages`]: gates it; not in [`WORDS`]; native builds).
pub const LANGUAGE: Cues = 1 << 23;

/// Whether a sentence whose words' cues are `cues` has no word of `gate` (one of the
/// native-only cues above), so that the rule it gates changes nothing there and is passed
/// over. Never in the WASM, which does not make those cues (its download is kept as it was)
/// and runs the rules on every sentence.
#[inline(always)]
pub fn lacks(cues: Cues, gate: Cues) -> bool {
    !cfg!(target_arch = "wasm32") && cues & gate == 0
}

/// Every listed word as written and its cues, grouped by first byte (ASCII, in order: the
/// look-up reads only its first byte's group).
#[rustfmt::skip]
pub(super) const WORDS: &[(&[u8], Cues)] = &[
    (b",", COMMA),
    (b">", SEPARATOR),
    (b"Air", TRADE_HEAD),
    (b"Airlines", TRADE_HEAD),
    (b"Airways", TRADE_HEAD),
    (b"Avenida", PLACE_OPENER),
    (b"Brewery", TRADE_HEAD),
    (b"Buses", TRADE_HEAD),
    (b"Calle", PLACE_OPENER),
    (b"Carrer", PLACE_OPENER),
    (b"Cars", TRADE_HEAD),
    (b"Castello", PLACE_OPENER),
    (b"Cement", TRADE_HEAD),
    (b"Chemicals", TRADE_HEAD),
    (b"Computing", TRADE_HEAD),
    (b"ESA", SPACE),
    (b"Earth", PLANET),
    (b"Electric", TRADE_HEAD),
    (b"Electricity", TRADE_HEAD),
    (b"Energy", TRADE_HEAD),
    (b"Esa", SPACE),
    (b"Foods", TRADE_HEAD),
    (b"Gas", TRADE_HEAD),
    (b"Homes", TRADE_HEAD),
    (b"Hotel", PLACE_OPENER),
    (b"Jupiter", PLANET),
    (b"Lago", PLACE_OPENER),
    (b"Lithium", TRADE_HEAD),
    (b"Mars", PLANET),
    (b"Mercury", PLANET),
    (b"Mining", TRADE_HEAD),
    (b"Moon", SPACE),
    (b"Motors", TRADE_HEAD),
    (b"NASA", SPACE),
    (b"Nasa", SPACE),
    (b"Neptune", PLANET),
    (b"Palazzo", PLACE_OPENER),
    (b"Paseo", PLACE_OPENER),
    (b"Pharma", TRADE_HEAD),
    (b"Piazza", PLACE_OPENER),
    (b"Piazzale", PLACE_OPENER),
    (b"Playa", PLACE_OPENER),
    (b"Plaza", PLACE_OPENER),
    (b"Pluto", PLANET),
    (b"Power", TRADE_HEAD),
    (b"Pra\xc3\xa7a", PLACE_OPENER),
    (b"Rail", TRADE_HEAD),
    (b"Railways", TRADE_HEAD),
    (b"Rifugio", PLACE_OPENER),
    (b"Rival", RIVAL),
    (b"Robotics", TRADE_HEAD),
    (b"Rua", PLACE_OPENER),
    (b"Rue", PLACE_OPENER),
    (b"Saturn", PLANET),
    (b"Schloss", PLACE_OPENER),
    (b"Semiconductor", TRADE_HEAD),
    (b"Semiconductors", TRADE_HEAD),
    (b"Shipping", TRADE_HEAD),
    (b"Steel", TRADE_HEAD),
    (b"Telecom", TRADE_HEAD),
    (b"Therapeutics", TRADE_HEAD),
    (b"Trucks", TRADE_HEAD),
    (b"Uranus", PLANET),
    (b"Venus", PLANET),
    (b"Viale", PLACE_OPENER),
    (b"Vila", PLACE_OPENER),
    (b"Water", TRADE_HEAD),
    (b"acquired", OWNERSHIP_VERB),
    (b"added", REPORT_VERB),
    (b"announced", REPORT_VERB),
    (b"announces", REPORT_VERB),
    (b"are", PLURAL_VERB),
    (b"arm", COMPANY_PART),
    (b"asteroid", SPACE),
    (b"astronaut", SPACE),
    (b"astronauts", SPACE),
    (b"astronomer", SPACE),
    (b"astronomers", SPACE),
    (b"atmosphere", SPACE),
    (b"board", OWNED_THING),
    (b"bought", OWNERSHIP_VERB),
    (b"chairman", COMPANY_ROLE),
    (b"chairwoman", COMPANY_ROLE),
    (b"chief", COMPANY_ROLE),
    (b"co-founder", COMPANY_ROLE),
    (b"cofounder", COMPANY_ROLE),
    (b"comet", SPACE),
    (b"confirmed", REPORT_VERB),
    (b"confirms", REPORT_VERB),
    (b"crater", SPACE),
    (b"customers", COMPANY_ROLE),
    (b"employees", COMPANY_ROLE),
    (b"expected", REPORT_VERB),
    (b"expects", REPORT_VERB),
    (b"flyby", SPACE),
    (b"founder", COMPANY_ROLE),
    (b"have", PLURAL_VERB),
    (b"headquarters", OWNED_THING),
    (b"investors", OWNED_THING),
    (b"its", ITS),
    (b"lander", SPACE),
    (b"made", OWNERSHIP_VERB),
    (b"manufactured", OWNERSHIP_VERB),
    (b"mission", SPACE),
    (b"moon", SPACE),
    (b"moons", SPACE),
    (b"operated", OWNERSHIP_VERB),
    (b"orbit", SPACE),
    (b"orbiter", SPACE),
    (b"orbiting", SPACE),
    (b"orbits", SPACE),
    (b"owned", OWNERSHIP_VERB),
    (b"owner", OWNER),
    (b"owners", OWNER),
    (b"parent", OWNER),
    (b"planet", SPACE),
    (b"planets", SPACE),
    (b"probe", SPACE),
    (b"profit", OWNED_THING),
    (b"profits", OWNED_THING),
    (b"reported", REPORT_VERB),
    (b"reports", REPORT_VERB),
    (b"revenue", OWNED_THING),
    (b"revenues", OWNED_THING),
    (b"rival", RIVAL),
    (b"rover", SPACE),
    (b"said", REPORT_VERB),
    (b"sales", OWNED_THING),
    (b"satellite", SPACE),
    (b"satellites", SPACE),
    (b"says", REPORT_VERB),
    (b"shareholders", COMPANY_ROLE),
    (b"solar", SPACE),
    (b"spacecraft", SPACE),
    (b"spin-off", COMPANY_PART),
    (b"subscribers", COMPANY_ROLE),
    (b"subsidiary", COMPANY_PART),
    (b"telescope", SPACE),
    (b"unit", COMPANY_PART),
    (b"warned", REPORT_VERB),
    (b"warns", REPORT_VERB),
    (b"were", PLURAL_VERB),
    (b"which", WHICH),
    (b"|", SEPARATOR),
];

/// Longest word of [`WORDS`] the filter below holds.
const LONGEST: usize = 16;

/// Whether some word of [`WORDS`] has a first byte and a length: bit `first * 16 + len - 1`.
const FILTER: [u64; 128 * LONGEST / 64] = {
    let mut bits = [0u64; 128 * LONGEST / 64];
    let mut k = 0;
    while k < WORDS.len() {
        let w = WORDS[k].0;
        assert!(!w.is_empty() && w.len() <= LONGEST && w[0] < 128);
        let at = w[0] as usize * LONGEST + w.len() - 1;
        bits[at / 64] |= 1 << (at % 64);
        k += 1;
    }
    bits
};

/// Where each first byte's group of [`WORDS`] starts and ends.
const GROUPS: [(u8, u8); 128] = {
    let mut groups = [(0u8, 0u8); 128];
    let mut k = 0;
    while k < WORDS.len() {
        let first = WORDS[k].0[0] as usize;
        if groups[first].1 == 0 {
            groups[first].0 = k as u8;
        }
        groups[first].1 = k as u8 + 1;
        k += 1;
    }
    groups
};

/// The cues [`WORDS`] gives `w` (0 for a word it does not list): a bit test by its first byte
/// and length, and a compare only with the words of its first byte.
pub(super) fn listed(w: &[u8]) -> Cues {
    let Some(&first) = w.first() else {
        return 0;
    };
    if first >= 128 || w.len() > LONGEST {
        return 0;
    }
    let at = usize::from(first) * LONGEST + w.len() - 1;
    if FILTER
        .get(at / 64)
        .is_none_or(|&b| b & (1 << (at % 64)) == 0)
    {
        return 0;
    }
    let (start, end) = GROUPS.get(usize::from(first)).copied().unwrap_or((0, 0));
    WORDS
        .get(usize::from(start)..usize::from(end))
        .unwrap_or(&[])
        .iter()
        .filter(|(x, _)| *x == w)
        .fold(0, |all, &(_, c)| all | c)
}

/// The cues of `word`.
pub fn of(word: &str) -> Cues {
    // (Native builds: every exact word's cues, the gates' and the languages' too, by one hashed
    // look-up, [`exact`]; the WASM asks the lists as written.)
    #[cfg(not(target_arch = "wasm32"))]
    let mut c = exact::listed(word.as_bytes());
    #[cfg(target_arch = "wasm32")]
    let mut c = listed(word.as_bytes());
    // (The separators outside ASCII, which [`WORDS`] cannot hold: two or three bytes.)
    if matches!(word.len(), 2 | 3) && matches!(word, "·" | "•" | "»" | "›" | "¦") {
        c |= SEPARATOR;
    }
    // (A camel-case name opens with a capital and has four letters or more.)
    if word.len() >= 4 && word.as_bytes()[0].is_ascii_uppercase() && is_camel_name(word) {
        c |= CAMEL;
    }
    if word.len() >= 2
        && word.as_bytes()[0].is_ascii_uppercase()
        && super::listed_companies::is_listed_company(word)
    {
        c |= LISTED_COMPANY;
    }
    // (The gates' endings: native builds only, see [`lacks`]; their listed words are
    // [`exact`]'s.)
    #[cfg(not(target_arch = "wasm32"))]
    {
        if super::place_people::has_people_ending(word) {
            c |= PEOPLE_ENDING;
        }
        if super::wire_names::has_wire_ending(word) {
            c |= WIRE;
        }
    }
    c
}

/// The cues of each of a sentence's words, in `out` (emptied first).
pub fn of_words(words: &[&str], out: &mut Vec<Cues>) {
    out.clear();
    out.extend(words.iter().map(|w| of(w)));
}

/// The native builds' look-up of a word's cues (see [`exact`]).
#[cfg(not(target_arch = "wasm32"))]
pub(super) mod exact;
