//! Spellings of a festival's name that transliteration gives besides the one the calendars use:
//! "Eid al-Adha" is also written "Eid ul Adha", "Id-ul-Adha"; "Rosh Hashanah" "Rosh Hashana";
//! "Hanukkah" "Chanukah", "Hanukah"; "Sukkot" "Succos"; "Karwa Chouth" "Karva Chauth";
//! "Laylat al-Qadr" "Laylat al-Kadr"; "Guru Ravidas's Jayanti" "Guru Ravidas Jayanti". Each rule
//! is one class of spelling (an Arabic article, a Hebrew ending, a vowel written two ways); the
//! names it applies to are the generated lexicon's (`holiday_names.rs`), each spelling read as
//! the name it comes from. The rules run when the lexicon is made, not when Gloss starts:
//! `gloss-holiday-spellings` writes what they give into `generated/statistics/
//! holiday_spellings.tsv` (`spellings_file`), which `holiday_names.rs` reads.

use std::collections::{BTreeMap, HashSet};
use std::sync::OnceLock;

/// The most spellings one name gives (the name itself included): the rules combine, and a long
/// name of many transliterated words would otherwise give hundreds.
const MAX_SPELLINGS: usize = 48;

/// The forms of the Arabic article between two words of a name ("eid al - adha").
const ARTICLES: &[&str] = &["al", "ul", "el"];
/// The forms of "Eid" opening a name ("Id-ul-Fitr", "Idd-ul-Azha").
const EIDS: &[&str] = &["eid", "id", "idd"];

/// Letters written two ways inside a word: (one way, the other, whether the other is also read
/// back: a "u" is far more often just a "u" than an "oo" written short).
const LETTERS: &[(&str, &str, bool)] = &[
    // Hindi and Punjabi vowels and "w"/"v": "poornima"/"purnima", "deepavali"/"dipavali",
    // "chouth"/"chauth", "karwa"/"karva", "vesak"/"wesak".
    ("oo", "u", false),
    ("ee", "i", false),
    ("ou", "au", true),
    ("w", "v", true),
    // Arabic qaf: "qadr"/"kadr"; Hebrew kaf doubled: "sukkot"/"succot".
    ("q", "k", false),
    ("kk", "cc", true),
];

/// How many of wordfreq's commonest English words (`generated/entities/wordfreq.txt`, most
/// frequent first) count as English words that no transliteration respells: "labour",
/// "mourning" (rank 11,426), "women", "heroes" are written one way, where the rules would give
/// "labaur", "maurning", "vomen", "heroet". "eid" (20,910) and "ramadan" (22,191) fall after.
const COMMON_WORDS: usize = 20_000;

/// Whether `word` is a common English word: among wordfreq's `COMMON_WORDS` and not a name of
/// the gazetteers (`generated/entities/gazetteers.tsv`: first names, places, nationalities),
/// which keeps "krishna", "ram", "raj", "shri", "torah" (in the frequency list as names) open
/// to their other spellings.
fn is_common_english(word: &str) -> bool {
    static COMMON: OnceLock<HashSet<&'static str>> = OnceLock::new();
    COMMON
        .get_or_init(|| {
            let names: HashSet<String> = include_str!("../../generated/entities/gazetteers.tsv")
                .lines()
                .filter(|l| !l.contains('\t'))
                .map(str::to_lowercase)
                .collect();
            include_str!("../../generated/entities/wordfreq.txt")
                .lines()
                .take(COMMON_WORDS)
                .map(str::trim)
                .filter(|w| !names.contains(*w))
                .collect()
        })
        .contains(word)
}

/// The spellings of one word at `position` in its name, the word itself first.
fn word_spellings(word: &str, position: usize) -> Vec<String> {
    let mut out = vec![word.to_string()];
    if position > 0 && ARTICLES.contains(&word) {
        out.extend(
            ARTICLES
                .iter()
                .filter(|a| **a != word)
                .map(|a| a.to_string()),
        );
        return out;
    }
    if position == 0 && EIDS.contains(&word) {
        out.extend(EIDS.iter().filter(|e| **e != word).map(|e| e.to_string()));
        return out;
    }
    if !word.bytes().all(|b| b.is_ascii_lowercase()) || is_common_english(word) {
        return out;
    }
    // Short words ("tu", "b", "ram") take only the Sanskrit "a" ("rama").
    if word.len() < 4 {
        out.extend(final_schwa(word));
        return out;
    }
    // Each rule applied to every spelling found so far, so that two combine ("chanukkah" →
    // "hanukah").
    let rules: [fn(&str) -> Option<String>; 5] = [
        final_h,
        guttural_ch,
        single_consonant,
        ashkenazi_ending,
        final_schwa,
    ];
    for rule in rules {
        for k in 0..out.len() {
            if let Some(v) = out.get(k).and_then(|w| rule(w)) {
                if !out.contains(&v) {
                    out.push(v);
                }
            }
        }
    }
    for k in 0..out.len() {
        let swapped = out.get(k).map(|w| swapped_letters(w)).unwrap_or_default();
        for v in swapped {
            if !out.contains(&v) {
                out.push(v);
            }
        }
    }
    out
}

