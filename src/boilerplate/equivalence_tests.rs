//! The fast line scanners against the plain implementations they replaced (kept here as the
//! reference): on random lines, both must agree exactly, so the layer's output is unchanged.

use proptest::prelude::*;

use aho_corasick::{AhoCorasickBuilder, MatchKind};

use super::lexicon::{self, Hits};
use super::shape::{self, Shape};
use super::{features, lines, model, stamps};

/// Words and pieces that exercise every branch: stopwords, cue phrases, stamps, apostrophes,
/// separators, e-mail and web addresses, non-Latin letters, odd case mappings, odd spaces.
const PIECES: &[&str] = &[
    "the",
    "The",
    "THE",
    "don't",
    "It’s",
    "its",
    "themselves",
    "O'Neill",
    "dogs'",
    "’",
    "'",
    "Home",
    "sign up for",
    "Sign-up",
    "newsletter",
    "read more",
    "Getty Images",
    "(PA Archive)",
    "(AP Photo/Jane Roe)",
    "©",
    "watch:",
    "photo:",
    "editor's picks",
    "by",
    "By Jane",
    "ago",
    "3 hours ago",
    "2h",
    "14min",
    "X5h",
    "Yesterday",
    "yesterday,",
    "Nov 19, 2031,",
    "9:02 AM",
    "10am",
    "2031-03-04",
    "02/02/2031",
    "4.3.31",
    "6-4",
    "12",
    "May",
    "march",
    "http://x.example",
    "WWW.example",
    "hTTp",
    "desk@example.com",
    "@x",
    "a@b",
    "|",
    "/",
    "•",
    "·",
    "»",
    "›",
    ",",
    ".",
    "!",
    "?",
    "…",
    "。",
    "\"",
    "“",
    "”",
    "«",
    ")",
    "]",
    "*",
    ":",
    ";",
    "-",
    " ",
    " ",
    "  ",
    "\t",
    "\u{a0}",
    "\u{3000}",
    "\u{2009}",
    "\u{85}",
    "12•",
    ";4;",
    "(9:02)",
    "|2031.",
    "東京",
    "Москва",
    "Σίσυφος",
    "ΣΑΣ",
    "İstanbul",
    "\u{212a}elvin",
    "ǅemal",
    "ß",
    "Straße",
    "½",
    "²",
    "٣",
    "🎉",
    "éclair",
    "ÉCOLE",
    "\u{301}",
    "x",
    "Q",
    "7",
];

fn line_strategy() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(PIECES),
            prop::sample::select(&[" ", "", " ", ", "][..]),
        ),
        0..30,
    )
    .prop_map(|parts| parts.into_iter().map(|(a, b)| format!("{a}{b}")).collect())
}

fn text_strategy() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            line_strategy(),
            prop::sample::select(&["\n", "\n\n", "\r\n", "\r", " \n \u{a0}\n"][..]),
        ),
        0..12,
    )
    .prop_map(|parts| parts.into_iter().map(|(a, b)| format!("{a}{b}")).collect())
}

// ---- the reference implementations (the code before the single-pass scanners) ----

