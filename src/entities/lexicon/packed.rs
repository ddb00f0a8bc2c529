//! The shipped gazetteers and word list in the form the WASM download carries: each section's
//! entries sorted and front-coded (a digit, the bytes an entry shares with the one before it,
//! then the rest: `Bad Ems`, `4 Homburg` → `Bad Homburg`). gzip finds such prefixes only in
//! part; front-coded, the two lists are 100 KB smaller gzipped (211 + 113 → 153 + 70 KB). The
//! build script packs `generated/entities/` into `OUT_DIR`, so the committed files stay one
//! readable line per entry. Order inside a section carries nothing: the gazetteers' phrases
//! only OR their classes into a mask, and of the word list only the frequency class of a word's
//! rank is read, so the packed word list has a section per class ([`rank_class`]).

use std::collections::BTreeMap;

use super::load::text_lines;

/// Longest shared prefix written (one digit).
const MAX_SHARED: usize = 9;

/// The header of the word list's section of frequency class `class`.
const CLASS_MARK: char = '#';

/// The frequency class of the word at `rank` (0 = most frequent) in the word list.
pub(super) fn rank_class(rank: usize) -> u8 {
    match rank {
        0..100 => 0,
        100..1000 => 1,
        1000..5000 => 2,
        5000..15000 => 3,
        _ => 4,
    }
}

/// `CLASS<TAB>` section lines each followed by phrases, and `CLASS<TAB>phrase` lines → a
/// section per class, its phrases sorted, each once, front-coded. Lines under no section are
/// dropped, as the plain reader drops them.
pub fn pack_gazetteers(plain: &str) -> String {
    let mut sections: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    let mut section = None;
    for line in text_lines(plain) {
        let (class, phrase) = match line.split_once('\t') {
            Some((class, "")) => {
                section = Some(class);
                sections.entry(class).or_default();
                continue;
            }
            Some((class, phrase)) => (class, phrase),
            None => match section {
                Some(class) => (class, line),
                None => continue,
            },
        };
        sections.entry(class).or_default().push(phrase);
    }
    let mut out = String::with_capacity(plain.len() * 2 / 3);
    for (class, phrases) in sections {
        out.push_str(class);
        out.push_str("\t\n");
        front_code_into(phrases, &mut out);
    }
    out
}

/// Words, most frequent first → a `#class` section per frequency class, front-coded.
pub fn pack_wordfreq(plain: &str) -> String {
    let mut classes: BTreeMap<u8, Vec<&str>> = BTreeMap::new();
    for (rank, word) in text_lines(plain).enumerate() {
        classes.entry(rank_class(rank)).or_default().push(word);
    }
    let mut out = String::with_capacity(plain.len() * 2 / 3);
    for (class, words) in classes {
        out.push(CLASS_MARK);
        out.push_str(&class.to_string());
        out.push('\n');
        front_code_into(words, &mut out);
    }
    out
}

fn front_code_into(mut entries: Vec<&str>, out: &mut String) {
    crate::sorting::sort_plain(&mut entries);
    entries.dedup();
    let mut previous = "";
    for entry in entries {
        let mut shared = entry
            .bytes()
            .zip(previous.bytes())
            .take(MAX_SHARED)
            .take_while(|(a, b)| a == b)
            .count();
        while !entry.is_char_boundary(shared) {
            shared -= 1;
        }
        out.push(char::from(b'0' + shared as u8));
        out.push_str(entry.get(shared..).unwrap_or(""));
        out.push('\n');
        previous = entry;
    }
}

/// Calls `each(header, entry)` for every entry of a packed text, in order, `header` being the
/// line that opened its section (`CITY<TAB>`, `#2`). A line that does not start with a digit
/// is a header; an entry that claims more shared bytes than the one before it has, or that
/// would split a character, is skipped.
pub fn for_each_entry(packed: &str, mut each: impl FnMut(&str, &str)) {
    let mut header = "";
    let mut entry = String::new();
    for line in text_lines(packed) {
        let Some(shared) = line
            .bytes()
            .next()
            .filter(u8::is_ascii_digit)
            .map(|d| usize::from(d - b'0'))
        else {
            header = line;
            entry.clear();
            continue;
        };
        if !entry.is_char_boundary(shared) || shared > entry.len() {
            continue;
        }
        entry.truncate(shared);
        entry.push_str(line.get(1..).unwrap_or(""));
        each(header, &entry);
    }
}

/// The frequency class a packed word list's section header names (`#2` → 2).
pub fn class_of_header(header: &str) -> Option<u8> {
    header.strip_prefix(CLASS_MARK)?.parse().ok()
}
