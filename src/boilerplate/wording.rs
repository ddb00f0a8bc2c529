//! What a line's own words say about it, as the per-line features read it: a photo credit at
//! its end, a label naming related stories, a question put as a subhead, a byline.

use super::lexicon::{self, Cue};

const CREDIT_WORDS: &[&str] = &[
    "ap",
    "pa",
    "afp",
    "epa",
    "reuters",
    "getty",
    "images",
    "photo",
    "photos",
    "archive",
    "file",
    "credit",
    "wire",
    "media",
    "shutterstock",
    "alamy",
    "bloomberg",
    "courtesy",
    "handout",
    "supplied",
    "efe",
    "xinhua",
    "pool",
    "upi",
    "istock",
    "istockphoto",
    "picture",
];

/// The line ends with a short parenthesised credit, like `… on Monday (PA Archive)`.
pub fn credit_tail(s: &str) -> bool {
    let Some(body) = s.strip_suffix(')') else {
        return false;
    };
    let Some(open) = body.rfind('(') else {
        return false;
    };
    let inner = body.get(open + 1..).unwrap_or("");
    let words: Vec<&str> = inner
        .split(|c: char| c.is_whitespace() || c == '/' || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > 6 || open == 0 {
        return false;
    }
    let credit = words
        .iter()
        .any(|w| CREDIT_WORDS.iter().any(|c| c.eq_ignore_ascii_case(w)));
    let all_caps_short =
        words.len() <= 2 && words.iter().all(|w| w.chars().all(|c| c.is_uppercase()));
    credit || all_caps_short || labelled_credit(inner)
}

/// A credit written "agency: photographer": `(AAP: Jo Smith)`, `(ABC News: Sam Lee)`,
/// `(Supplied: Ann Moe)` — before the colon one or two words, the last a credit word, an
/// acronym or "News"; after it a name of one to three capitalised words.
fn labelled_credit(inner: &str) -> bool {
    let Some((label, name)) = inner.split_once(':') else {
        return false;
    };
    let label: Vec<&str> = label.split_whitespace().collect();
    let name: Vec<&str> = name.split_whitespace().collect();
    let credit_label = match label.last() {
        Some(last) if label.len() <= 2 => {
            let acronym =
                (2..=5).contains(&last.len()) && last.chars().all(|c| c.is_ascii_uppercase());
            acronym
                || last.eq_ignore_ascii_case("news")
                || CREDIT_WORDS.iter().any(|c| c.eq_ignore_ascii_case(last))
        }
        _ => false,
    };
    let a_name = (1..=3).contains(&name.len())
        && name
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    credit_label && a_name
}

/// `Related: …`, `Read more: …`, `See also: …`, `ALSO READ: …`: a label of at most three
/// words naming other stories (a related-links cue, or `read`), then a colon and a link's text.
pub fn related_label(s: &str) -> bool {
    let Some((label, rest)) = s.split_once(':') else {
        return false;
    };
    let words = label.split_whitespace().count();
    if words == 0 || words > 3 || rest.trim().is_empty() {
        return false;
    }
    let lower = label.trim().to_lowercase();
    lexicon::scan(&lower).has(Cue::Related) || lower == "read" || lower == "also read"
}

/// Words a subhead put as a question has at least and at most.
const QUESTION_WORDS: std::ops::RangeInclusive<usize> = 4..=15;

/// Words a question opens with (a request put as a question, "Share this, please?", does not).
const QUESTION_STARTS: &[&str] = &[
    "which", "what", "how", "why", "who", "whose", "when", "where", "is", "are", "was", "were",
    "can", "could", "do", "does", "did", "should", "will", "would", "has", "have", "had",
];

/// A question of [`QUESTION_WORDS`] words that starts with a capital and a question word and does not address the
/// reader: "Which ad formats are the most popular?" heads a section of an article; "Would you
/// share this story?" or "Already a subscriber?" asks the reader for something.
pub fn question_subhead(s: &str) -> bool {
    let s = s.trim();
    if !s.ends_with('?') || !s.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let first = s.split_whitespace().next().unwrap_or("");
    if !QUESTION_STARTS
        .iter()
        .any(|q| q.eq_ignore_ascii_case(first))
    {
        return false;
    }
    let mut words = 0;
    for w in s.split_whitespace() {
        words += 1;
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        let head = w.split(['\'', '’']).next().unwrap_or(w);
        if head.eq_ignore_ascii_case("you") || head.eq_ignore_ascii_case("your") {
            return false;
        }
        if w.contains("http") || w.contains("www.") {
            return false;
        }
    }
    QUESTION_WORDS.contains(&words)
}

/// Words that address the reader or speak for the site: a short sentence holding one is a call
/// to the reader ("You've read 3 of 5 free articles.", "Catch the latest news here."), not the
/// story's.
const READER_WORDS: &[&str] = &["you", "your", "yours", "our", "ours", "here"];

/// A line that closes like a sentence of its own, with a full stop or `!` (a closing quote or
/// bracket after it), not an ellipsis or a question, and with no [`READER_WORDS`]. The caller
/// has checked the shape (a few words, no sentence break inside, no lower-case start).
pub fn short_sentence(s: &str) -> bool {
    let s = s.trim();
    let body = s.trim_end_matches(['"', '\'', '”', '’', ')', ']']);
    if !(body.ends_with('.') || body.ends_with('!')) || body.ends_with("..") {
        return false;
    }
    let (mut is, mut role) = (false, false);
    let mut read = |w: &[u8]| match word_class(w) {
        WordClass::Reader => false,
        WordClass::Is => {
            is = true;
            true
        }
        WordClass::Role => {
            role = true;
            true
        }
        WordClass::Other => true,
    };
    // An ASCII line's words are apart by ASCII white space alone (`char::is_whitespace`'s
    // tab to return and space): read from its bytes, with no decoding.
    let no_reader = if s.is_ascii() {
        s.as_bytes()
            .split(|b| matches!(b, b'\t'..=b'\r' | b' '))
            .filter(|w| !w.is_empty())
            .all(&mut read)
    } else {
        s.split_whitespace().all(|w| read(w.as_bytes()))
    };
    // "Ann Lee is a reporter for the Courier.": the author's note under a story.
    no_reader && !(is && role)
}

/// What [`short_sentence`] makes of a word.
enum WordClass {
    /// One of [`READER_WORDS`].
    Reader,
    /// "is", "joined": an author's note's verb.
    Is,
    /// One of [`ROLE_WORDS`].
    Role,
    Other,
}

/// The class of a word's first run of ASCII letters (`“You’ve` → `you`), in any case: one
/// compare of its lower-case bytes (the lists are read for every short sentence).
fn word_class(bytes: &[u8]) -> WordClass {
    let start = bytes
        .iter()
        .position(u8::is_ascii_alphanumeric)
        .unwrap_or(bytes.len());
    let run = bytes.get(start..).unwrap_or(&[]);
    // Every listed word opens with one of these letters: most words stop here.
    if !run.first().is_some_and(|b| {
        matches!(
            b.to_ascii_lowercase(),
            b'y' | b'o' | b'h' | b'i' | b'j' | b'r' | b'c' | b'e' | b'w' | b'f'
        )
    }) {
        return WordClass::Other;
    }
    let len = run
        .iter()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(run.len());
    let mut lower = [0u8; 12];
    if len > lower.len() {
        return WordClass::Other;
    }
    for (d, b) in lower.iter_mut().zip(run) {
        *d = b.to_ascii_lowercase();
    }
    let word = lower.get(..len).unwrap_or(&[]);
    if READER_WORDS.iter().any(|r| r.as_bytes() == word) {
        WordClass::Reader
    } else if word == b"is" || word == b"joined" {
        WordClass::Is
    } else if ROLE_WORDS.iter().any(|r| r.as_bytes() == word) {
        WordClass::Role
    } else {
        WordClass::Other
    }
}

/// What a writer is, in an author's note ("… is a reporter for …").
const ROLE_WORDS: &[&str] = &[
    "reporter",
    "correspondent",
    "journalist",
    "columnist",
    "editor",
    "writer",
    "contributor",
    "freelance",
];

/// Words a dateline has at most before the story begins.
const DATELINE_WORDS: usize = 8;

/// Words the story has at least after a dateline.
const DATELINE_STORY_WORDS: usize = 6;

/// A paragraph that opens with a dateline, the first paragraph of a filed story: capitalised
/// words (a place, a date) with a place in capitals, a date or an agency in brackets, then a
/// dash or, after the agency, the story's first capitalised word: `HAYWARD, Calif. (AP) — …`,
/// `PINE HOLLOW — …`, `Tollcross, 5 March 2027 – …`, `New Delhi, Mar 5 (PTI) The …`, or a town
/// and its country apart by a comma (`Muscat, Oman – …`). A
/// standfirst opens with none.
pub fn dateline_opening(s: &str) -> bool {
    may_open_with_dateline(s) && dateline_opening_read(s)
}

/// Whether [`dateline_opening_read`] can say yes, from the line's ASCII bytes: it says no at a
/// word opening with a lower-case letter (the first word not upper-case) before any dash or
/// bracket word, which is where most paragraphs end it ("The council said …"). A byte outside
/// ASCII (a dash, an accent, a space of another kind) leaves the answer to the full reading.
fn may_open_with_dateline(s: &str) -> bool {
    let mut word_start = true;
    let mut first = true;
    for &b in s.as_bytes() {
        if !b.is_ascii() {
            return true;
        }
        // `char::is_whitespace` on ASCII: tab, line feed, vertical tab, form feed, return, space.
        if matches!(b, b'\t'..=b'\r' | b' ') {
            word_start = true;
            continue;
        }
        if word_start {
            if b.is_ascii_lowercase() || (first && !b.is_ascii_uppercase()) {
                return false;
            }
            if b == b'-' || b == b'(' {
                return true;
            }
            first = false;
        }
        word_start = false;
    }
    false
}

/// [`dateline_opening`], read word by word.
pub(super) fn dateline_opening_read(s: &str) -> bool {
    let s = s.trim_start();
    if !s.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let (mut words, mut capitals, mut agency, mut date) = (0, false, false, false);
    // `Muscat, Oman – …`: a town and its country (or state) apart by a comma, in any case.
    let mut place = false;
    let mut tokens = s.split_whitespace().peekable();
    loop {
        let Some(token) = tokens.peek().copied() else {
            return false;
        };
        if matches!(token, "—" | "–" | "-") {
            tokens.next();
            break;
        }
        if agency {
            // After `(AP)` the story may start at once (`… (PTI) The monsoon …`).
            if token.chars().next().is_some_and(char::is_uppercase) {
                break;
            }
            return false;
        }
        tokens.next();
        if token.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
            return false;
        }
        let bare = token.trim_end_matches([',', '.']);
        if let Some(inner) = bare.strip_prefix('(').and_then(|b| b.strip_suffix(')')) {
            if !((2..=12).contains(&inner.len())
                && inner.chars().all(|c| c.is_ascii_alphabetic())
                && inner.starts_with(|c: char| c.is_ascii_uppercase()))
            {
                return false;
            }
            agency = true;
            continue;
        }
        let first = bare.chars().next();
        if first.is_some_and(|c| c.is_ascii_digit()) {
            date = true;
        } else if !first.is_some_and(char::is_uppercase) {
            return false;
        } else if bare.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !bare.chars().any(char::is_lowercase)
        {
            capitals = true;
        }
        words += 1;
        place |= words == 1 && token.ends_with(',');
        if words > DATELINE_WORDS {
            return false;
        }
    }
    words > 0
        && (capitals || agency || date || place && words >= 2)
        && tokens.take(DATELINE_STORY_WORDS).count() >= DATELINE_STORY_WORDS
}