fn reference_shape(line: &str) -> Shape {
    fn count_word(s: &mut Shape, word: &str) {
        if word.is_empty() {
            return;
        }
        s.words += 1;
        if word.chars().next().is_some_and(|c| c.is_uppercase()) {
            s.capitalised += 1;
        }
        if shape::is_stopword(word) {
            s.stopwords += 1;
        }
    }
    let mut s = Shape::default();
    let mut word_start: Option<usize> = None;
    let mut prev: Option<char> = None;
    for (i, c) in line.char_indices() {
        s.tally(c);
        if c.is_alphanumeric() {
            if word_start.is_none() {
                word_start = Some(i);
            }
        } else {
            let inner_apostrophe = matches!(c, '\'' | '’') && word_start.is_some();
            if !inner_apostrophe {
                if let Some(start) = word_start.take() {
                    count_word(&mut s, &line[start..i]);
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
        count_word(&mut s, &line[start..]);
    }
    s.mark_ends(line);
    let email = line.split_whitespace().any(|w| {
        let at = w.find('@');
        at.is_some_and(|p| p > 0 && w.get(p + 1..).is_some_and(|d| d.contains('.')))
    });
    s.url_like =
        shape::contains_ascii_ci(line, "http") || shape::contains_ascii_ci(line, "www.") || email;
    s
}

/// What the line key stood for: the line's letters and digits, lowercased.
fn reference_key(line: &str) -> String {
    line.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn reference_hits(line: &str) -> Hits {
    let phrases = lexicon::phrases();
    let ac = AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .build(phrases.iter().map(|p| p.0))
        .expect("automaton");
    // The line with each run of spaces and no-break spaces as one space, and where each byte
    // of it starts and ends in the line.
    let mut folded = String::new();
    let mut starts = Vec::new();
    let mut ends = Vec::new();
    for (at, c) in line.char_indices() {
        let space = c == ' ' || c == '\u{a0}';
        if space && folded.ends_with(' ') {
            if let Some(end) = ends.last_mut() {
                *end = at + c.len_utf8();
            }
            continue;
        }
        let len = c.len_utf8();
        let c = if space { ' ' } else { c };
        for byte in 0..c.len_utf8() {
            starts.push(at + byte);
            ends.push(if space { at + len } else { at + byte + 1 });
        }
        folded.push(c);
    }
    let word = |c: Option<char>| {
        c.is_some_and(|c| c.is_ascii_alphanumeric() || (!c.is_ascii() && c != '\u{a0}'))
    };
    let mut hits = Hits::default();
    for m in ac.find_overlapping_iter(&folded) {
        let (phrase, cue, strong) = phrases[m.pattern().as_usize()];
        let (start, end) = (starts[m.start()], ends[m.end() - 1]);
        let first_is_word = phrase
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b >= 0x80);
        let last_is_word = phrase
            .bytes()
            .last()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b >= 0x80);
        let before_ok = !first_is_word || !word(line[..start].chars().next_back());
        let after_ok = !last_is_word || !word(line[end..].chars().next());
        if before_ok && after_ok {
            hits.any[cue.index()] += 1;
            if strong {
                hits.strong[cue.index()] += 1;
                hits.strong_total += 1;
            }
        }
    }
    hits
}

fn reference_stamps(line: &str) -> stamps::Stamps {
    use stamps::{COMPACT_UNITS, MONTHS, UNITS};
    let any = |w: &str, list: &[&str]| list.iter().any(|m| m.eq_ignore_ascii_case(w));
    let digits = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    let ampm = |w: &str| {
        ["am", "pm", "a.m", "p.m"]
            .iter()
            .any(|m| m.eq_ignore_ascii_case(w))
    };
    let split_digits = |w: &str| {
        let n = w.bytes().take_while(|b| b.is_ascii_digit()).count();
        (w[..n].to_string(), w[n..].to_string())
    };
    let clock = |w: &str| {
        let (d, suffix) = split_digits(w);
        if !suffix.is_empty() && ampm(&suffix) && !d.is_empty() && d.len() <= 2 {
            return true;
        }
        let Some((h, rest)) = w.split_once(':') else {
            return false;
        };
        let (m, suffix) = split_digits(rest);
        digits(h) && h.len() <= 2 && m.len() == 2 && (suffix.is_empty() || ampm(&suffix))
    };
    let numeric_date = |w: &str| {
        ['-', '/', '.'].iter().any(|sep| {
            let parts: Vec<&str> = w.splitn(4, *sep).collect();
            parts.len() == 3
                && parts.iter().all(|p| digits(p) && p.len() <= 4)
                && (parts.iter().any(|p| p.len() == 4) || parts[2].len() == 2)
        })
    };
    let mut s = stamps::Stamps::default();
    let mut window: [&str; 3] = [""; 3];
    for raw in line.split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')') {
        let w = raw.trim_matches(|c: char| matches!(c, '.' | ';' | '|' | '•'));
        if w.is_empty() {
            continue;
        }
        window = [window[1], window[2], w];
        let [a, b, c] = window;
        s.date |= numeric_date(c);
        s.time |= clock(c) || (digits(b) && b.len() <= 2 && ampm(c));
        s.date |= any(c, MONTHS) && digits(b) && b.len() <= 2;
        s.date |= any(b, MONTHS) && digits(c.trim_end_matches(|ch: char| ch.is_alphabetic()));
        let (number, unit) = split_digits(b);
        let compact = (1..=3).contains(&number.len()) && any(&unit, COMPACT_UNITS);
        s.relative |= c.eq_ignore_ascii_case("ago")
            && ((any(b, UNITS)
                && (digits(a) || a.eq_ignore_ascii_case("a") || a.eq_ignore_ascii_case("an")))
                || compact);
        s.relative |= c.eq_ignore_ascii_case("yesterday");
    }
    s
}

fn reference_lines(text: &str) -> Vec<lines::Line> {
    let mut out: Vec<lines::Line> = Vec::new();
    let mut blank_pending = true;
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i <= bytes.len() {
        let at_end = i == bytes.len();
        if at_end || bytes[i] == b'\n' || bytes[i] == b'\r' {
            let raw = &text[start..i];
            let trimmed = raw.trim();
            if trimmed.is_empty() {
                if let Some(last) = out.last_mut() {
                    last.blank_after = true;
                }
                blank_pending = true;
            } else {
                let begin = start + raw.len() - raw.trim_start().len();
                out.push(lines::Line {
                    span: begin..begin + trimmed.len(),
                    blank_before: blank_pending,
                    blank_after: false,
                });
                blank_pending = false;
            }
            if !at_end && bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
            start = i + 1;
        }
        i += 1;
    }
    if let Some(last) = out.last_mut() {
        last.blank_after = true;
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn shape_matches_reference(line in line_strategy()) {
        let line = line.trim();
        prop_assert_eq!(shape::measure(line), reference_shape(line));
    }

    #[test]
    fn stamps_match_reference(line in line_strategy()) {
        let line = line.trim();
        let want = reference_stamps(line);
        prop_assert_eq!(stamps::scan(line), want);
        if want.any() {
            prop_assert!(shape::measure_line(line, false).may_have_stamp);
        }
    }

    #[test]
    fn keys_repeat_exactly_when_the_words_do(a in line_strategy(), b in line_strategy()) {
        // Pairs that differ only in case and punctuation must share a key.
        let b2 = a.to_uppercase().replace(' ', ",");
        for other in [&b, &b2] {
            let same = reference_key(&a) == reference_key(other);
            let same_key = shape::measure_line(&a, false).key == shape::measure_line(other, false).key;
            prop_assert_eq!(same_key, same, "{:?} vs {:?}", a, other);
        }
    }

    #[test]
    fn lines_and_phrases_match_reference(text in text_strategy(), spaces in 0..3usize) {
        // Words joined by spaces, by no-break spaces, or by runs of both.
        let text = match spaces {
            0 => text,
            1 => text.replace(' ', "\u{a0}"),
            _ => text.replacen(' ', "  ", 3).replacen(' ', " \u{a0}", 7),
        };
        let got = lines::split(&text);
        prop_assert_eq!(&got, &reference_lines(&text));
        let cues = lexicon::scan_lines(&text, &got);
        prop_assert_eq!(cues.len(), got.len());
        for (line, cue) in got.iter().zip(&cues) {
            let s = &text[line.span.clone()];
            prop_assert_eq!(cue.hits, reference_hits(s), "{:?}", s);
            let url = shape::contains_ascii_ci(s, "http") || shape::contains_ascii_ci(s, "www.");
            prop_assert_eq!(cue.url, url, "{:?}", s);
        }
    }

    #[test]
    fn column_models_match_row_models(text in text_strategy(), with_html in any::<bool>()) {
        let ls = lines::split(&text);
        let infos = features::describe(&text, &ls);
        let first = ls.first().map_or("", |l| &text[l.span.clone()]);
        let page = format!("<nav><a>{first}</a></nav><p>{text}</p>");
        let html_lines = with_html.then(|| super::html::read(&page, &text, &ls));
        let models = if with_html { model::html_models() } else { model::text_models() };
        prop_assume!(models.fits(with_html));
        let rows1 = features::stage1(&ls, &infos, html_lines.as_deref());
        let p1: Vec<f32> = rows1.iter().map(|r| models.stage1.predict(r)).collect();
        let rows2 = features::stage2(&rows1, &infos, &p1);
        let want: Vec<u32> = rows2.iter().map(|r| models.stage2.predict(r).to_bits()).collect();
        let got: Vec<u32> = model::content_probabilities(&ls, &infos, html_lines.as_deref(), models)
            .iter()
            .map(|p| p.to_bits())
            .collect();
        prop_assert_eq!(got, want);
    }
}
