//! Scores the statistics layer on Duckling's English test corpora (`../shared/data/duckling`).
//!
//! Each example is one whole expression. Rule: a true positive is an output of the dimension's
//! types whose span is the whole utterance (trimmed of spaces and a final `.`/`?`/`!`; for a
//! quantity "of <product>" after it may be left out, and leading function and qualifier words
//! that Gloss keeps outside its spans — "between", "about", "at", "more than" — may be too) and whose value agrees (below); every
//! other output of those types in the utterance is a false positive; an example without a
//! true positive is a false negative. In `negatives.jsonl` every output of the dimension's
//! types is a false positive. `latent` examples (Duckling's deliberately ambiguous bare forms,
//! "five" as money) are left out.
//!
//! Values: numbers and ordinals exactly; money by amount (a range by its ends, a bound by its
//! end) and currency (an ISO code must match; "$" is any dollar, "£" any pound; "cent" may be
//! read as hundredths); quantities by amount converted to Duckling's unit, or by their value in
//! SI units (`si_value`) converted from Duckling's; durations by their
//! length in seconds (Duckling's month of 30 days, year of 365); times by span only (Gloss
//! resolves a relative date towards the past of the article's dateline, Duckling towards the
//! future of a reference time, so their values are not comparable).

use gloss::{annotate, rendered, Detail, Locale, Options, Unit};
use serde_json::Value;

use crate::args::{self, Common};
use crate::scores::{held_out, print_table, same_value, Counts};
use crate::statistics::figures_only;

/// A Duckling dimension and the Gloss annotation types that answer for it.
struct Dimension {
    name: &'static str,
    types: &'static [&'static str],
}

const DIMENSIONS: &[Dimension] = &[
    Dimension {
        name: "number",
        types: &["CARDINAL"],
    },
    Dimension {
        name: "ordinal",
        types: &["ORDINAL"],
    },
    Dimension {
        name: "amount-of-money",
        types: &["MONEY"],
    },
    Dimension {
        name: "quantity",
        types: &["QUANTITY"],
    },
    Dimension {
        name: "distance",
        types: &["QUANTITY"],
    },
    Dimension {
        name: "volume",
        types: &["QUANTITY"],
    },
    Dimension {
        name: "temperature",
        types: &["QUANTITY"],
    },
    Dimension {
        name: "duration",
        types: &["DURATION"],
    },
    Dimension {
        name: "time",
        types: &["DATE", "TIME"],
    },
];

/// Duckling's unit names → the Gloss symbols that may stand for them, with the factor that
/// turns a Gloss value into Duckling's unit.
const UNITS: &[(&str, &[(&str, f64)])] = &[
    ("gram", &[("g", 1.0), ("kg", 1000.0), ("mg", 0.001)]),
    ("pound", &[("lb", 1.0)]),
    ("ounce", &[("oz", 1.0)]),
    ("cup", &[("cup", 1.0)]),
    ("kilometre", &[("km", 1.0)]),
    ("metre", &[("m", 1.0)]),
    ("centimetre", &[("cm", 1.0)]),
    ("millimetre", &[("mm", 1.0)]),
    ("mile", &[("mi", 1.0)]),
    ("m", &[("m", 1.0), ("mi", 1.0)]),
    ("foot", &[("ft", 1.0)]),
    ("inch", &[("in", 1.0), ("ft", 12.0)]),
    ("yard", &[("yd", 1.0)]),
    ("litre", &[("l", 1.0)]),
    ("millilitre", &[("ml", 1.0)]),
    ("hectolitre", &[("hl", 1.0)]),
    ("gallon", &[("gal", 1.0)]),
    ("celsius", &[("°C", 1.0)]),
    ("fahrenheit", &[("°F", 1.0)]),
    ("degree", &[("°", 1.0), ("°C", 1.0), ("°F", 1.0)]),
];