/// Headings over a recipe's list of ingredients, in any case, a colon after them allowed.
const INGREDIENT_HEADINGS: &[&str] = &[
    "ingredients",
    "the ingredients",
    "you will need",
    "you'll need",
    "you’ll need",
    "what you need",
    "what you'll need",
    "what you’ll need",
];

/// A heading over a recipe's ingredients ([`INGREDIENT_HEADINGS`]): "Ingredients", "You will
/// need:".
pub fn ingredients_heading(s: &str) -> bool {
    // Most lines fail on their length or their first byte.
    if s.len() > INGREDIENT_HEADING_BYTES {
        return false;
    }
    let s = s.trim();
    if s.len() > 20
        || !matches!(
            s.as_bytes().first(),
            Some(b'i' | b'I' | b't' | b'T' | b'y' | b'Y' | b'w' | b'W')
        )
    {
        return false;
    }
    let s = s.strip_suffix(':').unwrap_or(s).trim_end();
    INGREDIENT_HEADINGS
        .iter()
        .any(|h| h.eq_ignore_ascii_case(s))
}

/// Bytes an [`ingredients_heading`]'s line has at most, spaces round it included.
const INGREDIENT_HEADING_BYTES: usize = 32;

/// Vulgar fractions a quantity may open with.
const FRACTIONS: &[char] = &['½', '¼', '¾', '⅓', '⅔', '⅛'];

