//! Scores the statistics layer on Microsoft Recognizers-Text English spec files.
//!
//! Rule: a true positive is an output with exactly the spec's span (spec `Start`/`End` are
//! code points, `End` inclusive), of the spec family's types, and — where the spec resolves a
//! numeric value — the same value. Every other output of that family's types for that input is
//! a false positive; every unmatched spec result a false negative. NotSupported cases count.

use std::path::Path;

use gloss::{annotate, rendered, Options, Unit};
use serde_json::Value;

use crate::args::{self, Common};
use crate::scores::{fraction, held_out, print_table, same_value, Counts, Part};

/// A spec file's family: its name, the file, and our annotation types that answer for it.
struct Family {
    name: &'static str,
    file: &'static str,
    types: &'static [&'static str],
    /// Compare values (false for DateTime: spans only).
    values: bool,
}

const FAMILIES: &[Family] = &[
    Family {
        name: "Number",
        file: "Number-NumberModel.json",
        types: &["CARDINAL", "ORDINAL"],
        values: true,
    },
    Family {
        name: "Percent",
        file: "Number-PercentModel.json",
        types: &["PERCENT"],
        values: true,
    },
    Family {
        name: "Currency",
        file: "NumberWithUnit-CurrencyModel.json",
        types: &["MONEY"],
        values: true,
    },
    Family {
        name: "Dimension",
        file: "NumberWithUnit-DimensionModel.json",
        types: &["QUANTITY"],
        values: true,
    },
    Family {
        name: "Temperature",
        file: "NumberWithUnit-TemperatureModel.json",
        types: &["QUANTITY"],
        values: true,
    },
    Family {
        name: "Age",
        file: "NumberWithUnit-AgeModel.json",
        types: &["QUANTITY", "DURATION"],
        values: true,
    },
    Family {
        name: "DateTime",
        file: "DateTime-DateTimeModel.json",
        types: &["DATE", "TIME", "DURATION"],
        values: false,
    },
];

struct Args {
    common: Common,
    /// Floor of the DateTime span F1 (`--min-dates`).
    min_dates: Option<f64>,
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut min_dates = None;
    let common = args::parse(args, |flag, rest| match flag {
        "--min-dates" => {
            min_dates = Some(fraction(flag, rest)?);
            Ok(true)
        }
        _ => Ok(false),
    })?;
    Ok(Args { common, min_dates })
}

/// One expected result: code-point span (end exclusive) and the value when the spec gives one.
struct Gold {
    start: usize,
    end: usize,
    value: Option<f64>,
    text: String,
}

/// "3000", "13%", "1E-12" → a number; "null" or absent → None.
fn spec_value(resolution: Option<&Value>) -> Option<f64> {
    let v = resolution?.get("value")?.as_str()?;
    v.trim_end_matches('%').parse::<f64>().ok()
}

/// The options every figure scorer annotates with: the statistics layer alone, no locale.
pub fn figures_only() -> Options {
    Options {
        boilerplate: false,
        entities: false,
        ..Options::default()
    }
}

