//! Span repairs after tagging, one sentence at a time: the conventions of DESIGN.md that the
//! statistical tagger gets wrong as a class (titles, capitalised non-names, social-media
//! markers, name particles, organisation names with "of"/"for"/"and", facility head words).
//! Each rule looks only at the sentence's words and the tagger's spans, so it costs nothing on
//! tokens that are not near a name.

use std::ops::Range;

use super::features::{lower, CaseMode};
use super::lexicon::{self, Lexicon};
use super::tags::type_index;

mod and_bodies;
mod and_heads;
mod appositions;
mod bodies;
mod brands;
mod buildings;
mod churches;
pub mod classes;
mod club_names;
mod clubs;
mod common_acronyms;
mod company_openers;
mod company_people;
pub mod cue_words;
mod cues;
mod descriptions;
mod facilities_in;
mod foreign_bodies;
mod foreign_places;
mod given_names;
mod head_words;
mod headlines;
mod it_subjects;
mod joined;
mod joined_pairs;
mod languages;
mod listed_companies;
mod listed_firsts;
mod long_bodies;
mod lower_first;
mod member_bodies;
mod modern;
mod modern_words;
mod motion_places;
mod name_shapes;
mod named_after_people;
mod national_prefixes;
mod non_names;
mod objects;
mod openers;
mod opening_heads;
mod opening_words;
mod org_shapes;
mod organisations;
mod owned_names;
mod party_plurals;
mod people_walk;
mod person_runs;
mod persons;
mod place_adjectives;
#[cfg(not(target_arch = "wasm32"))]
mod place_memo;
mod place_pairs;
mod place_people;
mod place_votes;
mod places;
mod places_reached;
mod planes;
mod planets;
mod plural_companies;
mod products;
mod provisions;
mod roads;
mod role_names;
mod seats;
mod separators;
mod speaker_turns;
mod sport_clubs;
mod state_codes;
mod street_names;
mod subjects;
mod table_lines;
mod text;
mod the_places;
mod town_pairs;
mod trade_heads;
mod twin_heads;
mod vietnamese;
mod walk;
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
mod walk_wasm;
mod wire_names;
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
pub(crate) use walk_wasm::vector_walk_disagreement;
#[cfg(test)]
mod tests;
mod time_zones;
mod words;
mod works;
use and_bodies::*;
use and_heads::and_heads;
use appositions::*;
use bodies::*;
use brands::*;
use buildings::*;
use churches::*;
use classes::*;
use club_names::*;
use clubs::*;
use common_acronyms::*;
use company_openers::*;
use company_people::*;
use cue_words::Cues;
use descriptions::*;
use facilities_in::*;
use foreign_bodies::*;
use foreign_places::foreign_places;
use given_names::*;
pub use head_words::is_company_suffix;
use head_words::*;
use headlines::*;
use joined::*;
use joined_pairs::*;
pub use listed_companies::may_name_listed;
use listed_companies::*;
use long_bodies::*;
use lower_first::*;
use member_bodies::*;
use modern::*;
use motion_places::*;
use name_shapes::*;
use named_after_people::*;
use national_prefixes::*;
use non_names::*;
use objects::*;
use openers::*;
use opening_heads::*;
use opening_words::*;
use org_shapes::*;
use organisations::*;
use owned_names::*;
use party_plurals::*;
use people_walk::*;
use person_runs::*;
use persons::*;
pub use place_adjectives::place_adjective_stem;
use place_adjectives::*;
use place_pairs::*;
use place_people::place_people;
use place_votes::place_votes;
use places::*;
use places_reached::*;
use planes::*;
use planets::*;
use plural_companies::*;
use products::*;
use provisions::*;
use roads::*;
use role_names::*;
use seats::seats;
use separators::*;
use speaker_turns::speaker_turns;
use sport_clubs::sport_clubs;
use state_codes::*;
use street_names::*;
use subjects::*;
use table_lines::*;
use text::*;
use the_places::*;
use town_pairs::*;
use trade_heads::*;
use twin_heads::*;
use vietnamese::*;
use walk::*;
use wire_names::wire_names;
pub use words::is_particle;
use words::*;
use works::*;

/// A name after the repairs: token span, type, and how much its type should count when the
/// mentions of one thing vote on its type ([`super::linking`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Named {
    pub start: usize,
    pub end: usize,
    pub kind: usize,
    pub weight: u32,
}