struct Args {
    common: Common,
    /// Per-dimension floors (`--min-dim DIMENSION=F`).
    min_dims: Vec<(String, f64)>,
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut min_dims = Vec::new();
    let common = args::parse(args, |flag, rest| {
        if flag != "--min-dim" {
            return Ok(false);
        }
        let v = rest.next().ok_or("--min-dim needs DIMENSION=F")?;
        let (name, f) = v
            .split_once('=')
            .ok_or_else(|| format!("--min-dim: expected DIMENSION=F, got {v}"))?;
        if !DIMENSIONS.iter().any(|d| d.name == name) {
            return Err(format!("--min-dim: unknown dimension '{name}'"));
        }
        let f: f64 = f
            .parse()
            .map_err(|_| format!("--min-dim: not a number: {f}"))?;
        min_dims.push((name.to_string(), f));
        Ok(true)
    })?;
    Ok(Args { common, min_dims })
}

/// The utterance's span in code points, trimmed of spaces and a final full stop or question mark.
fn whole_span(text: &str) -> (usize, usize) {
    let trimmed_end = text.trim_end().trim_end_matches(['.', '?', '!']).trim_end();
    let start = text.chars().count() - text.trim_start().chars().count();
    (start, trimmed_end.chars().count())
}

/// The utterance's end with its final full stop, when it has one ("7 p.m." ends after the stop,
/// which is also the abbreviation's).
fn dotted_end(text: &str) -> Option<usize> {
    let t = text.trim_end();
    t.ends_with('.').then(|| t.chars().count())
}

/// Words Gloss leaves outside a figure's span (it records them as a qualifier or not at all)
/// that Duckling's whole utterances may open with: the scorer maps between the conventions.
const OUTSIDE_WORDS: &[&str] = &[
    "a",
    "an",
    "about",
    "above",
    "after",
    "almost",
    "approximately",
    "around",
    "at",
    "before",
    "below",
    "between",
    "by",
    "during",
    "exactly",
    "exceeding",
    "for",
    "from",
    "higher",
    "in",
    "least",
    "less",
    "lower",
    "more",
    "most",
    "nearly",
    "no",
    "not",
    "on",
    "over",
    "precisely",
    "roughly",
    "since",
    "than",
    "the",
    "till",
    "to",
    "under",
    "until",
    "up",
    "within",
    "~",
    // "@ 3pm": the sign for "at".
    "@",
];

/// Where our span may start: the utterance's start, or after leading words Gloss leaves out.
fn allowed_starts(text: &str, start: usize) -> Vec<usize> {
    let mut out = vec![start];
    let mut pos = start;
    let chars: Vec<char> = text.chars().collect();
    loop {
        let word_end = (pos..chars.len())
            .find(|&k| chars[k].is_whitespace())
            .unwrap_or(chars.len());
        let word: String = chars[pos..word_end]
            .iter()
            .collect::<String>()
            .to_lowercase();
        // "~2-7 liters": a tilde written on the figure is "about", kept outside too.
        if word.len() > 1 && chars.get(pos) == Some(&'~') {
            out.push(pos + 1);
            return out;
        }
        if !OUTSIDE_WORDS.contains(&word.as_str()) {
            return out;
        }
        pos = (word_end..chars.len())
            .find(|&k| !chars[k].is_whitespace())
            .unwrap_or(chars.len());
        out.push(pos);
    }
}

/// `{"value": 3, "unit": "$"}` → (3, Some("$")).
fn amount(v: &Value) -> (Option<f64>, Option<&str>) {
    (
        v.get("value").and_then(Value::as_f64),
        v.get("unit").and_then(Value::as_str),
    )
}

/// Duckling's unit names in SI (the factor and the SI unit), for comparing a Gloss quantity by
/// its `si_value`: a sum of units ("2 km and 1 m") is given in its first unit by Gloss and in
/// its last by Duckling, and both are the same length.
const SI: &[(&str, f64, &str)] = &[
    ("gram", 0.001, "kg"),
    ("pound", 0.453_592_37, "kg"),
    ("ounce", 0.028_349_523_125, "kg"),
    ("kilometre", 1000.0, "m"),
    ("metre", 1.0, "m"),
    ("centimetre", 0.01, "m"),
    ("millimetre", 0.001, "m"),
    ("mile", 1609.344, "m"),
    ("foot", 0.3048, "m"),
    ("inch", 0.0254, "m"),
    ("yard", 0.9144, "m"),
    ("litre", 0.001, "m³"),
    ("millilitre", 1e-6, "m³"),
    ("hectolitre", 0.1, "m³"),
    ("gallon", 0.003_785_411_784, "m³"),
];