/// Letters a quantity's number may carry glued on ("250g", "1.2l", "400ml", "2tbsp").
const QUANTITY_UNIT_BYTES: usize = 4;

/// A line opening with a quantity, as an ingredient does: a number (`2`, `1.2`, `1/2`, `½`,
/// `1½`, `250g`) and then a word ("2 tbsp olive oil", "250g red lentils, rinsed"). A clock
/// (`10:14`) or a range of scores is no quantity.
pub fn quantity_start(s: &str) -> bool {
    // Most lines open with a letter.
    if s.as_bytes().first().is_some_and(u8::is_ascii_alphabetic) {
        return false;
    }
    let s = s.trim_start();
    // The fractions' UTF-8 opens with 0xC2 (½ ¼ ¾) or 0xE2 (⅓ ⅔ ⅛).
    let opens = match s.as_bytes().first() {
        Some(b) if b.is_ascii_digit() => true,
        Some(0xC2 | 0xE2) => s.starts_with(FRACTIONS),
        _ => false,
    };
    if !opens {
        return false;
    }
    let mut words = s.split_whitespace();
    let first = words.next().unwrap_or("");
    let number_end = first
        .find(|c: char| {
            !(c.is_ascii_digit() || matches!(c, '.' | '/' | ',') || FRACTIONS.contains(&c))
        })
        .unwrap_or(first.len());
    let unit = first.get(number_end..).unwrap_or("");
    let unit_ok =
        unit.len() <= QUANTITY_UNIT_BYTES && unit.bytes().all(|b| b.is_ascii_alphabetic());
    unit_ok
        && words
            .next()
            .is_some_and(|w| w.chars().next().is_some_and(char::is_alphabetic))
}