impl Named {
    /// A name of the one word at `i`.
    fn word(i: usize, kind: usize, weight: u32) -> Named {
        Named {
            start: i,
            end: i + 1,
            kind,
            weight,
        }
    }
}

/// Vote weights: a one-word name at the start of a sentence (the position where common words are
/// capitalised too) counts least, a type fixed by a title or a head word most.
pub const WEIGHT_INITIAL: u32 = 1;
pub const WEIGHT_SINGLE: u32 = 2;
pub const WEIGHT_MULTI: u32 = 4;
pub const WEIGHT_SURE: u32 = 12;
/// A one-word place shown by the words around it ([`place_votes`]: "the population of X"):
/// more than a multi-word mention's vote, less than a title's; two of them make the name a
/// place whatever its plain mentions say ([`super::linking`]).
pub const WEIGHT_PLACE_CUE: u32 = 8;
/// A name that needs another mention to confirm it ([`headlines`]): linking drops it otherwise.
pub const WEIGHT_UNCONFIRMED: u32 = 0;
/// A mention that shows its entity is no name ([`modern`]: "sea surface temperature (SST)"):
/// linking drops every mention of it.
pub const WEIGHT_NOT_A_NAME: u32 = u32::MAX;

const PER: usize = 0;
const ORG: usize = 1;
const LOC: usize = 2;
const NORP: usize = 3;
const MISC: usize = 4;

/// The gazetteer mark of a one-word first name (class FIRST = 4, part U = 3).
const FIRST_NAME_UNIT: u32 = 1 << (4 * 4 + 3);

/// Gazetteer marks of the place classes (COUNTRY, REGION, CITY: the first three, 4 bits each).
const PLACE_MARKS: u32 = 0xfff;

/// Gazetteer marks of the group class (NORP: 4 bits).
const GROUP_MARKS: u32 = 0xf << (4 * lexicon::NORP_CLASS);

/// Gazetteer marks of the country class (the first 4 bits of [`PLACE_MARKS`]).
const COUNTRY_MARKS: u32 = 0xf;

/// Gazetteer marks of the city class (the third 4 bits of [`PLACE_MARKS`]).
const CITY_MARKS: u32 = 0xf << 8;

