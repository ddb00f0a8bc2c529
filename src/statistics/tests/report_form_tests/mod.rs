//! Named table tests of figures as sports, court, election, earnings, housing and weather
//! reports write them, each class against its look-alike: "up to" as a bound is no rise; "rose
//! by $2bn to $18bn" is a change and its level, not a range; a margin in words is positive;
//! bounds written after the figure ("65 and over", "five or more"); counts of quarters of a
//! year; "fiscal 2025"; ordinals in compounds of time or order ("a 12th-minute penalty"); how
//! long something took ("fell in 24 hours", "won in 30min 12.45sec"). Every sentence is made up.

use super::*;

mod amounts;
mod bounds_ages_and_periods;
mod estimates;
mod labels_and_guesses;
mod left_classes;
mod names;
mod names_and_addresses;
mod people;
mod points;
mod prices;
mod ranks;
mod readers;
mod reports;
mod results;
mod results_in_tables;
mod scholarly;
mod science;
mod time_taken;
mod times;
mod titles_and_parts;

/// Every statistic of `text` as one line: kind, covered text, then the fields it has.
pub(super) fn lines(text: &str) -> Vec<String> {
    annotate(text)
        .into_iter()
        .filter_map(|a| {
            let covered = a.text(text).to_string();
            let annotation::Detail::Statistic(d) = a.detail else {
                return None;
            };
            let x = d.extra();
            let mut line = format!("{} {covered:?}", a.kind);
            if let Some(v) = d.value_of() {
                line += &format!(" value={v}");
            }
            if let Some(u) = d.unit() {
                line += &format!(" unit={u}");
            }
            if let Some(p) = &x.per {
                line += &format!(" per={p}");
            }
            if let Some([a, b]) = x.score {
                line += &format!(" score={a}-{b}");
            }
            if let Some(q) = x.qualifier {
                line += &format!(" qualifier={q}");
            }
            if let Some(m) = x.min {
                line += &format!(" min={m}");
            }
            if let Some(m) = x.max {
                line += &format!(" max={m}");
            }
            if let Some(iso) = &x.iso {
                line += &format!(" iso={iso}");
            }
            if let Some(c) = &x.change {
                line += &format!(" change={:?}", c.direction);
            }
            Some(line)
        })
        .collect()
}

/// (case, sentence, line): the sentence must give a figure with exactly that line.
pub(super) fn check(cases: &[(&str, &str, &str)]) {
    let mut names = std::collections::HashSet::new();
    for (name, text, want) in cases {
        assert!(names.insert(*name), "{name}: the case name is used twice");
        let got = lines(text);
        assert!(
            got.iter().any(|l| l == want),
            "{name}: {want:?} not in {got:#?}"
        );
    }
}

/// (case, sentence, text): no figure of the sentence covers exactly `text`.
pub(super) fn absent(cases: &[(&str, &str, &str)]) {
    for (name, text, span) in cases {
        let got = lines(text);
        let quoted = format!(" {span:?}");
        assert!(
            !got.iter().any(|l| l.contains(&quoted)),
            "{name}: {span:?} read as a figure in {got:#?}"
        );
    }
}

/// (case, sentence, text): no figure of the sentence covers exactly `text` as a score.
pub(super) fn no_score(cases: &[(&str, &str, &str)]) {
    for (name, text, span) in cases {
        let got = lines(text);
        let quoted = format!(" {span:?}");
        assert!(
            !got.iter()
                .any(|l| l.contains(&quoted) && l.contains(" score=")),
            "{name}: {span:?} read as a score in {got:#?}"
        );
    }
}

/// (case, sentence, line): some figure of the sentence prints as `line` or starts with it and
/// a space (its value, unit, … after).
pub(super) fn has(cases: &[(&str, &str, &str)]) {
    let mut names = std::collections::HashSet::new();
    for (name, text, want) in cases {
        assert!(names.insert(*name), "{name}: the case name is used twice");
        let got = lines(text);
        assert!(
            got.iter()
                .any(|l| l == want || l.starts_with(&format!("{want} "))),
            "{name}: {want:?} not in {got:#?}"
        );
    }
}

/// (case, sentence, line): no figure of the sentence prints as `line` or starts with it and a
/// space.
pub(super) fn lacks(cases: &[(&str, &str, &str)]) {
    for (name, text, bad) in cases {
        let got = lines(text);
        assert!(
            !got.iter()
                .any(|l| l == bad || l.starts_with(&format!("{bad} "))),
            "{name}: {bad:?} in {got:#?}"
        );
    }
}
