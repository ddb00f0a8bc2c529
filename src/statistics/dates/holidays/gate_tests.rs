//! The gate of `holiday` (the lexicon's flag and the second token, `second_tokens`) against the
//! matchers run without it: on every name of both lists written in the ways the matchers read
//! ("St." for "saint", hyphens as spaces and spaces as hyphens, possessives with and without
//! their apostrophe), and on every first word followed by many other words, the gated and the
//! full reading agree at every token.

use super::*;
use crate::statistics::holiday_names;
use crate::statistics::tokens::{tokenize, Words};

/// Every token of `text`: the gated reading and the full one (any starter, both lists).
fn check(text: &str, checked: &mut usize) {
    let mut toks = Vec::new();
    let mut words = Words::default();
    tokenize(text, &mut toks, &mut words);
    for caseless in [false, true] {
        let mut cx = Cx::new(text, &toks, &words);
        cx.caseless = caseless;
        for i in 0..toks.len() {
            let full = cx
                .word(i)
                .filter(|w| w.starter)
                .and_then(|_| matched(&cx, i, true));
            let gated = holiday(&cx, i);
            assert_eq!(
                format!("{gated:?}"),
                format!("{full:?}"),
                "{text:?} at token {i} ({:?})",
                cx.s(i)
            );
            *checked += usize::from(full.is_some());
        }
    }
}

/// A name's words as text, in the spellings the matchers read.
fn spellings(words: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    let plain = words.join(" ");
    // "president ' s day" as "president's day", "presidents day", "president’s day".
    let joined = plain.replace(" ' s", "'s");
    let hyphens = joined.replace(" - ", "-");
    for s in [
        plain.clone(),
        joined.clone(),
        plain.replace(" ' s", "s"),
        joined.replace('\'', "’"),
        joined.replace("'s", "s'"),
        hyphens.clone(),
        joined.replace(" - ", " "),
        joined.replace(' ', "-"),
        joined.replace("saint", "St."),
        joined.replace("saint", "st"),
        hyphens.replace("saint", "St"),
    ] {
        // Capitalised, in lower case, and with a year after it.
        let capital: String = s
            .split(' ')
            .map(|w| {
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_uppercase().chain(c).collect::<String>())
                    .unwrap_or_default()
            })
            .collect::<Vec<_>>()
            .join(" ");
        out.push(format!("On {capital} we met."));
        out.push(format!("since {s} 2019"));
        out.push(format!("{s}, then"));
    }
    out
}

#[test]
fn the_gate_turns_away_only_what_no_name_reads() {
    let mut checked = 0;
    // Every word a name of either list may start with.
    let plurals = holiday_names::possessive_first_words()
        .iter()
        .map(|(p, _)| *p);
    let hand_firsts = HOLIDAYS.iter().filter_map(|(words, _)| {
        let w = words.first()?;
        Some(w.strip_suffix("'s").unwrap_or(w))
    });
    let mut firsts: Vec<&str> = holiday_names::first_words()
        .map(|(w, _)| w)
        .chain(plurals)
        .chain(hand_firsts)
        .chain(["st"])
        .collect();
    firsts.sort_unstable();
    firsts.dedup();
    // Every name, written every way.
    let hand = HOLIDAYS.iter().map(|(words, _)| words.to_vec());
    let generated = firsts
        .iter()
        .flat_map(|f| generated_names(f).map(|h| h.words.clone()));
    for words in hand.chain(generated) {
        for text in spellings(&words) {
            check(&text, &mut checked);
        }
    }
    // Every first word before other words: the names' own words, marks and prose.
    let mut next: Vec<String> = [
        "projects", "York", "year", "Years", "day", "Day", "eve", "2019", "in", "of", "the", "'",
        "’", "-", ".", "s", "St", "st", "saint", "weekend", "and", "Zealand", "",
    ]
    .iter()
    .map(|w| w.to_string())
    .collect();
    let mut name_words: Vec<String> = HOLIDAYS
        .iter()
        .flat_map(|(words, _)| words.iter())
        .chain(
            firsts
                .iter()
                .flat_map(|f| generated_names(f).flat_map(|h| h.words.iter())),
        )
        .map(|w| w.to_string())
        .collect();
    name_words.sort_unstable();
    name_words.dedup();
    // Every first word before the fixed words above; every fourth first word also before a
    // seventh of the names' words (the spellings made every first word's cross with them too
    // slow for an unoptimised test build).
    let fixed = next.len();
    next.extend(name_words.into_iter().step_by(7));
    for (k, first) in firsts.iter().enumerate() {
        let followers = if k % 4 == 0 {
            &next[..]
        } else {
            &next[..fixed]
        };
        for n in followers {
            for after in ["", " day", "'s Day 2020", " - fitr", " year's eve"] {
                check(&format!("{first} {n}{after}"), &mut checked);
                check(&format!("{first}{n}{after}"), &mut checked);
                let capital = first.to_uppercase();
                check(&format!("The {capital} {n}{after} was."), &mut checked);
            }
        }
    }
    // The comparison would pass vacuously if no name were read at all.
    assert!(checked > 1000, "only {checked} names read");
}
