//! What a line looks like: words, stopwords, case, digits and punctuation, counted in one pass.

/// Counts over one line's text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Shape {
    /// Characters that are not whitespace.
    pub chars: usize,
    pub words: usize,
    pub stopwords: usize,
    /// Words that start with an uppercase letter.
    pub capitalised: usize,
    pub letters: usize,
    pub uppercase: usize,
    pub digits: usize,
    pub commas: usize,
    /// Sentence ends inside the line (`.`, `!`, `?` followed by a space).
    pub sentence_breaks: usize,
    /// Separators typical of menus and bylines: `|`, `•`, `·`, `»`, `›`, `/`.
    pub separators: usize,
    /// Letters outside Latin script (CJK, Cyrillic, …); stopword figures mean little for them.
    pub non_latin: usize,
    /// The line ends like a sentence: `.`, `!`, `?`, `…`, optionally followed by a quote/bracket.
    pub terminal: bool,
    pub ends_colon: bool,
    /// The first visible character is an opening quote.
    pub starts_quote: bool,
    pub starts_lower: bool,
    /// `http`, `www.` or an e-mail address appears.
    pub url_like: bool,
}

impl Shape {
    pub fn stop_density(&self) -> f32 {
        ratio(self.stopwords, self.words)
    }
    pub fn upper_ratio(&self) -> f32 {
        ratio(self.uppercase, self.letters)
    }
    pub fn digit_ratio(&self) -> f32 {
        ratio(self.digits, self.chars)
    }
    pub fn capital_ratio(&self) -> f32 {
        ratio(self.capitalised, self.words)
    }
    pub fn avg_word_len(&self) -> f32 {
        ratio(self.letters + self.digits, self.words)
    }
    pub fn non_latin_ratio(&self) -> f32 {
        ratio(self.non_latin, self.letters)
    }
}

pub fn ratio(a: usize, b: usize) -> f32 {
    if b == 0 {
        0.0
    } else {
        a as f32 / b as f32
    }
}

/// Measures one line (already trimmed).
pub fn measure(line: &str) -> Shape {
    let mut s = Shape::default();
    let mut word_start: Option<usize> = None;
    let mut prev: Option<char> = None;
    for (i, c) in line.char_indices() {
        if !c.is_whitespace() {
            s.chars += 1;
        }
        if c.is_alphanumeric() {
            if c.is_alphabetic() {
                s.letters += 1;
                if c.is_uppercase() {
                    s.uppercase += 1;
                }
                if !is_latin(c) {
                    s.non_latin += 1;
                }
            } else {
                s.digits += 1;
            }
            if word_start.is_none() {
                word_start = Some(i);
            }
        } else {
            // An apostrophe inside a word keeps the word going (don't, O'Neill).
            let inner_apostrophe = matches!(c, '\'' | '’') && word_start.is_some();
            if !inner_apostrophe {
                if let Some(start) = word_start.take() {
                    count_word(&mut s, line.get(start..i).unwrap_or(""));
                }
            }
            match c {
                ',' => s.commas += 1,
                '|' | '•' | '·' | '»' | '›' | '/' => s.separators += 1,
                ' ' if matches!(prev, Some('.' | '!' | '?')) => s.sentence_breaks += 1,
                _ => {}
            }
        }
        prev = Some(c);
    }
    if let Some(start) = word_start {
        count_word(&mut s, line.get(start..).unwrap_or(""));
    }
    let trimmed_end = line.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»', '*']);
    s.terminal = trimmed_end.ends_with(['.', '!', '?', '…', '。', '！', '？']);
    s.ends_colon = line.ends_with(':');
    let first = line.chars().next();
    s.starts_quote = matches!(first, Some('"' | '“' | '‘' | '\'' | '«'));
    s.starts_lower = first.is_some_and(|c| c.is_lowercase());
    s.url_like =
        contains_ascii_ci(line, "http") || contains_ascii_ci(line, "www.") || has_email(line);
    s
}

fn count_word(s: &mut Shape, word: &str) {
    if word.is_empty() {
        return;
    }
    s.words += 1;
    if word.chars().next().is_some_and(|c| c.is_uppercase()) {
        s.capitalised += 1;
    }
    if is_stopword(word) {
        s.stopwords += 1;
    }
}

fn is_latin(c: char) -> bool {
    c.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&c) || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

fn has_email(line: &str) -> bool {
    line.split_whitespace().any(|w| {
        let at = w.find('@');
        at.is_some_and(|p| p > 0 && w.get(p + 1..).is_some_and(|d| d.contains('.')))
    })
}

/// ASCII case-insensitive substring test without allocating.
pub fn contains_ascii_ci(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    !n.is_empty() && h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}

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
    let lower = std::str::from_utf8(lower).unwrap_or("");
    STOPWORDS.binary_search(&lower).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopword_list_is_sorted() {
        assert!(STOPWORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn measures_lines() {
        let prose = measure("The council said it would review the plan after the vote.");
        assert_eq!(prose.words, 11);
        assert!(prose.terminal);
        assert!(prose.stop_density() > 0.4);

        let menu = measure("Home | World | Sport");
        assert_eq!(menu.words, 3);
        assert_eq!(menu.separators, 2);
        assert!(!menu.terminal);
        assert_eq!(menu.stopwords, 0);

        let quote = measure("“We won’t stop,” she said.”");
        assert!(quote.starts_quote && quote.terminal);
        assert_eq!(quote.words, 5);

        let cjk = measure("東京で会議が開かれた。🎉");
        assert!(cjk.non_latin_ratio() > 0.9);
        assert!(measure("Write to desk@example.com").url_like);
    }
}
