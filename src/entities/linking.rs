//! In-document linking: mentions of one thing get one entity id and the fullest name as
//! canonical. Handles surnames (Marlow → Ada Marlow), acronyms in either order (ICJ ↔
//! International Court of Justice), a leading "the" and letter case.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::Hasher;
use std::sync::Arc;

use super::features::HashBuild;
use super::tags::TYPES;

/// One tagged name in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention<'t> {
    /// Its words (borrowed from one list of every mention's words where the text is tagged).
    pub tokens: Cow<'t, [&'t str]>,
    /// Type index into [`TYPES`].
    pub kind: usize,
    /// How much this mention's type counts when the mentions of one thing vote
    /// ([`super::rules`]: a sentence-initial single word least, a title or head word most).
    pub weight: u32,
}

/// The link found for a mention.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub entity: u32,
    /// Shared by every mention of the entity (a count bumped per mention, no copy of the text).
    pub canonical: Arc<str>,
    /// Type index: the entity's type, which may differ from the mention's own ("Marlow" tagged
    /// ORG but linked to the person "Ada Marlow" becomes PER).
    pub kind: usize,
    /// Some mention of the entity has a weight above [`super::rules::WEIGHT_UNCONFIRMED`]:
    /// an entity named only in headlines or as a sentence's common first word is no name; nor
    /// is one with a mention of weight [`super::rules::WEIGHT_NOT_A_NAME`].
    pub confirmed: bool,
}

const PER: usize = 0;
const ORG: usize = 1;
const LOC: usize = 2;

/// Whether an organisation's first word can name it alone: capitalised, not a minor word, and
/// followed by a capitalised word ("Trinova Minerals", not "Bank of Ireland" nor "the Board").
fn starts_own_name(first: &str, second: &str) -> bool {
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    capital(first) && capital(second) && !is_minor(first) && !is_minor(second)
}

/// Words skipped when forming an acronym from a name, in any case. Compared ASCII-blind
/// without lower-casing a copy: no other character lower-cases to a letter of these words
/// (only the Kelvin sign lower-cases to ASCII, to `k`).
fn is_minor(word: &str) -> bool {
    const MINOR: [&str; 13] = [
        "of", "the", "and", "for", "on", "in", "de", "du", "des", "la", "le", "&", "to",
    ];
    word.len() <= 3 && MINOR.iter().any(|m| word.eq_ignore_ascii_case(m))
}

/// A person's surname of a particle and a word after a given name ("Marguerite van Dalen" →
/// "van Dalen", "Ali bin Salman" → "bin Salman"): the particle in lower case, second or later,
/// and one word after it. Its key is kept with the surnames, so a later "Van Dalen" (capitalised
/// at a sentence's start, as it is often written) links to the person.
fn particle_surname<'a, 't>(words: &'a [&'t str]) -> Option<&'a [&'t str]> {
    let at = words.len().checked_sub(2).filter(|&at| at >= 1)?;
    let particle = words.get(at)?;
    (particle.starts_with(|c: char| c.is_ascii_lowercase())
        && super::rules::is_particle(particle.as_bytes()))
    .then(|| words.get(at..))
    .flatten()
}

/// Whether a mention of two words opens with a particle in any case ("Van Dalen", "de Gaulle"):
/// it may be a surname kept by [`particle_surname`].
fn particle_start(tokens: &[&str]) -> bool {
    let [first, _] = tokens else {
        return false;
    };
    let mut lower = [0u8; 4];
    match lower.get_mut(..first.len()) {
        Some(l) => {
            l.copy_from_slice(first.as_bytes());
            l.make_ascii_lowercase();
            super::rules::is_particle(l)
        }
        None => false,
    }
}

/// The mention's words without a leading lower-case "the".
fn core<'a, 't>(tokens: &'a [&'t str]) -> &'a [&'t str] {
    match tokens {
        [first, rest @ ..] if !rest.is_empty() && first.eq_ignore_ascii_case("the") => rest,
        _ => tokens,
    }
}

/// The words shown as a canonical name: a leading lower-case "the" dropped, "The" kept (The
/// Clarion is the paper's name).
fn display<'a, 't>(tokens: &'a [&'t str]) -> &'a [&'t str] {
    match tokens {
        ["the", rest @ ..] if !rest.is_empty() => rest,
        _ => tokens,
    }
}

fn key(tokens: &[&str]) -> String {
    let mut k = String::new();
    key_into(tokens, &mut k);
    k
}