fn score_file(family: &Family, path: &Path, part: Part, verbose: bool) -> Result<Counts, String> {
    let raw = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let cases: Vec<Value> = serde_json::from_str(raw.trim_start_matches('\u{feff}'))
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let options = figures_only();
    let mut counts = Counts::default();
    for case in &cases {
        let input = case
            .get("Input")
            .and_then(Value::as_str)
            .ok_or_else(|| format!("{}: a case without Input", path.display()))?;
        if !part.keeps(input) {
            continue;
        }
        let gold: Vec<Gold> = case
            .get("Results")
            .and_then(Value::as_array)
            .map(|rs| {
                rs.iter()
                    .filter_map(|r| {
                        let start = r.get("Start")?.as_u64()? as usize;
                        let end = r.get("End")?.as_u64()? as usize + 1;
                        let value = if family.values {
                            spec_value(r.get("Resolution"))
                        } else {
                            None
                        };
                        let text = r
                            .get("Text")
                            .and_then(Value::as_str)
                            .unwrap_or("")
                            .to_string();
                        Some(Gold {
                            start,
                            end,
                            value,
                            text,
                        })
                    })
                    .collect()
            })
            .unwrap_or_default();
        let annotations = annotate(input, &options);
        let output = rendered(input, &annotations, Unit::CodePoint);
        let ours: Vec<_> = output
            .items()
            .filter(|a| family.types.contains(&a.kind))
            .collect();
        let chars: Vec<char> = input.chars().collect();
        let mut used = vec![false; ours.len()];
        let mut tp = 0.0;
        let mut missed = Vec::new();
        for g in &gold {
            let hit = ours.iter().enumerate().position(|(k, a)| {
                let end_ok = a.end == g.end || zone_tail(&chars, g.end, a.end);
                let start_ok = a.start == g.start || at_head(family, &g.text, g.start, a.start);
                if used[k] || !start_ok || !end_ok {
                    return false;
                }
                match (g.value, &a.detail) {
                    (None, _) => true,
                    (Some(v), gloss::Detail::Statistic(d)) => {
                        d.value_of().is_some_and(|ours| same_value(ours, v))
                    }
                    _ => false,
                }
            });
            match hit {
                Some(k) => {
                    used[k] = true;
                    tp += 1.0;
                }
                None => missed.push(g),
            }
        }
        let fp = used.iter().filter(|u| !**u).count() as f64;
        counts.add(Counts {
            tp,
            fp,
            fn_: missed.len() as f64,
        });
        // Errors of the held-out part are never shown.
        if verbose && !held_out(input) && (fp > 0.0 || !missed.is_empty()) {
            println!("[{}] {input:?}", family.name);
            for g in &missed {
                println!("    missed {:?} {:?}", g.text, g.value);
            }
            for (k, a) in ours.iter().enumerate() {
                if !used[k] {
                    let v = match &a.detail {
                        gloss::Detail::Statistic(d) => d.value_of(),
                        _ => None,
                    };
                    println!("    extra  {} {:?} {:?}", a.kind, a.text, v);
                }
            }
        }
    }
    Ok(counts)
}

pub fn run(args: &[String]) -> Result<bool, String> {
    let args = parse_args(args)?;
    let dir = args.common.path_or("../shared/data/recognizers");
    let mut rows = Vec::new();
    let mut numbers = Counts::default();
    let mut dates = Counts::default();
    for family in FAMILIES {
        let path = dir.join(family.file);
        let c = score_file(family, &path, args.common.part, args.common.verbose)?;
        if family.name == "DateTime" {
            dates.add(c);
        } else {
            numbers.add(c);
        }
        rows.push((family.name.to_string(), c));
    }
    rows.push(("number families (micro)".to_string(), numbers));
    rows.push(("DateTime spans".to_string(), dates));
    println!("part: {}", args.common.part.name());
    print_table(&rows);
    println!();
    println!("number-families micro F1: {:.3}", numbers.f1());
    println!("DateTime span F1:         {:.3}", dates.f1());
    let numbers_ok = args::clears("number-families micro F1", numbers.f1(), args.common.min);
    let dates_ok = args::clears("DateTime span F1", dates.f1(), args.min_dates);
    Ok(numbers_ok && dates_ok)
}

/// The specs keep "at" before a dotted time with its meridiem ("at 8.30pm today"); Gloss leaves
/// it outside, as before every time ("at 8pm" → `8pm`). They keep "within" before a length of
/// time too ("within 5 minutes"), which Gloss leaves outside as its `qualifier`, as every bound
/// before a length ("up to 18 weeks"; the README's span convention); and "the" before a date
/// ("the following week", "the end of May"), which Gloss's README also leaves outside
/// (`following week`, `end of May`).
fn at_head(family: &Family, gold_text: &str, gold_start: usize, ours_start: usize) -> bool {
    family.name == "DateTime"
        && ["at ", "within ", "the "]
            .iter()
            .any(|w| gold_text.starts_with(w) && ours_start == gold_start + w.len())
}

/// Gloss keeps a time zone after a time in the span ("1pm GMT", "9 am (BST)"); the
/// Recognizers-Text specs leave it out. `chars[gold_end..ours_end]` is such a zone: a space,
/// then 2–4 letters, bracketed or not.
fn zone_tail(chars: &[char], gold_end: usize, ours_end: usize) -> bool {
    let Some(tail) = chars.get(gold_end..ours_end) else {
        return false;
    };
    let tail: String = tail.iter().collect();
    let Some(zone) = tail.strip_prefix(' ') else {
        return false;
    };
    let zone = zone
        .strip_prefix('(')
        .and_then(|z| z.strip_suffix(')'))
        .unwrap_or(zone);
    (2..=4).contains(&zone.len()) && zone.chars().all(|c| c.is_ascii_alphabetic())
}
