//! English function words, and a compile-time hash table that finds them a probe or two a word.

/// English function words (the jusText idea: prose is dense in them, menus and headlines are not).
const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "even",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "last",
    "like",
    "many",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "said",
    "same",
    "says",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "yet",
    "you",
    "your",
    "yours",
];

/// Whether `word` is an English function word (case-insensitive; `don't` counts as `don`).
pub fn is_stopword(word: &str) -> bool {
    let head = word.split(['\'', '’']).next().unwrap_or(word);
    if head.len() > 10 || !head.is_ascii() {
        return false;
    }
    let mut buf = [0u8; 10];
    let lower = &mut buf[..head.len()];
    lower.copy_from_slice(head.as_bytes());
    lower.make_ascii_lowercase();
    is_stopword_lower(lower)
}

/// Stopwords up to this long go in the table; the one longer stopword is tested on its own.
pub(super) const SHORT: usize = 7;
pub(super) const LONG_STOPWORD: &[u8] = b"themselves";

/// Slots of the stopword table (a power of two, a few times the number of stopwords: at 256 a
/// word that is not one, most words, probed a long run of taken slots).
const SLOTS: usize = 1 << SLOT_BITS;
const SLOT_BITS: u32 = 9;

/// A word of up to eight bytes as one number (zero-padded; no stopword holds a zero byte).
pub(super) const fn pack(word: &[u8]) -> u64 {
    let mut v = 0u64;
    let mut i = 0;
    while i < word.len() && i < 8 {
        v |= (word[i] as u64) << (8 * i);
        i += 1;
    }
    v
}

const fn slot(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SLOT_BITS)) as usize
}

/// The short stopwords in an open-addressing hash table (linear probing), built at compile time.
const STOPWORD_TABLE: [u64; SLOTS] = {
    let mut t = [0u64; SLOTS];
    let mut i = 0;
    while i < STOPWORDS.len() {
        let word = STOPWORDS[i].as_bytes();
        if word.len() <= SHORT {
            let key = pack(word);
            let mut at = slot(key);
            while t[at] != 0 {
                at = (at + 1) % SLOTS;
            }
            t[at] = key;
        }
        i += 1;
    }
    t
};

/// Whether an already lowercased word is a stopword.
fn is_stopword_lower(word: &[u8]) -> bool {
    match word.len() {
        0 => false,
        1..=SHORT => is_short_stopword(pack(word)),
        _ => word == LONG_STOPWORD,
    }
}

/// Whether the lowercased word of one to [`SHORT`] bytes packed as `key` is a stopword.
pub(super) fn is_short_stopword(key: u64) -> bool {
    let mut at = slot(key);
    loop {
        match STOPWORD_TABLE.get(at) {
            Some(&k) if k == key => return true,
            Some(&0) | None => return false,
            Some(_) => at = (at + 1) % SLOTS,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopword_list_is_sorted() {
        assert!(STOPWORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn stopword_table_holds_the_list() {
        for w in STOPWORDS {
            assert!(is_stopword(w), "{w}");
            assert!(is_stopword(&w.to_uppercase()), "{w}");
        }
        let cases: &[(&str, bool)] = &[
            ("don't", false),
            ("it's", true),
            ("its’", true),
            ("thee", false),
            ("themselves", true),
            ("themselvess", false),
            ("", false),
            ("théir", false),
        ];
        for (word, want) in cases {
            assert_eq!(is_stopword(word), *want, "{word}");
        }
    }
}