/// [`key`] into `k` (emptied first): one buffer serves every mention's look-ups.
fn key_into(tokens: &[&str], k: &mut String) {
    k.clear();
    for (i, w) in core(tokens).iter().enumerate() {
        if i > 0 {
            k.push(' ');
        }
        k.push_str(w);
    }
    // `to_lowercase` of ASCII text is its ASCII lower case, made in place (no second string).
    if k.is_ascii() {
        k.make_ascii_lowercase();
    } else {
        *k = k.to_lowercase();
    }
}

/// "ICJ" or "I.C.J." → "ICJ"; `None` unless it looks like an acronym.
fn acronym_form(tokens: &[&str]) -> Option<String> {
    let [word] = core(tokens) else {
        return None;
    };
    // Fewer than two capitals can be no acronym (the full stops and '&' taken out below are no
    // capitals): most one-word names are told so without a copy of their letters.
    word.chars().filter(|c| c.is_uppercase()).nth(1)?;
    let letters: String = word.chars().filter(|c| *c != '.' && *c != '&').collect();
    let upper = letters.chars().filter(|c| c.is_uppercase()).count();
    let n = letters.chars().count();
    let looks_like = (2..=8).contains(&n)
        && upper >= 2
        && upper * 10 >= n * 7
        && letters.chars().all(char::is_alphabetic);
    looks_like.then(|| letters.to_uppercase())
}

/// The initials of a multi-word name, minor words skipped: "Court of Appeal" → "CA".
fn initials(tokens: &[&str]) -> Option<String> {
    let words = core(tokens);
    if words.len() < 2 {
        return None;
    }
    let s: String = words
        .iter()
        .filter(|w| !is_minor(w))
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect();
    (s.chars().count() >= 2).then_some(s)
}

struct Entity {
    /// The mention whose words (as [`display`] shows them) are the canonical name.
    canonical: usize,
    kind: usize,
    first: usize,
    /// Weighted mentions of each type: the entity takes the type with the most weight.
    votes: [u32; TYPES.len()],
    /// A one-word person mention was linked to it as a surname.
    surname_used: bool,
    /// A mention with a weight above [`super::rules::WEIGHT_UNCONFIRMED`] names it.
    confirmed: bool,
    /// A mention of weight [`super::rules::WEIGHT_NOT_A_NAME`] shows it is no name (a term's
    /// acronym defined by the words before it): no mention of it is kept.
    vetoed: bool,
    /// How many one-word mentions voted LOC by the words around them
    /// ([`super::rules::WEIGHT_PLACE_CUE`]: "the population of X").
    place_cues: u8,
    /// A mention of another type is sure of it (a title, a head word) or of several words.
    held_other: bool,
}

impl Entity {
    /// PER when the name's last word was used alone as a person's name (people are referred to
    /// by surname, organisations rarely by their last word: a full name the tagger read as ORG
    /// in a sentence-initial or possessive context is still a person); else the majority type of
    /// its mentions, a tie going to the type of its fullest mention. A company's sure cue
    /// outweighing the person's mentions wins over the surname ("JD Weatherby" … "Weatherby
    /// shares fell": a company named like a person, ent31).
    fn voted_kind(&self) -> usize {
        // A one-word name two mentions show a place, no mention sure of another type: a place
        // (a travel guide's town the tagger reads as a person in every sentence, ent44).
        if self.place_cues >= 2 && !self.surname_used && !self.held_other {
            return LOC;
        }
        let best = self.votes.iter().copied().max().unwrap_or(0);
        let tied = |k: usize| self.votes.get(k) == Some(&best);
        let org = self.votes[ORG];
        let sure_company = org >= super::rules::WEIGHT_SURE && org > self.votes[PER];
        if self.surname_used && !sure_company {
            PER
        } else if tied(self.kind) {
            self.kind
        } else {
            self.votes
                .iter()
                .position(|&v| v == best)
                .unwrap_or(self.kind)
        }
    }
}

/// A multi-word name that could be a person's full name whatever it was tagged: two or three
/// capitalised words, no minor words ("Ada Marlow", not "Bank of England").
fn person_like(words: &[&str]) -> bool {
    (2..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| !is_minor(w) && w.chars().next().is_some_and(char::is_uppercase))
}

/// The hash of a mention's words as written (not lower-cased); equal hashes are compared.
fn words_hash(tokens: &[&str]) -> u64 {
    let mut h = NameHasher::default();
    for w in tokens {
        h.write(w.as_bytes());
    }
    h.finish()
}

