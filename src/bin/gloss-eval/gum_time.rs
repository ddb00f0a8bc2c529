//! Scores the statistics layer's dates and times on GUM's TIME spans
//! (`../shared/data/gum-dev/docs.jsonl`, `time`): each document's raw text through
//! `gloss::annotate` (figures only), our DATE, TIME and DURATION figures (the statistics kinds
//! that are times; an age is a QUANTITY and is not scored) against the gold spans, by the same
//! fixed held-out split of document ids as `gloss-eval gum`.
//!
//! What is comparable. GUM marks every time mention, whole noun phrases included: "2014",
//! "16 July 1860", "the late 1980s", "90 days", but also "the evening", "the Crusades", "their
//! stay", "a substantial period of no exposure", which no figure reader sets out to find. So:
//!
//! - **Findable** gold spans are those a figure reader should find: the span holds a digit, a
//!   month or weekday name, a number word ("one" … "twenty", the tens, "hundred", "thousand",
//!   "million", "dozen", "half"), or a calendar word: a unit of time ("second" … "millennium",
//!   "weekend", "fortnight", singular or plural) or a day word ("today", "tomorrow",
//!   "yesterday", "tonight"). Whole words, any case ([`findable`]). Recall is reported on them and on all.
//! - **Exact**: our span is GUM's, or GUM's without a leading "the" (our convention keeps a
//!   function word before a date outside: "the 1990s" → `1990s`, README "What a figure's span
//!   covers"). **Overlap**: our span shares a character with GUM's.
//! - Precision counts each of our figures once, against all GUM time spans: a figure that
//!   matches none (exactly, or by overlap) is wrong. A figure that matches only a span that is
//!   not findable is right for precision on every row. GUM leaves some times unmarked, so
//!   precision is a lower bound: of the 29 figures of main that matched no GUM span in the tuned
//!   part, about 22 are times GUM does not mark (a recurrence adverb, "daily", "annually",
//!   "everyday"; "right now"; a date or length that modifies a noun, "the 2004 Olympics",
//!   "a five-minute walk", "24-hour diners", "19th-century architecture"; a date in a title,
//!   "Friday the 13th"), and 7 were wrong ("Sun" of "Sun Valley", a page "p. 1225", "Rule
//!   2016", "the 30s°F", a price range). `--errors` lists the tuned part's unmatched figures.
//! - Kept apart on purpose (our convention, README "What a figure's span covers", differs from
//!   GUM's): GUM splits a range into its two ends ("1890 – 91", "from May to September") and a
//!   weekday from its date ("Tuesday, September 1, 2015"), keeps bound words ("about two
//!   years", "nearly two decades") and a noun's whole phrase ("five days before his death")
//!   inside, "since"/"until"/"ago"/"later" outside; an age ("20 years old", "her 80s") is our
//!   QUANTITY and is not scored. These count as exact misses and overlap hits.
//!
//! The headline (`--min`) is the exact F1 on findable spans; `--min-overlap` floors the overlap
//! F1 on findable spans.

use gloss::{annotate, Layer};
use serde_json::Value;

use crate::args::{self, clears};
use crate::scores::{fraction, held_out};
use crate::statistics::figures_only;

const DEFAULT_FILE: &str = "../shared/data/gum-dev/docs.jsonl";
const KINDS: [&str; 3] = ["DATE", "TIME", "DURATION"];

/// The words that make a time span findable (lower case; a plural "s" is also taken).
const WORDS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "dozen",
    "half",
    "second",
    "minute",
    "hour",
    "day",
    "week",
    "weekend",
    "fortnight",
    "month",
    "year",
    "decade",
    "century",
    "centuries",
    "millennium",
    "millennia",
    "today",
    "tomorrow",
    "yesterday",
    "tonight",
];

struct Doc {
    id: String,
    text: String,
    /// Gold spans in bytes.
    gold: Vec<(usize, usize)>,
}

/// Counts of one scoring: gold spans found of all, our figures right of all.
#[derive(Default, Clone, Copy)]
struct Tally {
    gold_found: usize,
    gold: usize,
    ours_right: usize,
    ours: usize,
}