/// Whether our SI value is Duckling's value in its unit.
fn si_ok(v: f64, theirs: Option<&str>, d: &gloss::StatisticDetail) -> bool {
    let e = d.extra();
    let (Some(si), Some(si_unit)) = (e.si_value, e.si_unit.as_deref()) else {
        return false;
    };
    SI.iter()
        .find(|(name, _, _)| Some(*name) == theirs)
        .is_some_and(|(_, f, u)| *u == si_unit && same_value(v * f, si))
}

/// Whether a Gloss currency code stands for Duckling's currency name or symbol.
fn currency_ok(ours: Option<&str>, theirs: Option<&str>) -> bool {
    let ours = ours.unwrap_or("");
    match theirs {
        Some("$") => ours.ends_with('D'),
        Some("£") => ours.ends_with('P'),
        Some("cent" | "unknown" | "dinar" | "rial" | "riyal") | None => true,
        Some(code) => ours == code,
    }
}

/// The factors that turn Gloss values in unit `ours` into Duckling's unit `theirs`.
fn unit_factor(ours: Option<&str>, theirs: Option<&str>) -> Option<f64> {
    let (ours, theirs) = (ours?, theirs?);
    UNITS
        .iter()
        .find(|(t, _)| *t == theirs)?
        .1
        .iter()
        .find(|(o, _)| *o == ours)
        .map(|(_, f)| *f)
}

/// A duration in ISO 8601 ("P3Y", "PT90M", "P1DT2H") in seconds, Duckling's lengths.
fn iso_seconds(iso: &str) -> Option<f64> {
    iso_seconds_with_year(iso, 365.0)
}

/// The same with a year of `year_days` days: Duckling normalises a duration in its smallest
/// unit, so "2 years 3 months" is 27 months of 30 days (a year of 360 days there).
fn iso_seconds_with_year(iso: &str, year_days: f64) -> Option<f64> {
    let rest = iso.strip_prefix('P')?;
    let mut total = 0.0;
    let mut number = String::new();
    let mut time = false;
    for c in rest.chars() {
        match c {
            'T' => time = true,
            '0'..='9' | '.' => number.push(c),
            _ => {
                let n: f64 = number.parse().ok()?;
                number.clear();
                total += n * match (c, time) {
                    ('Y', false) => year_days * 86400.0,
                    ('M', false) => 30.0 * 86400.0,
                    ('W', false) => 7.0 * 86400.0,
                    ('D', false) => 86400.0,
                    ('H', true) => 3600.0,
                    ('M', true) => 60.0,
                    ('S', true) => 1.0,
                    _ => return None,
                };
            }
        }
    }
    number.is_empty().then_some(total)
}

/// Whether our statistic's value agrees with the expected one for this dimension.
fn value_ok(dim: &str, expected: &Value, d: &gloss::StatisticDetail) -> bool {
    let unit = d.unit();
    match dim {
        "time" => true,
        "number" | "ordinal" => expected
            .get("value")
            .and_then(Value::as_f64)
            .zip(d.value_of())
            .is_some_and(|(a, b)| same_value(a, b)),
        "duration" => {
            let want = expected
                .get("normalized")
                .and_then(|n| n.get("value"))
                .and_then(Value::as_f64);
            let iso = d.extra().iso.as_deref();
            let got = iso.and_then(iso_seconds);
            // Years with months ("P2Y3M") in months of 30 days, as Duckling counts them.
            let in_months = iso
                .filter(|i| {
                    i.contains('Y') && i.split('T').next().is_some_and(|d| d.ends_with('M'))
                })
                .and_then(|i| iso_seconds_with_year(i, 360.0));
            want.zip(got).is_some_and(|(a, b)| same_value(a, b))
                || want.zip(in_months).is_some_and(|(a, b)| same_value(a, b))
        }
        _ => {
            let money = dim == "amount-of-money";
            // One value, or a range/bound given by its ends.
            let check = |want: &Value, got: Option<f64>| {
                let (v, u) = amount(want);
                let Some((v, got)) = v.zip(got) else {
                    return false;
                };
                if money {
                    currency_ok(unit, u)
                        && (same_value(v, got) || u == Some("cent") && same_value(v, got * 100.0))
                } else {
                    unit_factor(unit, u).is_some_and(|f| same_value(v, got * f))
                }
            };
            match expected.get("type").and_then(Value::as_str) {
                Some("interval") => {
                    let from = expected.get("from");
                    let to = expected.get("to");
                    match (from, to) {
                        (Some(f), Some(t)) => check(f, d.extra().min) && check(t, d.extra().max),
                        (Some(f), None) => check(f, d.extra().min.or(d.value_of())),
                        (None, Some(t)) => check(t, d.extra().max.or(d.value_of())),
                        (None, None) => false,
                    }
                }
                _ => {
                    check(expected, d.value_of())
                        || !money && {
                            let (v, u) = amount(expected);
                            v.is_some_and(|v| si_ok(v, u, d))
                        }
                }
            }
        }
    }
}

