//! Tests of line shapes: plain marks, packed runs, measured lines and line ends.

use super::*;

#[test]
fn plain_marks_are_neither_letters_digits_nor_space() {
    let marks: Vec<char> = ('\u{80}'..='\u{2100}')
        .filter(|&c| is_plain_mark(c))
        .collect();
    assert!(marks.len() == 95 && marks.contains(&'£') && marks.contains(&'’'));
    for c in marks {
        assert!(!c.is_alphanumeric() && !c.is_whitespace(), "{c:?}");
        assert!(!c.is_uppercase() && !c.is_lowercase(), "{c:?}");
    }
}

#[test]
fn runs_pack_as_bytes_one_by_one() {
    // Runs of 1 to 12 bytes after 0 to 7 packed bytes, at the slice's end or not.
    let text = b"abcdefghijKLMNOPQRstuv0123456789wxyz";
    for before in 0..8 {
        for len in 1..=12 {
            for start in [0, text.len() - len] {
                let mut runs = KeyHasher::default();
                let mut bytes = KeyHasher::default();
                for b in text.iter().take(before) {
                    runs.push_ascii(b | 0x20);
                    bytes.push_ascii(b | 0x20);
                }
                runs.push_run(text, start, start + len);
                for b in &text[start..start + len] {
                    bytes.push_ascii(b | 0x20);
                }
                assert_eq!(runs.finish(), bytes.finish(), "{before} {len} {start}");
            }
        }
    }
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

#[test]
fn line_ends_from_two_bytes_match_the_character_walk() {
    let ends = [
        "", "a", "A", "z.", ".", "!", "?", ":", ";", "\"", "'", ")", "]", "*", "…", "。", "”", "’",
        "»", "«", "“", "‘", "x\"", "x.)", "é", "É", "0", " ", "-", "ß", "Ⅻ", "😀",
    ];
    for a in ends {
        for b in ends {
            for middle in ["", " mid ", "x"] {
                let line = format!("{a}{middle}{b}");
                let mut fast = Shape::default();
                fast.mark_ends(&line);
                let mut full = Shape::default();
                full.mark_ends_by_chars(&line);
                assert_eq!(fast, full, "{line:?}");
            }
        }
    }
}

#[test]
fn alnum_runs_end_where_the_byte_loop_ends() {
    // Every byte value at every lane of a run, runs starting at every offset, near the end.
    let by_bytes = |bytes: &[u8], mut at: usize| {
        while bytes.get(at).is_some_and(|&c| c.is_ascii_alphanumeric()) {
            at += 1;
        }
        at
    };
    for b in 0..=255u8 {
        for at in 0..20 {
            let mut text = b"aZ09mzAY0189xyQRaz9Mp0".to_vec();
            if let Some(slot) = text.get_mut(at) {
                *slot = b;
            }
            for start in 0..text.len() {
                assert_eq!(
                    alnum_run_end(&text, start),
                    by_bytes(&text, start),
                    "{b:#x} at {at} from {start}"
                );
            }
        }
    }
}