fn kind_of(name: &str) -> usize {
    type_index(name).unwrap_or(PER)
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn has_upper_or_digit(w: &str) -> bool {
    w.chars().any(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// The span covering token `i` (`out` sorted by start, no overlaps).
fn covering(out: &[Named], i: usize) -> Option<usize> {
    let k = out.partition_point(|m| m.end <= i);
    out.get(k).filter(|m| m.start <= i).map(|_| k)
}

/// The span starting at token `i` (`out` sorted by start, no overlaps).
fn starting_at(out: &[Named], i: usize) -> Option<usize> {
    let k = out.partition_point(|m| m.start < i);
    out.get(k).filter(|m| m.start == i).map(|_| k)
}

/// Sorts `out` by start and drops empty spans and spans that overlap an earlier, longer one.
/// Most often the spans are already so (no rule changed them): that is tested in one pass where
/// a rule calls it (about seven calls a sentence of news; the call cost about as much as the
/// test), the rest out of line.
#[inline(always)]
fn normalise(out: &mut Vec<Named>) {
    let mut end = 0;
    let normal = out.iter().all(|m| {
        let ok = m.start < m.end && m.start >= end;
        end = m.end;
        ok
    });
    if !normal {
        normalise_unsorted(out);
    }
}

/// [`normalise`] of spans that are not sorted, not all empty or overlapping.
#[inline(never)]
fn normalise_unsorted(out: &mut Vec<Named>) {
    out.retain(|m| m.start < m.end);
    crate::sorting::sort_by_key(out, |m| (m.start, std::cmp::Reverse(m.end)));
    let mut end = 0;
    out.retain(|m| {
        let keep = m.start >= end;
        if keep {
            end = m.end;
        }
        keep
    });
}

/// Longest run of words a repair adds to a name.
const MAX_RUN: usize = 6;

/// Digits, full stops and commas only (compared as bytes: no other character has them, and a
/// [`Bare`] word is then not checked as UTF-8 again).
fn is_number(w: impl AsRef<[u8]>) -> bool {
    let b = w.as_ref();
    !b.is_empty()
        && b.iter()
            .all(|&c| c.is_ascii_digit() || c == b'.' || c == b',')
}

/// The classes of word `i` ([`BEYOND`] past the sentence's end).
fn class(cl: &[Classes], i: usize) -> Classes {
    cl.get(i).copied().unwrap_or(BEYOND)
}

/// Whether word `i` has any of the classes `bits`.
fn has(cl: &[Classes], i: usize, bits: Classes) -> bool {
    class(cl, i) & bits != 0
}

/// Whether word `i` is an apostrophe ("'" or "’"): read only when it has no letter (most words
/// have one).
fn is_apostrophe(text: &dyn Text, cl: &[Classes], i: usize) -> bool {
    !has(cl, i, HAS_ALPHA) && matches!(text.word(i), "'" | "’")
}

/// Whether word `i` stands alone: no capitalised word right after it, and none right before
/// it but a frequent one ("The", "On"). A listed one-word name (a planet, a listed company) is
/// no part of a longer capitalised run then.
fn stands_alone(cl: &[Classes], i: usize) -> bool {
    !has(cl, i + 1, CAPITALISED)
        && (i == 0 || !has(cl, i - 1, CAPITALISED) || has(cl, i - 1, TOP_WORD))
}

/// Whether the names of `out` are non-empty, end within the sentence's `n` words, and each
/// starts at or after the end of the one before: what the retains and the sort at the end of
/// [`repair_into`] would keep as it is (a stable sort of names in order moves none).
fn in_order_within(out: &[Named], n: usize) -> bool {
    let mut end = 0;
    out.iter().all(|m| {
        let ok = m.start < m.end && m.end <= n && m.start >= end;
        end = m.end;
        ok
    })
}

/// The names of `out` that are non-empty, end within the sentence's `n` words and hold a word
/// (`holds_word`), sorted by start; of overlapping ones (which only extensions make) the
/// earlier, longer one kept (a name is kept when it starts at or after the end of the last
/// one kept).
fn tidy(out: &mut Vec<Named>, n: usize, holds_word: impl Fn(&Named) -> bool) {
    out.retain(|m| m.start < m.end && m.end <= n && holds_word(m));
    crate::sorting::sort_by_key(out, |m| m.start);
    let mut kept_end: Option<usize> = None;
    out.retain(|m| {
        if kept_end.is_some_and(|end| m.start < end) {
            return false;
        }
        kept_end = Some(m.end);
        true
    });
}

/// What the repairs read of a sentence besides its words' classes, read only where a rule
/// needs it (a caller need not list the words): word `i` ("" past the end) and its byte span.
pub trait Text {
    fn word(&self, i: usize) -> &str;
    fn range(&self, i: usize) -> Option<Range<usize>>;
    /// Whether no word of the sentence is "" (a tokenizer's tokens never are), so that a name
    /// inside the sentence holds a word without one being read.
    fn no_empty_words(&self) -> bool {
        false
    }
}

/// A sentence given as lists of its words and their byte spans.
pub struct Lists<'a, 'w> {
    pub words: &'a [&'w str],
    pub ranges: &'a [Range<usize>],
}

impl Text for Lists<'_, '_> {
    fn word(&self, i: usize) -> &str {
        self.words.get(i).copied().unwrap_or("")
    }

    fn range(&self, i: usize) -> Option<Range<usize>> {
        self.ranges.get(i).cloned()
    }
}

/// The classes of the words from which a repair makes a name, or marks a word as no name, where
/// the tagger found none: a title before a name ([`titles`]), a numbered road, a numbered channel,
/// "the" before a compass region, an acronym defined in brackets ([`defined_terms`]), a verb's
/// first object before an article ([`names_before_articles`]), a kind of organisation before
/// its name ([`org_kinds`]), a hyphened place ([`joined_place_words`]).
const FOUND_ALONE: Classes = HONORIFIC
    | ROAD_HEAD
    | CHANNEL_WORD
    | COMPASS_REGION
    | OPEN_BRACKET
    | ARTICLE
    | ORG_KIND
    | JOINED_PLACE;

/// Whether the repairs could find a name in a sentence where the tagger found none (`cl` its
/// words' classes): each such name holds a capitalised word after the sentence's first that is
/// no month, weekday, listed non-name, frequent plural or one of the most frequent words ("I",
/// "We"), and the sentence a word of [`FOUND_ALONE`]. Most sentences without a name fail the
/// first test. A name that starts in lower case ("easyJet": [`has_lower_first_name`]) is
/// enough. A company before a verb of saying ([`companies_before_report_verbs`]) is looked
/// for apart ([`may_name_subject`]: `text` is read there), and so is a company described
/// after a comma ([`may_name_described`]).
pub fn may_find_alone(text: &dyn Text, cl: &[Classes]) -> bool {
    may_find_by_classes(cl)
        || may_name_subject(text, cl)
        || has_lower_first_name(text, cl)
        || may_name_described(text, cl, cl.iter().fold(0, |all, &c| all | c))
        || place_people::opens_with_people(text, cl)
}

/// [`may_find_alone`] from the words' classes alone.
fn may_find_by_classes(cl: &[Classes]) -> bool {
    const NEVER: Classes = NON_NAME | ANY_MONTH | WEEKDAY | TOP_WORD | COMMON_PLURAL | SOCIAL;
    let Some((&first, rest)) = cl.split_first() else {
        return false;
    };
    let mut all = first;
    let mut name_like = false;
    for &c in rest {
        all |= c;
        name_like |= c & (CAPITALISED | HAS_ALPHA) == CAPITALISED | HAS_ALPHA && c & NEVER == 0;
    }
    name_like && all & FOUND_ALONE != 0
}

/// Repairs one sentence's spans. `words` are its tokens, `ranges` their byte spans (to see what
/// is glued to what), `spans` the tagger's `(start, end, type)` token spans in order.
pub fn repair(
    lex: &Lexicon,
    words: &[&str],
    ranges: &[Range<usize>],
    mode: CaseMode,
    spans: &[(usize, usize, usize)],
) -> Vec<Named> {
    let mut out = Vec::new();
    let mut cl = Vec::new();
    classes::of_words(lex, words, &mut cl);
    let cue_union = words.iter().fold(0, |all, w| all | cue_words::of(w));
    repair_into(
        lex,
        &Lists { words, ranges },
        &cl,
        cue_union,
        mode,
        spans,
        &mut out,
    );
    out
}

/// [`repair`] into `out` (emptied first), reusing its memory: most sentences of news hold a name.
/// `cl` holds the [`classes::of`] each word of the sentence (kept per distinct word by the
/// caller), `cue_union` every [`cue_words::of`] of them (kept with the classes), `text` the
/// rest the rules read.
pub fn repair_into(
    lex: &Lexicon,
    text: &dyn Text,
    cl: &[Classes],
    cue_union: Cues,
    mode: CaseMode,
    spans: &[(usize, usize, usize)],
    out: &mut Vec<Named>,
) {
    let n = cl.len();
    let word = |i: usize| text.word(i);
    out.clear();
    for &(s, e, kind) in spans {
        let weight = if e - s >= 2 {
            WEIGHT_MULTI
        } else if s == 0 {
            WEIGHT_INITIAL
        } else {
            WEIGHT_SINGLE
        };
        out.push(Named {
            start: s,
            end: e.min(n),
            kind,
            weight,
        });
    }
    // The words the walking rules look for, as bit sets made in one pass (a sentence of at most
    // 64 words, natively with AVX2), and every class some word of the sentence has: a rule
    // whose words are absent walks none.
    let planes = Planes::of(cl);
    let union = match &planes {
        Some(p) => p.union,
        None => cl.iter().fold(0, |all, &c| all | c),
    };
    let planes = planes.as_ref();
    social(text, cl, union, out);
    menu_separators(text, cl, cue_union, out);
    speaker_turns(text, cl, out);
    chat_words(cl, union, out);
    titles(cl, union, mode, out);
    split_and_the(cl, union, out);
    trim_trailing_lower(cl, union, mode, out);
    dateline_weekday(cl, union, out);
    leading_the(lex, text, cl, union, out);
    non_names(cl, union, mode, out);
    provisions(text, cl, union, out);
    particles(cl, union, out);
    foreign_name_shapes(text, cl, union, out);
    vietnamese_names(text, cl, union, mode, out);
    first_name_joins(cl, union, mode, out);
    person_runs(cl, union, mode, out);
    opening_words(lex, text, cl, out);
    foreign_bodies(text, cl, union, mode, out);
    org_then_person(cl, union, out);
    org_names(cl, union, mode, out);
    ampersand_names(text, cl, union, out);
    heads(lex, text, cl, union, out);
    heads_after_names(text, cl, union, mode, out);
    org_front(lex, text, cl, union, mode, out);
    company_suffixes(text, cl, union, out);
    org_kinds(text, cl, union, mode, out);
    things_named_as_people(text, cl, cue_union, mode, out);
    it_subjects::it_subjects(text, cl, mode, out);
    listed_firsts::listed_firsts(text, cl, cue_union, out);
    time_zones::time_zones(text, cl, out);
    languages::languages(text, cl, cue_union, out);
    companies_before_report_verbs(text, cl, mode, planes, out);
    described_companies(text, cl, union, mode, out);
    appositions(lex, text, cl, union, out);
    companies_by_staff(lex, text, cl, union, out);
    possessive_names(text, cl, union, mode, out);
    company_cues(text, cl, cue_union, mode, out);
    people_walk(lex, text, cl, union, mode, out);
    people_named_companies(text, cl, cue_union, mode, out);
    joined_places(text, cl, union, out);
    place_adjectives(lex, text, cl, union, out);
    place_people(lex, text, cl, union, cue_union, out);
    joined_place_words(text, cl, union, out);
    and_inside_orgs(cl, union, out);
    bodies_across_and(lex, text, cl, union, out);
    bodies_with_lists(lex, text, cl, union, out);
    twin_heads(text, cl, union, out);
    national_prefixes(text, cl, union, out);
    and_heads(text, cl, union, out);
    works_and_things(text, cl, union, mode, out);
    made_products(text, cl, union, out);
    storms(text, union, out);
    events(lex, text, cl, union, out);
    government_bodies(text, cl, union, mode, out);
    places_before_bodies(lex, text, cl, union, out);
    market_context(lex, text, cl, union, out);
    place_context(lex, text, cl, union, out);
    motion_places(text, cl, out);
    place_votes(lex, text, cl, out);
    place_pairs(lex, text, cl, union, out);
    town_pairs(lex, text, cl, out);
    // A club's result needs a score-shaped word ("2-1": digits, no letters, no number) in the
    // sentence ([`score_near`]), rare in news: told by the planes' bits (a pass over the
    // classes cost ~100 instructions a sentence), not a look around every place's name.
    let score_shaped = match planes {
        Some(p) => p.score_shaped(),
        None => cl.iter().any(|&c| c & SCORE_MASK == SCORE_SHAPE),
    };
    if score_shaped {
        clubs(lex, text, cl, out);
        club_names(lex, text, cl, out);
    }
    sport_clubs(lex, text, cl, mode, cue_union, out);
    buildings(text, cl, union, out);
    facilities_in(text, cl, union, out);
    trade_heads(text, cl, cue_union, out);
    state_codes(text, cl, union, mode, out);
    numbered_roads(text, cl, union, out);
    street_names(text, cl, union, mode, out);
    foreign_places(text, cl, cue_union, out);
    seats(text, cl, out);
    national_bodies(lex, text, cl, union, mode, out);
    channel_numbers(text, cl, union, out);
    compass_places(text, cl, union, out);
    group_phrases(lex, text, cl, out);
    headline_names(cl, mode, planes, out);
    table_lines(lex, text, cl, mode, out);
    bracketed_years(cl, union, out);
    bracketed_acronyms(text, cl, union, out);
    defined_terms(text, cl, union, out);
    names_before_articles(text, cl, union, mode, planes, out);
    lower_first_names(text, cl, mode, planes, out);
    let no_empty = text.no_empty_words();
    // Most sentences' names are already in order, inside the sentence and apart: one pass over
    // them, where the three passes of [`tidy`] cost ~30 instructions a name.
    if !(no_empty && in_order_within(out, n)) {
        tidy(out, n, |m| {
            no_empty || (m.start..m.end).any(|i| !word(i).is_empty())
        });
    }
    kind_openers(text, cl, union, cue_union, out);
    common_openers(text, cl, out);
    camel_names(text, cl, union, mode, out);
    coordinated_orgs(cl, union, out);
    possessive_teams(text, cl, union, out);
    person_facilities(text, cl, out);
    creed_bodies(text, cl, out);
    job_acronyms(text, cl, out);
    common_acronyms(text, cl, mode, out);
    brokers(text, cl, union, out);
    initial_common(text, cl, mode, out);
    opening_heads(cl, out);
    company_openers(lex, text, cl, out);
    national_trades(text, cl, out);
    and_bodies(cl, union, out);
    party_plurals(text, cl, out);
    member_parties(text, cl, cue_union, out);
    common_word_people(cl, union, out);
    place_parties(text, cl, out);
    joined_pairs(cl, union, out);
    churches(text, cl, union, out);
    plural_companies(text, cl, union, out);
    places_reached(lex, text, cl, out);
    listed_companies(lex, text, cl, cue_union, mode, out);
    planets(text, cl, cue_union, out);
    wire_names(text, cl, cue_union, out);
}