struct Example {
    dim: String,
    text: String,
    expected: Option<Value>,
    product: Option<String>,
    /// The corpus's locale with a region ("EN_AU"), given to Gloss as the reader's locale.
    locale: Option<Locale>,
}

fn read(path: &std::path::Path, negative: bool) -> Result<Vec<Example>, String> {
    let raw = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = Vec::new();
    for (n, line) in raw
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let r: Value =
            serde_json::from_str(line).map_err(|e| format!("{}:{}: {e}", path.display(), n + 1))?;
        if r.get("corpus").and_then(Value::as_str) == Some("latent") {
            continue;
        }
        let field = |k: &str| {
            r.get(k)
                .and_then(Value::as_str)
                .map(str::to_string)
                .ok_or_else(|| format!("{}:{}: no {k}", path.display(), n + 1))
        };
        let expected = if negative {
            None
        } else {
            Some(r.get("expected").cloned().ok_or("no expected")?)
        };
        // "two pounds of meat": the product, on the value or on the ends of a range.
        let product = expected
            .as_ref()
            .and_then(|e| {
                [e.get("product"), e.get("from"), e.get("to")]
                    .into_iter()
                    .flatten()
                    .find_map(|v| v.as_str().or_else(|| v.get("product")?.as_str()))
            })
            .map(str::to_string);
        // "EN" has no region: no locale, as Gloss reads by default.
        let locale = r
            .get("locale")
            .and_then(Value::as_str)
            .filter(|l| l.contains('_'))
            .map(|l| {
                Locale::parse(l).map_err(|e| format!("{}:{}: {l}: {e}", path.display(), n + 1))
            })
            .transpose()?;
        out.push(Example {
            locale,
            dim: field("dimension")?,
            text: field("text")?,
            expected,
            product,
        });
    }
    Ok(out)
}

