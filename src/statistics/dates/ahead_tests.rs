//! `announced` (one `match` on each token's lower case) against the word lists it replaced,
//! tested word by word with `Cx::is_any` as `figs29` and `figs30` wrote it, at every token of generated
//! clauses: the lists' words in three cases, the words tested after and before them, marks
//! that end a sentence, digits, and look-alikes one letter off.

use super::*;
use crate::statistics::tokens::{tokenize, Words};
use crate::test_rng::XorShift;

const TO_COME: &[&str] = &[
    "will",
    "shall",
    "scheduled",
    "rescheduled",
    "slated",
    "due",
    "expected",
    "planned",
    "plans",
    "upcoming",
    "forthcoming",
    "set",
    "aims",
    "intends",
    "hopes",
    "pledged",
    "vowed",
    "promised",
    "expect",
    "expects",
];

const WITH_TO: &[&str] = &[
    "plans", "aims", "intends", "hopes", "pledged", "vowed", "promised", "expect", "expects",
];

const PAST: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "said",
    "told",
    "ago",
    "yesterday",
    "last",
];

const MODALS: &[&str] = &["could", "might", "should", "would", "must"];

const SCHEDULE_PRESENT: &[&str] = &[
    "starts",
    "begins",
    "opens",
    "reopens",
    "closes",
    "resumes",
    "launches",
    "expires",
    "finishes",
    "concludes",
    "commences",
];

/// `announced` as `figs29` wrote it, with `figs30`'s modals and verbs of a start or end.
fn announced_by_lists(cx: &Cx, start: usize, weekday: bool) -> bool {
    let mut k = start;
    while k > 0 && start - k < REACH && !cx.sentence_start(k) {
        k -= 1;
        if cx.is_any(k, PAST) {
            return false;
        }
        if cx.is_any(k, MODALS) {
            return !cx.is(k + 1, "have");
        }
        if !weekday && cx.is_any(k, SCHEDULE_PRESENT) {
            return true;
        }
        if !cx.is_any(k, TO_COME) {
            continue;
        }
        if cx.is_any(k, WITH_TO) && !cx.is(k + 1, "to")
            || cx.is(k, "set") && !cx.is_any(k + 1, &["for", "to"])
            || cx.is(k, "due") && !cx.is_any(k + 1, &["for", "on", "in", "by"])
        {
            continue;
        }
        if cx.is(k, "expected") && k > 0 && cx.is_any(k - 1, &["than", "as"]) {
            continue;
        }
        let before = |j: usize| k >= j && cx.is_any(k - j, &["was", "were", "had", "been", "once"]);
        return !(before(1) || before(2));
    }
    false
}

/// The words the clauses are made of.
fn vocabulary() -> Vec<String> {
    let mut plain: Vec<String> = TO_COME
        .iter()
        .chain(PAST)
        .chain(MODALS)
        .chain(SCHEDULE_PRESENT)
        .chain(&[
            "have", "to", "for", "on", "in", "by", "than", "as", "been", "once", "the", "Monday",
            "June", "1", "2026", ".", ",", "?", ":", "\n", "“", "it", "wills", "sets", "planed",
            "pas", "expect", "dues",
        ])
        .map(|w| w.to_string())
        .collect();
    // One letter off: "wil", "xill".
    for w in TO_COME
        .iter()
        .chain(PAST)
        .chain(MODALS)
        .chain(SCHEDULE_PRESENT)
    {
        plain.push(w[1..].to_string());
        plain.push(format!("x{}", &w[1..]));
    }
    let mut words = Vec::new();
    for w in plain {
        let mut title = w.clone();
        if let Some(first) = title.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        words.push(w.to_ascii_uppercase());
        words.push(title);
        words.push(w);
    }
    words.sort();
    words.dedup();
    words
}

#[test]
fn roles_read_as_the_lists_do() {
    let words = vocabulary();
    let mut rng = XorShift::new(0x2545_f491_4f6c_dd1d);
    let mut next = |n: usize| rng.below(n);
    let (mut asked, mut announced_ones) = (0, 0);
    for _ in 0..4000 {
        let len = 3 + next(16);
        let text = (0..len)
            .map(|_| words[next(words.len())].as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let mut toks = Vec::new();
        let mut table = Words::default();
        tokenize(&text, &mut toks, &mut table);
        let cx = Cx::new(&text, &toks, &table);
        for start in 0..=toks.len() {
            for weekday in [false, true] {
                let new = announced(&cx, start, weekday, super::REACH);
                let old = announced_by_lists(&cx, start, weekday);
                assert_eq!(new, old, "{text:?} at token {start}, weekday {weekday}");
                asked += 1;
                announced_ones += usize::from(new);
            }
        }
    }
    // Both answers are common, so the comparison can fail.
    assert!(
        asked > 40_000 && announced_ones > 2_000,
        "{asked} {announced_ones}"
    );
}

/// Every word of the lists has its role in each case; words one letter off have none.
#[test]
fn every_listed_word_has_its_role() {
    for w in TO_COME {
        assert!(!matches!(role(w), Role::Other | Role::Past), "{w}");
    }
    for w in WITH_TO {
        assert_eq!(role(w), Role::WithTo, "{w}");
    }
    for w in PAST {
        assert_eq!(role(w), Role::Past, "{w}");
    }
    for w in MODALS {
        assert_eq!(role(w), Role::Modal, "{w}");
    }
    for w in SCHEDULE_PRESENT {
        assert_eq!(role(w), Role::StartOrEnd, "{w}");
    }
    for w in TO_COME
        .iter()
        .chain(PAST)
        .chain(MODALS)
        .chain(SCHEDULE_PRESENT)
    {
        assert_eq!(role(&w[1..]), Role::Other, "{w}");
        // ("expect" and "expects" are both listed.)
        let plural = format!("{w}s");
        if !TO_COME.contains(&plural.as_str()) {
            assert_eq!(role(&plural), Role::Other, "{w}");
        }
    }
}

/// The WASM build's list of roles gives the native `match`'s answer for every word of the
/// generated clauses, lower-cased, and for the listed words themselves.
#[test]
fn the_wasm_list_of_roles_is_the_match() {
    let words = vocabulary();
    let lower = words.iter().map(|w| w.to_lowercase());
    let listed = ROLES.iter().map(|(w, _)| (*w).to_string());
    let mut roles = 0;
    for w in lower.chain(listed) {
        assert_eq!(listed_role(&w), role(&w), "{w}");
        roles += usize::from(role(&w) != Role::Other);
    }
    assert!(roles >= ROLES.len(), "{roles}");
}