/// Words a [`roster_line`]'s label has at most ("Subs not used", "Valebridge United (4-3-3)").
const ROSTER_LABEL_WORDS: usize = 5;

/// Bytes before a [`roster_line`]'s colon at most.
const ROSTER_LABEL_BYTES: usize = 48;

/// Words after a [`roster_line`]'s colon at most when it lists no more than one name.
const ROSTER_SHORT_WORDS: usize = 6;

/// A labelled list of names, as a match report's line-ups and a scorecard's notes are: a short
/// capitalised label, a colon, then names or figures apart by commas or semicolons (two at
/// least), or a short entry closed with a stop: "Rovers (4-3-3): Dunmore; Pask, Lowe; Fell.",
/// "Subs not used: Hinds, Vossberg.", "Referee: Ann Lee.", "Attendance: 6,120.".
pub fn roster_line(s: &str) -> bool {
    // The label opens with a capital: most lines fail on their first byte.
    if s.as_bytes()
        .first()
        .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b.is_ascii_punctuation())
    {
        return false;
    }
    let s = s.trim();
    let head = s
        .as_bytes()
        .get(..ROSTER_LABEL_BYTES.min(s.len()))
        .unwrap_or(&[]);
    // Most lines have no colon near their start.
    let Some(colon) = memchr::memchr(b':', head) else {
        return false;
    };
    let (label, rest) = (
        s.get(..colon).unwrap_or(""),
        s.get(colon + 1..).unwrap_or("").trim(),
    );
    let label_words = label.split_whitespace().count();
    if !(1..=ROSTER_LABEL_WORDS).contains(&label_words)
        || !label.starts_with(|c: char| c.is_uppercase())
        || !rest.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    {
        return false;
    }
    // A comma inside a figure ("6,120") parts no names.
    let separators = rest
        .as_bytes()
        .windows(2)
        .filter(|w| matches!(w, [b',' | b';', b' ']))
        .count();
    separators >= 2 || (s.ends_with('.') && rest.split_whitespace().count() <= ROSTER_SHORT_WORDS)
}