/// "ram" → "rama", "rath" → "ratha": the final short "a" of Sanskrit that Hindi does not say,
/// written after a consonant (not after "y", "w", "s" or an "h" of "ah").
fn final_schwa(w: &str) -> Option<String> {
    let last = w.bytes().last()?;
    let soft = w.ends_with("th") || w.ends_with("dh") || w.ends_with("sh");
    let consonant = !b"aeiouyhws".contains(&last);
    (w.len() >= 3 && (consonant || soft)).then(|| format!("{w}a"))
}

/// "hashanah" ↔ "hashana", "chanukah" ↔ "chanuka": a final "a" after a consonant with or
/// without an "h".
fn final_h(w: &str) -> Option<String> {
    if let Some(stem) = w.strip_suffix("ah") {
        return ends_in_consonant(stem).then(|| format!("{stem}a"));
    }
    let stem = w.strip_suffix('a')?;
    ends_in_consonant(stem).then(|| format!("{w}h"))
}

fn ends_in_consonant(stem: &str) -> bool {
    stem.len() >= 2 && stem.bytes().last().is_some_and(|b| !b"aeiouh".contains(&b))
}

/// "chanukah" → "hanukah": the Hebrew guttural at the start of a word, before a vowel, also
/// written "h" (not the other way: "Holi" is no "Choli").
fn guttural_ch(w: &str) -> Option<String> {
    let rest = w.strip_prefix("ch")?;
    rest.bytes()
        .next()
        .is_some_and(|b| b"aeiou".contains(&b))
        .then(|| format!("h{rest}"))
}

/// "hanukkah" → "hanukah", "sukkot" → "sukot": the first doubled consonant written once.
fn single_consonant(w: &str) -> Option<String> {
    let b = w.as_bytes();
    let k = (1..b.len()).find(|&k| b[k] == b[k - 1] && !b"aeiou".contains(&b[k]))?;
    Some(format!("{}{}", &w[..k], &w[k + 1..]))
}

/// "sukkot" ↔ "sukkos", "shavuot" ↔ "shavuos", "atzeret" ↔ "atzeres": the final "t" after a
/// vowel that Ashkenazi Hebrew says "s".
fn ashkenazi_ending(w: &str) -> Option<String> {
    let (stem, last) = w.split_at(w.len().checked_sub(1)?);
    let vowel = stem.bytes().last().is_some_and(|b| b"aeo".contains(&b));
    if !vowel || stem.len() < 4 {
        return None;
    }
    match last {
        "t" => Some(format!("{stem}s")),
        "s" => Some(format!("{stem}t")),
        _ => None,
    }
}

/// The word with each pair of `LETTERS` it contains written the other way, one at a time.
fn swapped_letters(w: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (a, b, back) in LETTERS {
        if w.contains(a) {
            out.push(w.replacen(a, b, 1));
        } else if *back && w.contains(b) {
            out.push(w.replacen(b, a, 1));
        }
    }
    out
}