impl Tally {
    fn precision(&self) -> f64 {
        ratio(self.ours_right, self.ours)
    }
    fn recall(&self) -> f64 {
        ratio(self.gold_found, self.gold)
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Whether a gold span is one a figure reader should find (the module's rule).
pub fn findable(span: &str) -> bool {
    span.split(|c: char| !c.is_alphanumeric())
        .any(|w| w.chars().any(|c| c.is_ascii_digit()) || is_word(&w.to_lowercase()))
}

fn is_word(w: &str) -> bool {
    WORDS.contains(&w) || w.strip_suffix('s').is_some_and(|s| WORDS.contains(&s))
}

/// Whether our span `o` matches gold `g` exactly, up to GUM's leading "the".
fn exact(text: &str, g: (usize, usize), o: (usize, usize)) -> bool {
    if g == o {
        return true;
    }
    let bare = text
        .get(g.0..g.1)
        .and_then(|s| s.strip_prefix("the ").or_else(|| s.strip_prefix("The ")))
        .map(|rest| (g.1 - rest.len(), g.1));
    bare == Some(o)
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

pub fn run(args: &[String]) -> Result<bool, String> {
    let mut min_overlap = None;
    let common = args::parse(args, |flag, rest| {
        if flag == "--min-overlap" {
            min_overlap = Some(fraction(flag, rest)?);
            return Ok(true);
        }
        Ok(false)
    })?;
    let file = common.path_or(DEFAULT_FILE);
    let raw = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    let docs = parse(&raw).map_err(|e| format!("{}: {e}", file.display()))?;
    let options = figures_only();
    // exact all, exact findable, overlap all, overlap findable
    let mut t = [Tally::default(); 4];
    let mut n = 0;
    for doc in docs.iter().filter(|d| common.part.keeps(&d.id)) {
        n += 1;
        let ours: Vec<(usize, usize, &'static str)> = annotate(&doc.text, &options)
            .into_iter()
            .filter(|a| a.layer() == Layer::Statistic && KINDS.contains(&a.kind))
            .map(|a| (a.span.start, a.span.end, a.kind))
            .collect();
        let show = common.verbose && !held_out(&doc.id);
        if show {
            println!("== {}", doc.id);
        }
        let text = doc.text.as_str();
        let piece = |s: usize, e: usize| text.get(s..e).unwrap_or("");
        for &g in &doc.gold {
            let find = findable(piece(g.0, g.1));
            let ex = ours.iter().any(|o| exact(text, g, (o.0, o.1)));
            let ov = ours.iter().any(|o| overlaps(g, (o.0, o.1)));
            for (k, hit) in [(0, ex), (2, ov)] {
                t[k].gold += 1;
                t[k].gold_found += usize::from(hit);
                if find {
                    t[k + 1].gold += 1;
                    t[k + 1].gold_found += usize::from(hit);
                }
            }
            if show && find && !ex {
                let near: Vec<&str> = ours
                    .iter()
                    .filter(|o| overlaps(g, (o.0, o.1)))
                    .map(|o| piece(o.0, o.1))
                    .collect();
                if near.is_empty() {
                    let (a, b) = (floor(text, g.0.saturating_sub(40)), ceil(text, g.1 + 30));
                    println!(
                        "missed {:?} in {:?}",
                        piece(g.0, g.1),
                        piece(a, b).replace('\n', " ")
                    );
                } else {
                    println!("span   {:?} ours {near:?}", piece(g.0, g.1));
                }
            }
        }
        for o in &ours {
            let span = (o.0, o.1);
            let ex = doc.gold.iter().any(|&g| exact(text, g, span));
            let ov = doc.gold.iter().any(|&g| overlaps(g, span));
            for (k, hit) in [(0, ex), (1, ex), (2, ov), (3, ov)] {
                t[k].ours += 1;
                t[k].ours_right += usize::from(hit);
            }
            if show && !ov {
                let (a, b) = (floor(text, o.0.saturating_sub(40)), ceil(text, o.1 + 30));
                println!(
                    "wrong  {} {:?} in {:?}",
                    o.2,
                    piece(o.0, o.1),
                    piece(a, b).replace('\n', " ")
                );
            }
        }
    }
    println!(
        "gum-time ({}): {n} documents ({} part); DATE, TIME and DURATION against GUM's TIME",
        file.display(),
        common.part.name()
    );
    println!(
        "{:<18}  {:>9}  {:>6}  {:>6}  {:>11}  {:>11}",
        "", "precision", "recall", "F1", "gold found", "ours right"
    );
    let names = [
        "exact, all",
        "exact, findable",
        "overlap, all",
        "overlap, findable",
    ];
    for (name, c) in names.iter().zip(&t) {
        println!(
            "{name:<18}  {:>9.3}  {:>6.3}  {:>6.3}  {:>5} / {:<4}  {:>5} / {:<4}",
            c.precision(),
            c.recall(),
            c.f1(),
            c.gold_found,
            c.gold,
            c.ours_right,
            c.ours
        );
    }
    let headline = clears("gum-time exact findable F1", t[1].f1(), common.min);
    Ok(clears("gum-time overlap findable F1", t[3].f1(), min_overlap) && headline)
}

fn floor(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The documents of a GUM JSON Lines file with their `time` spans (code points → bytes).
fn parse(jsonl: &str) -> Result<Vec<Doc>, String> {
    let mut docs = Vec::new();
    for (n, line) in jsonl.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(line).map_err(|e| format!("line {}: {e}", n + 1))?;
        let text = v["text"]
            .as_str()
            .ok_or("a record has no text")?
            .to_string();
        let bytes: Vec<usize> = text
            .char_indices()
            .map(|(b, _)| b)
            .chain([text.len()])
            .collect();
        let mut gold = Vec::new();
        for e in v["time"].as_array().map(Vec::as_slice).unwrap_or(&[]) {
            let (Some(s), Some(t)) = (e["start"].as_u64(), e["end"].as_u64()) else {
                continue;
            };
            if let (Some(&a), Some(&b)) = (bytes.get(s as usize), bytes.get(t as usize)) {
                gold.push((a, b));
            }
        }
        docs.push(Doc {
            id: v["doc"].as_str().unwrap_or("").to_string(),
            text,
            gold,
        });
    }
    Ok(docs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn findable_by_the_rule() {
        for s in [
            "2014",
            "the late 1980s",
            "90 days",
            "a few months",
            "September",
            "today",
        ] {
            assert!(findable(s), "{s}");
        }
        for s in [
            "the evening",
            "the Crusades",
            "their stay",
            "a substantial period",
        ] {
            assert!(!findable(s), "{s}");
        }
    }

    #[test]
    fn exact_up_to_a_leading_the() {
        let text = "in the 1990s";
        assert!(exact(text, (3, 12), (7, 12)));
        assert!(exact(text, (7, 12), (7, 12)));
        assert!(!exact(text, (3, 12), (8, 12)));
    }
}