pub fn run(args: &[String]) -> Result<bool, String> {
    let args = parse_args(args)?;
    let dir = args.common.path_or("../shared/data/duckling");
    let mut examples = read(&dir.join("examples.jsonl"), false)?;
    examples.extend(read(&dir.join("negatives.jsonl"), true)?);
    let plain = figures_only();
    let mut counts: Vec<Counts> = vec![Counts::default(); DIMENSIONS.len()];
    let mut cases = vec![0usize; DIMENSIONS.len()];
    for ex in examples.iter().filter(|e| args.common.part.keeps(&e.text)) {
        let Some(k) = DIMENSIONS.iter().position(|d| d.name == ex.dim) else {
            continue;
        };
        let dim = &DIMENSIONS[k];
        cases[k] += 1;
        let options = Options {
            locale: ex.locale,
            ..plain.clone()
        };
        let annotations = annotate(&ex.text, &options);
        let output = rendered(&ex.text, &annotations, Unit::CodePoint);
        let ours: Vec<_> = output
            .items()
            .filter(|a| dim.types.contains(&a.kind))
            .collect();
        let (start, end) = whole_span(&ex.text);
        // "seven thirty p.m.": the final stop trimmed off the utterance may end our span.
        let dotted_end = dotted_end(&ex.text);
        let starts = allowed_starts(&ex.text, start);
        // "two pounds of meat": the product may stay outside the quantity's span.
        let product_end = ex.product.as_ref().and_then(|p| {
            let lower = ex.text.to_lowercase();
            let cut = lower.rfind(&format!(" of {}", p.to_lowercase()))?;
            Some(ex.text.get(..cut)?.chars().count())
        });
        let hit = ex.expected.as_ref().and_then(|want| {
            ours.iter().position(|a| {
                starts.contains(&a.start)
                    && (a.end == end || Some(a.end) == product_end || Some(a.end) == dotted_end)
                    && match &a.detail {
                        Detail::Statistic(d) => value_ok(dim.name, want, d),
                        _ => false,
                    }
            })
        });
        let c = Counts {
            tp: f64::from(u8::from(hit.is_some())),
            fp: (ours.len() - usize::from(hit.is_some())) as f64,
            fn_: f64::from(u8::from(ex.expected.is_some() && hit.is_none())),
        };
        counts[k].add(c);
        // Errors are shown for the tuned part only: the held-out part is never looked at.
        let show = args.common.verbose && !held_out(&ex.text) && (c.fp > 0.0 || c.fn_ > 0.0);
        if show {
            println!("[{}] {:?} expected {}", dim.name, ex.text, {
                ex.expected
                    .as_ref()
                    .map(|e| e.to_string())
                    .unwrap_or_else(|| "nothing".into())
            });
            for a in &ours {
                if let Detail::Statistic(d) = &a.detail {
                    println!(
                        "    ours {} {:?} value {:?} unit {:?} min {:?} max {:?} iso {:?}",
                        a.kind,
                        a.text,
                        d.value_of(),
                        d.unit(),
                        d.extra().min,
                        d.extra().max,
                        d.extra().iso
                    );
                }
            }
        }
    }
    let mut rows: Vec<(String, Counts)> = DIMENSIONS
        .iter()
        .zip(&counts)
        .zip(&cases)
        .map(|((d, c), n)| (format!("{} ({n})", d.name), *c))
        .collect();
    let mut micro = Counts::default();
    for c in &counts {
        micro.add(*c);
    }
    rows.push(("all dimensions (micro)".to_string(), micro));
    println!("part: {}", args.common.part.name());
    print_table(&rows);
    println!();
    println!(
        "duckling micro F1 ({}): {:.3}",
        args.common.part.name(),
        micro.f1()
    );
    let mut ok = args::clears("duckling micro F1", micro.f1(), args.common.min);
    for (name, min) in &args.min_dims {
        if let Some(k) = DIMENSIONS.iter().position(|d| d.name == name) {
            ok &= args::clears(&format!("duckling {name} F1"), counts[k].f1(), Some(*min));
        }
    }
    Ok(ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_durations_in_seconds() {
        let cases: &[(&str, &str, Option<f64>)] = &[
            ("minutes", "PT90M", Some(5400.0)),
            ("year_of_365_days", "P1Y", Some(365.0 * 86400.0)),
            ("month_of_30_days", "P2M", Some(60.0 * 86400.0)),
            ("day_and_hours", "P1DT2H", Some(93600.0)),
            ("fraction", "PT1.5H", Some(5400.0)),
            ("not_iso", "3 days", None),
            ("dangling_number", "P3", None),
        ];
        for (name, iso, want) in cases {
            assert_eq!(iso_seconds(iso), *want, "{name}");
        }
        // "2 years 3 months" as Duckling counts it: 27 months of 30 days.
        assert_eq!(
            iso_seconds_with_year("P2Y3M", 360.0),
            Some(27.0 * 30.0 * 86400.0)
        );
    }

    #[test]
    fn whole_span_trims_spaces_and_final_stop() {
        assert_eq!(whole_span(" 3 pm. "), (1, 5));
        assert_eq!(whole_span("£10"), (0, 3));
    }

    #[test]
    fn a_final_stop_may_end_the_span() {
        assert_eq!(dotted_end("7 p.m. "), Some(6));
        assert_eq!(dotted_end("7 pm"), None);
    }

    #[test]
    fn leading_qualifiers_may_stay_outside() {
        assert_eq!(allowed_starts("between 10 and 20 dollars", 0), vec![0, 8]);
        assert_eq!(allowed_starts("at least 5 kg", 0), vec![0, 3, 9]);
        assert_eq!(allowed_starts("5 kg", 0), vec![0]);
        // Gloss leaves the article outside an amount ("lost a $12 million contract").
        assert_eq!(allowed_starts("a dollar", 0), vec![0, 2]);
        assert_eq!(allowed_starts("~2-7 liters", 0), vec![0, 1]);
        assert_eq!(allowed_starts("ten dollars", 0), vec![0]);
        assert_eq!(allowed_starts("@ 3pm", 0), vec![0, 2]);
    }
}