/// The spellings of a name given as its tokens ("eid al - adha"), the name itself first; at most
/// `MAX_SPELLINGS`.
pub fn spellings(words: &[&str]) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = vec![Vec::new()];
    for (position, w) in words.iter().enumerate() {
        let forms = word_spellings(w, position);
        let mut next = Vec::new();
        // The name's own spelling stays first: each earlier spelling with each form in turn.
        for prefix in &out {
            for f in &forms {
                if next.len() < MAX_SPELLINGS {
                    let mut p = prefix.clone();
                    p.push(f.clone());
                    next.push(p);
                }
            }
        }
        out = next;
    }
    // Whole-name rules on the name's own words: a possessive written without its "' s" ("Guru
    // Ravidas Jayanti"), and an apostrophe between two words dropped ("Isra and Mi'raj").
    let own: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    for k in 0..own.len() {
        if own.get(k).map(String::as_str) != Some("'") || k == 0 || k + 1 >= own.len() {
            continue;
        }
        let possessive = own.get(k + 1).map(String::as_str) == Some("s");
        let cut = if possessive { k..k + 2 } else { k..k + 1 };
        // "st . patrick ' s day" keeps a word after the possessive; "valentine ' s" does not.
        if possessive && k + 2 >= own.len() {
            continue;
        }
        let mut v = own.clone();
        v.drain(cut);
        // Inside a word ("mi ' raj", "ha ' atzmaut") the apostrophe may also go with its space:
        // "miraj", "haatzmaut".
        let mut joined = None;
        if !possessive {
            if let (Some(a), Some(b)) = (own.get(k - 1), own.get(k + 1)) {
                let mut j = own.clone();
                j.splice(k - 1..k + 2, [format!("{a}{b}")]);
                joined = Some(j);
            }
        }
        for v in std::iter::once(v).chain(joined) {
            if out.len() < MAX_SPELLINGS && !out.contains(&v) {
                out.push(v);
            }
        }
    }
    out
}

/// The spellings of one first word: whether one is the word alone, whether one is a possessive,
/// and each one's other words with the name it is read as.
#[derive(Default)]
struct Line {
    alone: bool,
    possessive: bool,
    spellings: Vec<(Vec<String>, String)>,
}

/// `generated/statistics/holiday_spellings.tsv`: the spellings the rules give the names of
/// `holidays.tsv`, each read as its name, leaving out those that are a name of the file or an
/// earlier spelling (a spelling never takes another name's place). One line per first word,
/// sorted: the word, its flags ("1": a spelling is the word alone, "s": one is a possessive,
/// "-": neither), then for each name the other words of its spellings, separated by "|", and the
/// name, tab-separated, in the order the names come in the file ("eid<TAB>-<TAB>ul - adha|el -
/// adha<TAB>eid al - adha<TAB>…").
pub fn spellings_file() -> String {
    // The names as `holiday_names.rs` reads them: a line repeating an unknown name is left out.
    let mut names: Vec<Vec<&'static str>> = Vec::new();
    let mut known: HashSet<&str> = HashSet::new();
    for line in super::holiday_names::DATA
        .lines()
        .filter(|l| !l.starts_with('#'))
    {
        let mut f = line.split('\t');
        let (Some(name), Some(second)) = (f.next(), f.next()) else {
            continue;
        };
        if second.strip_prefix('=').is_some_and(|o| !known.contains(o)) {
            continue;
        }
        known.insert(name);
        names.push(name.split(' ').filter(|w| !w.is_empty()).collect());
    }
    let mut named: HashSet<Vec<String>> = names
        .iter()
        .map(|n| n.iter().map(|w| w.to_string()).collect())
        .collect();
    let mut lines: BTreeMap<String, Line> = BTreeMap::new();
    for words in &names {
        let name = words.join(" ");
        for spelling in spellings(words) {
            if spelling.iter().eq(words.iter()) || !named.insert(spelling.clone()) {
                continue;
            }
            let Some((first, rest)) = spelling.split_first() else {
                continue;
            };
            let line = lines.entry(first.clone()).or_default();
            line.alone |= rest.is_empty();
            line.possessive |= rest.first().map(String::as_str) == Some("'")
                && rest.get(1).map(String::as_str) == Some("s");
            let rest = rest.join(" ");
            match line.spellings.last_mut() {
                Some((spelled, of)) if *of == name => spelled.push(rest),
                _ => line.spellings.push((vec![rest], name.clone())),
            }
        }
    }
    let mut out = String::from(
        "# generated by `cargo run --release --features tools --bin gloss-holiday-spellings` \
         from holidays.tsv by the rules of src/statistics/holiday_spellings.rs; do not edit\n",
    );
    for (first, line) in lines {
        let flags = match (line.alone, line.possessive) {
            (true, true) => "1s",
            (true, false) => "1",
            (false, true) => "s",
            (false, false) => "-",
        };
        out.push_str(&first);
        out.push('\t');
        out.push_str(flags);
        for (rest, name) in line.spellings {
            out.push('\t');
            out.push_str(&rest.join("|"));
            out.push('\t');
            out.push_str(&name);
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
#[path = "holiday_spellings_tests.rs"]
mod tests;