/// Hashes short name keys 8 bytes at a time (FxHash-style): the default SipHash cost more than
/// the rest of linking. Keys come from the text, but each map holds one document's names.
#[derive(Default)]
struct NameHasher(u64);

impl Hasher for NameHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut buf = [0u8; 8];
            buf.copy_from_slice(c);
            self.add(u64::from_le_bytes(buf));
        }
        // The last one to seven bytes as the low bytes of a word, as a copy into eight zeroed
        // bytes reads them: gathered byte by byte, where the copy of their own length called
        // `memcpy` (~20 instructions a word of a name).
        let rest = chunks.remainder();
        let last = rest
            .iter()
            .rev()
            .fold(0u64, |acc, &b| acc << 8 | u64::from(b));
        self.add(last ^ (rest.len() as u64) << 59);
    }

    fn write_u8(&mut self, b: u8) {
        self.add(b as u64);
    }

    fn finish(&self) -> u64 {
        // Mix the high bits down: hashbrown takes the bucket from the low bits.
        let h = self.0;
        (h ^ (h >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9) ^ (h >> 32)
    }
}

impl NameHasher {
    fn add(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// Names (keys) to entities, as `HashMap<String, usize>` with `entry(name).or_insert(e)`, the
/// names kept in one buffer: a map of `String`s allocated a string for each new name and freed
/// each one at the end (~1.3 M instructions on CoNLL dev's ~5,000 names). By [`NameHasher`]'s
/// hash of the name, to the last entry of that hash, entries of one hash chained (a hit's
/// name compared).
#[derive(Debug, Default)]
struct NameMap {
    /// A name's hash → 1 + the index in `entries` of the last one added with it.
    heads: HashMap<u64, u32, HashBuild>,
    entries: Vec<NameEntry>,
    /// Every name added, one after the other.
    text: String,
}

#[derive(Debug, Clone, Copy)]
struct NameEntry {
    /// The name's bytes in [`NameMap::text`].
    start: u32,
    end: u32,
    entity: usize,
    /// 1 + the index of the entry added before it with the same hash (0: none).
    next: u32,
}

impl NameMap {
    /// The hash of a name.
    fn hash(name: &str) -> u64 {
        let mut h = NameHasher::default();
        h.write(name.as_bytes());
        h.finish()
    }

    /// The entity of `name`, if added.
    fn get(&self, name: &str) -> Option<usize> {
        self.find(Self::hash(name), name)
    }

    fn find(&self, hash: u64, name: &str) -> Option<usize> {
        let mut at = self.heads.get(&hash).copied().unwrap_or(0);
        while let Some(n) = (at as usize)
            .checked_sub(1)
            .and_then(|k| self.entries.get(k))
        {
            if self.text.get(n.start as usize..n.end as usize) == Some(name) {
                return Some(n.entity);
            }
            at = n.next;
        }
        None
    }

    /// Adds `name` for entity `e` unless it is there (`entry(name).or_insert(e)`).
    fn insert_new(&mut self, name: &str, e: usize) {
        self.insert_hashed(Self::hash(name), name, e);
    }

    /// [`NameMap::insert_new`] of `name`, whose hash is `hash`.
    fn insert_hashed(&mut self, hash: u64, name: &str, e: usize) {
        if self.find(hash, name).is_some() {
            return;
        }
        // (A document's names past `u32` bytes or entries are not kept: a text is at most
        // 4 GiB, its names' keys shorter.)
        let (Ok(start), Ok(end), Ok(at)) = (
            u32::try_from(self.text.len()),
            u32::try_from(self.text.len() + name.len()),
            u32::try_from(self.entries.len() + 1),
        ) else {
            return;
        };
        self.text.push_str(name);
        let next = self.heads.insert(hash, at).unwrap_or(0);
        self.entries.push(NameEntry {
            start,
            end,
            entity: e,
            next,
        });
    }
}

/// `map.entry(word.to_lowercase()).or_insert(e)`, lower-casing into `buf` (reused) so that a
/// key already there costs no allocation.
fn insert_lower(map: &mut NameMap, word: &str, e: usize, buf: &mut String) {
    buf.clear();
    if word.is_ascii() {
        buf.push_str(word);
        buf.make_ascii_lowercase();
    } else {
        // (`str::to_lowercase` itself: it writes a final sigma as 'ς', as no `char` map does.)
        *buf = word.to_lowercase();
    }
    map.insert_new(buf, e);
}

/// [`link_in`] with canonical names joined by spaces (the tests' mentions, whose words are no
/// slices of one text).
#[cfg(test)]
fn link(mentions: &[Mention]) -> Vec<Link> {
    link_with(mentions, true, "")
}

/// Links `mentions` (in text order), whose words are slices of `text`. Returns one [`Link`] per
/// mention, entity ids numbered from 1 in order of first appearance; a canonical name keeps two
/// words together where the text writes them together ("King's College", not "King 's
/// College").
pub fn link_in(text: &str, mentions: &[Mention]) -> Vec<Link> {
    link_with(mentions, true, text)
}

/// [`link_in`]; `remember_words`: a mention written as an earlier one takes its entity without
/// its key looked up (the links are the same either way: the tests compare them).
fn link_with(mentions: &[Mention], remember_words: bool, text: &str) -> Vec<Link> {
    // Longest names first, so a later full name still becomes the canonical form for an earlier
    // short one, and an acronym can find an expansion written after it.
    // A counting sort by length (stable, linear): comparisons that re-derive each core cost
    // more than the rest of linking.
    let lens: Vec<usize> = mentions.iter().map(|m| core(&m.tokens).len()).collect();
    let longest = lens.iter().copied().max().unwrap_or(0);
    // slot[longest - len] = where the next mention of that length goes.
    let mut slot = vec![0usize; longest + 2];
    for &l in &lens {
        if let Some(c) = slot.get_mut(longest - l + 1) {
            *c += 1;
        }
    }
    for k in 1..slot.len() {
        slot[k] += slot[k - 1];
    }
    let mut order = vec![0usize; mentions.len()];
    for (i, &l) in lens.iter().enumerate() {
        if let Some(at) = slot.get_mut(longest - l) {
            if let Some(o) = order.get_mut(*at) {
                *o = i;
            }
            *at += 1;
        }
    }

    let mut entities: Vec<Entity> = Vec::new();
    let mut by_key: NameMap = NameMap::default();
    let mut by_initials: NameMap = NameMap::default();
    let mut by_surname: NameMap = NameMap::default();
    // Last words of person-like names of other types, for one-word PER mentions.
    let mut by_last_word: NameMap = NameMap::default();
    // First words of organisations' names, for one-word mentions typed PER ("Trinova
    // Minerals" → "Trinova": an unknown company's short name reads as a surname).
    let mut by_first_word: NameMap = NameMap::default();
    let mut of_mention = vec![0usize; mentions.len()];

    let mut k = String::new();
    let mut lower = String::new();
    // A mention written exactly as one linked before (most of news's: a name comes back) takes
    // its entity with no key built, lower-cased and looked up: after any mention, its key is in
    // `by_key`, never changed, with the entity the mention got. By the hash of its words, with
    // the first mention so written (its words compared on a hit).
    let mut by_words: HashMap<u64, (usize, usize), HashBuild> = HashMap::default();
    for &i in &order {
        let m = &mentions[i];
        let exact = words_hash(&m.tokens);
        let repeated = by_words
            .get(&exact)
            .filter(|&&(j, _)| mentions.get(j).is_some_and(|o| o.tokens == m.tokens));
        let (e, as_surname) = match repeated.filter(|_| remember_words) {
            Some(&(_, e)) => (e, false),
            None => {
                key_into(&m.tokens, &mut k);
                let k = k.as_str();
                let single = core(&m.tokens).len() == 1;
                let mut as_surname = false;
                let known = by_key.get(k);
                let found = known.or_else(|| {
                    // "Van Dalen" is "Marguerite van Dalen" ([`particle_surname`]).
                    let surname = (single || particle_start(&m.tokens))
                        .then(|| {
                            by_surname
                                .get(k)
                                .or_else(|| (m.kind == PER).then(|| by_last_word.get(k)).flatten())
                        })
                        .flatten();
                    as_surname = surname.is_some() && m.kind == PER;
                    surname
                        .or_else(|| acronym_form(&m.tokens).and_then(|a| by_initials.get(&a)))
                        .or_else(|| {
                            (single && m.kind == PER)
                                .then(|| by_first_word.get(k))
                                .flatten()
                        })
                });
                let e = match found {
                    Some(e) => e,
                    None => {
                        let e = entities.len();
                        entities.push(Entity {
                            canonical: i,
                            kind: m.kind,
                            first: i,
                            votes: [0; TYPES.len()],
                            surname_used: false,
                            confirmed: false,
                            vetoed: false,
                            place_cues: 0,
                            held_other: false,
                        });
                        // (A person's initials are never kept: not made for one.)
                        if m.kind != PER {
                            if let Some(ini) = initials(&m.tokens) {
                                by_initials.insert_new(&ini, e);
                            }
                        }
                        let words = core(&m.tokens);
                        // "Quillmere Inc" is also "Quillmere".
                        if let [rest @ .., last] = words {
                            if !rest.is_empty() && super::rules::is_company_suffix(last) {
                                by_key.insert_new(&key(rest), e);
                            }
                        }
                        if let [first, second, ..] = words {
                            if m.kind == ORG && starts_own_name(first, second) {
                                insert_lower(&mut by_first_word, first, e, &mut lower);
                            }
                        }
                        if let Some(last) = words.last() {
                            if m.kind == PER && words.len() >= 2 {
                                insert_lower(&mut by_surname, last, e, &mut lower);
                                if let Some(sur) = particle_surname(words) {
                                    by_surname.insert_new(&key(sur), e);
                                }
                            } else if person_like(words) {
                                insert_lower(&mut by_last_word, last, e, &mut lower);
                            }
                        }
                        e
                    }
                };
                // (A key found above is there still.)
                if known.is_none() {
                    by_key.insert_new(k, e);
                }
                by_words.entry(exact).or_insert((i, e));
                (e, as_surname)
            }
        };
        if let Some(ent) = entities.get_mut(e) {
            ent.first = ent.first.min(i);
            ent.surname_used |= as_surname;
            if m.weight == super::rules::WEIGHT_NOT_A_NAME {
                ent.vetoed = true;
            } else {
                ent.confirmed |= m.weight > super::rules::WEIGHT_UNCONFIRMED;
                if let Some(v) = ent.votes.get_mut(m.kind) {
                    *v += m.weight.max(1);
                }
                if m.kind == LOC && m.weight == super::rules::WEIGHT_PLACE_CUE {
                    ent.place_cues = ent.place_cues.saturating_add(1);
                } else if m.kind != LOC
                    && (m.weight >= super::rules::WEIGHT_SURE || m.tokens.len() > 1)
                {
                    ent.held_other = true;
                }
            }
        }
        of_mention[i] = e;
    }

    // Number the confirmed entities by first appearance; a vetoed one is confirmed by none.
    for ent in entities.iter_mut().filter(|ent| ent.vetoed) {
        ent.confirmed = false;
    }
    let mut ids: Vec<usize> = (0..entities.len())
        .filter(|&e| entities[e].confirmed)
        .collect();
    crate::sorting::sort_by_key(&mut ids, |&e| entities[e].first);
    let mut number = vec![0u32; entities.len()];
    for (n, &e) in ids.iter().enumerate() {
        number[e] = n as u32 + 1;
    }
    // Each entity's canonical text and type, once (not once per mention), its words joined as
    // the text spaces them, in one reused buffer (a joined `String` per entity was made, copied and freed).
    let mut joined = String::new();
    let text_from = text.as_ptr() as usize;
    let text_to = text_from + text.len();
    let shown: Vec<(Arc<str>, usize)> = entities
        .iter()
        .map(|ent| {
            let words = mentions
                .get(ent.canonical)
                .map_or(&[][..], |m| display(&m.tokens));
            joined.clear();
            let mut end = None;
            for (n, w) in words.iter().enumerate() {
                // Words written together in the text stay together ("King's", not "King 's"):
                // both are slices of `text`, the next starting where the last ended.
                let start = w.as_ptr() as usize;
                if n > 0 && end != Some(start) {
                    joined.push(' ');
                }
                joined.push_str(w);
                end = (text_from..text_to)
                    .contains(&start)
                    .then_some(start + w.len());
            }
            (Arc::from(joined.as_str()), ent.voted_kind())
        })
        .collect();
    of_mention
        .iter()
        .map(|&e| Link {
            entity: number[e],
            canonical: Arc::clone(&shown[e].0),
            kind: shown[e].1,
            confirmed: entities[e].confirmed,
        })
        .collect()
}

/// The type name of a type index.
pub fn type_name(kind: usize) -> &'static str {
    TYPES.get(kind).copied().unwrap_or("MISC")
}

#[cfg(test)]
#[path = "linking_tests.rs"]
mod tests;