/// The line opens with a byline: "By" and a capitalised word.
pub fn byline_start(s: &str) -> bool {
    // The first word is `by` in any case: most lines fail on their first two bytes.
    if !s
        .as_bytes()
        .get(..2)
        .is_some_and(|b| b.eq_ignore_ascii_case(b"by"))
    {
        return false;
    }
    let mut words = s.split_whitespace();
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    first.eq_ignore_ascii_case("by") && second.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Longest page-number line in bytes ("Page 1234 of 1234" with room for spaces).
const PAGE_NUMBER_BYTES: usize = 24;

/// A page number alone on its line, as a document pasted from a PDF or a print layout has
/// them: `Page 3 of 12`, `Page 3`, `p. 3`, `3 of 12`, `- 3 -`.
pub fn page_number(s: &str) -> bool {
    if s.len() > PAGE_NUMBER_BYTES || !s.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let number = |w: &str| (1..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    let page = |w: &str| {
        ["page", "p.", "pg", "pg."]
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p))
    };
    let of = |w: &str| w.eq_ignore_ascii_case("of");
    let dash = |w: &str| matches!(w, "-" | "–" | "—");
    let words: Vec<&str> = s.split_whitespace().collect();
    match words.as_slice() {
        [p, n] => page(p) && number(n),
        [p, n, o, m] => page(p) && number(n) && of(o) && number(m),
        [a, b, c] => (number(a) && of(b) && number(c)) || (dash(a) && number(b) && dash(c)),
        _ => false,
    }
}

/// A number of one to three digits alone on its line (`2`, `14`): a PDF's page number where a
/// running head stands beside it (see `features::running_head`), else a count or a figure.
pub fn bare_number(s: &str) -> bool {
    let s = s.trim();
    (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credit_tails() {
        let cases: &[(&str, bool)] = &[
            ("The minister leaves Downing Street (PA)", true),
            ("Crowds at the parade on Sunday (AP Photo/Jane Roe)", true),
            ("Fans at the ground (Getty Images)", true),
            ("He joined the World Health Organization (WHO).", false),
            ("The figures were revised (see below)", false),
            ("(PA)", false),
            (
                "The treasurer at a press conference on Tuesday. (AAP: Jo Smith)",
                true,
            ),
            ("Rescuers at the quarry (ABC News: Sam Lee)", true),
            ("The family at home last spring. (Supplied: Ann Moe)", true),
            (
                "Turnout rose in every ward (Source: council figures)",
                false,
            ),
            ("Two groups met (Note: both sides agreed)", false),
            ("The rule was changed (Ratio: 3 to 1)", false),
        ];
        for (line, want) in cases {
            assert_eq!(credit_tail(line), *want, "{line}");
        }
    }

    #[test]
    fn question_subheads() {
        let cases: &[(&str, &str, bool)] = &[
            (
                "a section's question",
                "Which ferry routes are the most popular?",
                true,
            ),
            (
                "why question",
                "Why did the council change its mind on the bridge?",
                true,
            ),
            (
                "asks the reader to share",
                "Would you take a moment to share this story?",
                false,
            ),
            (
                "asks the reader's inbox",
                "Want the latest news in your inbox every morning?",
                false,
            ),
            ("too short", "Already a subscriber?", false),
            (
                "not a question",
                "Which ferry routes are the most popular",
                false,
            ),
            (
                "lower-case start",
                "which ferry routes are the most popular?",
                false,
            ),
            (
                "a request with a question mark",
                "Share this story with friends, please?",
                false,
            ),
        ];
        for (name, line, want) in cases {
            assert_eq!(question_subhead(line), *want, "{name}");
        }
    }

    #[test]
    fn page_numbers() {
        let cases: &[(&str, bool)] = &[
            ("Page 3 of 12", true),
            ("PAGE 3", true),
            ("p. 14", true),
            ("3 of 12", true),
            ("– 7 –", true),
            ("Page 3 of the report", false),
            ("3 of 12 councillors voted against", false),
            ("Pages 3-4", false),
            ("Chapter 3", false),
            ("2030", false),
            ("12 of the 40", false),
        ];
        for (line, want) in cases {
            assert_eq!(page_number(line), *want, "{line}");
        }
    }
}
