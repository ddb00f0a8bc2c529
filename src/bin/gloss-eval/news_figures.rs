//! Scores the statistics layer on made-up news passages (`tests/fixtures/news-figures.txt`):
//! text with its figures marked inline as `[[TYPE span | value]]` or `[[TYPE span]]`, passages
//! apart by a line `===`, lines starting with `#` left out (the file's header gives the labelling
//! convention). A figure is found when Gloss marks exactly its span with its type (span + type
//! F1, per type and overall); apart from that, the share of found figures with a value whose
//! value Gloss reads right. Passage N's id is `figures-N` (the fixed split by its FNV-1a).

use gloss::{annotate, rendered, Options, Unit};
use serde_json::Value;

use crate::args;
use crate::scores::{held_out, print_table, same_value, Counts};
use crate::statistics::figures_only;

const DEFAULT_FILE: &str = "tests/fixtures/news-figures.txt";
const TYPES: [&str; 8] = [
    "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "DATE", "TIME", "DURATION",
];

/// The value a label expects. Amounts may carry a currency (ISO 4217).
#[derive(Debug, Clone, PartialEq)]
enum Want {
    Number(f64, Option<String>),
    Range(f64, f64, Option<String>),
    AtLeast(f64, Option<String>),
    /// The `iso` of a date, a time or a duration.
    Iso(String),
}

/// One labelled figure: byte span of the passage's plain text, type, value if any.
#[derive(Debug, Clone, PartialEq)]
struct Gold {
    start: usize,
    end: usize,
    kind: &'static str,
    want: Option<Want>,
}

struct Doc {
    id: String,
    input: String,
    gold: Vec<Gold>,
}

/// One figure Gloss marked: byte span, type, and its JSON fields.
struct Ours {
    start: usize,
    end: usize,
    kind: String,
    json: Value,
}

pub fn run(args: &[String]) -> Result<bool, String> {
    let common = args::parse(args, |_, _| Ok(false))?;
    let file = common.path_or(DEFAULT_FILE);
    let text = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    let docs = parse(&text).map_err(|e| format!("{}: {e}", file.display()))?;
    let options = figures_only();
    let mut per_type = vec![Counts::default(); TYPES.len()];
    let (mut checked, mut right, mut passages) = (0usize, 0usize, 0usize);
    for doc in docs.iter().filter(|d| common.part.keeps(&d.id)) {
        passages += 1;
        let ours = figures(&doc.input, &options);
        let outcome = compare(&doc.gold, &ours);
        for (k, c) in per_type.iter_mut().enumerate() {
            c.add(outcome.counts(TYPES[k]));
        }
        checked += outcome.checked;
        right += outcome.right;
        if common.verbose && !held_out(&doc.id) {
            print_errors(doc, &ours, &outcome);
        }
    }
    let mut total = Counts::default();
    let mut rows = Vec::new();
    for (k, c) in per_type.iter().enumerate() {
        total.add(*c);
        if c.tp + c.fp + c.fn_ > 0.0 {
            rows.push((TYPES[k].to_string(), *c));
        }
    }
    rows.push(("all".to_string(), total));
    println!(
        "news figures, {} ({passages} passages of {}): span + type",
        common.part.name(),
        file.display()
    );
    print_table(&rows);
    let share = if checked == 0 {
        0.0
    } else {
        right as f64 / checked as f64
    };
    println!("values right: {right} of {checked} found figures with a value ({share:.3})");
    println!("span + type F1 {:.3}", total.f1());
    Ok(args::clears("news figures F1", total.f1(), common.min))
}

/// Gloss's figures in `input`, offsets in bytes.
fn figures(input: &str, options: &Options) -> Vec<Ours> {
    let annotations = annotate(input, options);
    let output = rendered(input, &annotations, Unit::Utf8);
    output
        .items()
        .filter_map(|a| {
            let json = serde_json::to_value(&a).ok()?;
            Some(Ours {
                start: a.start,
                end: a.end,
                kind: a.kind.to_string(),
                json,
            })
        })
        .filter(|o| TYPES.contains(&o.kind.as_str()))
        .collect()
}

/// What one passage gave: the gold labels found (index into ours), the ones missed, Gloss's
/// figures not labelled, and the value checks.
#[derive(Default)]
struct Outcome {
    found: Vec<(usize, usize)>,
    missed: Vec<usize>,
    spurious: Vec<usize>,
    wrong_value: Vec<(usize, usize)>,
    checked: usize,
    right: usize,
    tp: Vec<&'static str>,
    fn_: Vec<&'static str>,
    fp: Vec<String>,
}

impl Outcome {
    fn counts(&self, kind: &str) -> Counts {
        let n = |v: &mut dyn Iterator<Item = bool>| v.filter(|b| *b).count() as f64;
        Counts {
            tp: n(&mut self.tp.iter().map(|k| *k == kind)),
            fp: n(&mut self.fp.iter().map(|k| k == kind)),
            fn_: n(&mut self.fn_.iter().map(|k| *k == kind)),
        }
    }
}

fn compare(gold: &[Gold], ours: &[Ours]) -> Outcome {
    let mut out = Outcome::default();
    let mut used = vec![false; ours.len()];
    for (g, label) in gold.iter().enumerate() {
        let hit = ours.iter().enumerate().position(|(k, o)| {
            !used[k] && o.start == label.start && o.end == label.end && o.kind == label.kind
        });
        match hit {
            Some(k) => {
                used[k] = true;
                out.found.push((g, k));
                out.tp.push(label.kind);
                if let Some(want) = &label.want {
                    out.checked += 1;
                    if value_ok(want, &ours[k].json) {
                        out.right += 1;
                    } else {
                        out.wrong_value.push((g, k));
                    }
                }
            }
            None => {
                out.missed.push(g);
                out.fn_.push(label.kind);
            }
        }
    }
    for (k, o) in ours.iter().enumerate() {
        if !used[k] {
            out.spurious.push(k);
            out.fp.push(o.kind.clone());
        }
    }
    out
}

/// A number field of Gloss's JSON, pence read as pounds (`80p` is GBX 80, £0.80) and US cents
/// as dollars (`31 cents` is USX 31, $0.31).
fn field(json: &Value, name: &str) -> Option<f64> {
    let v = json.get(name)?.as_f64()?;
    Some(if minor(unit(json)).is_some() {
        v / 100.0
    } else {
        v
    })
}

fn unit(json: &Value) -> Option<&str> {
    json.get("unit").and_then(Value::as_str)
}

/// The currency whose hundredth `unit` is, for the minor units Gloss reports.
fn minor(unit: Option<&str>) -> Option<&'static str> {
    match unit? {
        "GBX" => Some("GBP"),
        "USX" => Some("USD"),
        _ => None,
    }
}

/// The currency of a MONEY figure, pence as pounds, cents as dollars.
fn currency(json: &Value) -> Option<String> {
    let u = unit(json)?;
    Some(minor(Some(u)).unwrap_or(u).to_string())
}

fn value_ok(want: &Want, json: &Value) -> bool {
    let close = |name: &str, v: f64| field(json, name).is_some_and(|ours| same_value(ours, v));
    let money_ok = |code: &Option<String>| match code {
        Some(code) => currency(json).as_deref() == Some(code.as_str()),
        None => true,
    };
    match want {
        Want::Number(v, code) => close("value", *v) && money_ok(code),
        Want::Range(lo, hi, code) => close("min", *lo) && close("max", *hi) && money_ok(code),
        Want::AtLeast(lo, code) => close("min", *lo) && json.get("max").is_none() && money_ok(code),
        Want::Iso(iso) => json.get("iso").and_then(Value::as_str) == Some(iso.as_str()),
    }
}

fn print_errors(doc: &Doc, ours: &[Ours], outcome: &Outcome) {
    let show = |o: &Ours| {
        let mut fields = o.json.clone();
        if let Some(map) = fields.as_object_mut() {
            for key in ["layer", "start", "end", "text", "type"] {
                map.remove(key);
            }
        }
        format!("{} {:?} {}", o.kind, &doc.input[o.start..o.end], fields)
    };
    for &g in &outcome.missed {
        let label = &doc.gold[g];
        let overlapping: Vec<String> = ours
            .iter()
            .filter(|o| o.start < label.end && label.start < o.end)
            .map(show)
            .collect();
        println!(
            "{}: missed {} {:?}{}",
            doc.id,
            label.kind,
            &doc.input[label.start..label.end],
            if overlapping.is_empty() {
                String::new()
            } else {
                format!("; Gloss: {}", overlapping.join(" | "))
            }
        );
    }
    for &k in &outcome.spurious {
        let o = &ours[k];
        let overlaps = doc.gold.iter().any(|g| o.start < g.end && g.start < o.end);
        if !overlaps {
            println!("{}: not a figure: {}", doc.id, show(o));
        }
    }
    for &(g, k) in &outcome.wrong_value {
        println!(
            "{}: value: want {:?}, Gloss {}",
            doc.id,
            doc.gold[g].want,
            show(&ours[k])
        );
    }
}

/// The passages of a marked-up file.
fn parse(marked: &str) -> Result<Vec<Doc>, String> {
    let mut docs = Vec::new();
    for passage in crate::news::passages(marked) {
        let (input, gold) = unmark(&passage)?;
        docs.push(Doc {
            id: format!("figures-{}", docs.len()),
            input,
            gold,
        });
    }
    Ok(docs)
}

/// Plain text and labels of one passage: `[[MONEY £3.4bn | 3400000000 GBP]]` → `£3.4bn`.
fn unmark(marked: &str) -> Result<(String, Vec<Gold>), String> {
    let mut text = String::with_capacity(marked.len());
    let mut gold = Vec::new();
    let mut rest = marked;
    while let Some(open) = rest.find("[[") {
        text.push_str(&rest[..open]);
        let after = &rest[open + 2..];
        let close = after
            .find("]]")
            .ok_or_else(|| format!("an unclosed label in {:?}", first_line(marked)))?;
        let inner = &after[..close];
        let (kind, body) = inner
            .split_once(' ')
            .ok_or_else(|| format!("a label without a type: [[{inner}]]"))?;
        let kind = TYPES
            .iter()
            .copied()
            .find(|t| *t == kind)
            .ok_or_else(|| format!("unknown type in [[{inner}]]"))?;
        let (span, value) = match body.split_once(" | ") {
            Some((span, value)) => (span, value.trim()),
            None => (body, ""),
        };
        if span.is_empty() || span.trim() != span {
            return Err(format!("a span with spaces around it in [[{inner}]]"));
        }
        let want = if value.is_empty() {
            None
        } else {
            Some(want(kind, value).ok_or_else(|| format!("unreadable value in [[{inner}]]"))?)
        };
        gold.push(Gold {
            start: text.len(),
            end: text.len() + span.len(),
            kind,
            want,
        });
        text.push_str(span);
        rest = &after[close + 2..];
    }
    if rest.contains("]]") {
        return Err(format!("a label closed twice in {:?}", first_line(marked)));
    }
    text.push_str(rest);
    Ok((text, gold))
}

/// A label's value: an ISO form for dates, times and durations; else a number, `a..b` or
/// `>=a`, a currency code after it for money.
fn want(kind: &str, value: &str) -> Option<Want> {
    if matches!(kind, "DATE" | "TIME" | "DURATION") {
        return Some(Want::Iso(value.to_string()));
    }
    let (amount, code) = match value.split_once(' ') {
        Some((a, c)) => (a, Some(c.to_string())),
        None => (value, None),
    };
    if code.is_some() && kind != "MONEY" {
        return None;
    }
    if let Some(lo) = amount.strip_prefix(">=") {
        return Some(Want::AtLeast(lo.parse().ok()?, code));
    }
    if let Some((lo, hi)) = amount.split_once("..") {
        return Some(Want::Range(lo.parse().ok()?, hi.parse().ok()?, code));
    }
    Some(Want::Number(amount.parse().ok()?, code))
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_labels_with_and_without_values() {
        let docs = parse(
            "# a comment\nUp [[PERCENT 13 per cent | 13]] to [[MONEY £3.4bn | 3400000000 GBP]].\n\
             ===\nOn [[DATE Friday]], [[CARDINAL dozens | >=24]] and [[QUANTITY aged 18 to 24 | 18..24]].\n",
        )
        .expect("well formed");
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].id, "figures-0");
        assert_eq!(docs[0].input, "Up 13 per cent to £3.4bn.\n");
        assert_eq!(docs[0].gold[0].start, 3);
        assert_eq!(docs[0].gold[0].end, 14);
        assert_eq!(docs[0].gold[0].want, Some(Want::Number(13.0, None)));
        let money = &docs[0].gold[1];
        assert_eq!(&docs[0].input[money.start..money.end], "£3.4bn");
        assert_eq!(
            money.want,
            Some(Want::Number(3.4e9, Some("GBP".to_string())))
        );
        assert_eq!(docs[1].gold[0].want, None);
        assert_eq!(docs[1].gold[1].want, Some(Want::AtLeast(24.0, None)));
        assert_eq!(docs[1].gold[2].want, Some(Want::Range(18.0, 24.0, None)));
    }

    #[test]
    fn refuses_bad_labels() {
        assert!(parse("[[XYZ 12]]").is_err());
        assert!(parse("[[CARDINAL 12").is_err());
        assert!(parse("[[CARDINAL 12 | twelve]]").is_err());
        assert!(parse("[[PERCENT 12% | 12 GBP]]").is_err());
        assert!(parse("[[CARDINAL  12]]").is_err());
        assert!(parse("12]] and").is_err());
    }

    #[test]
    fn values_compare_as_gloss_writes_them() {
        let pence = serde_json::json!({"value": 80.0, "unit": "GBX"});
        assert!(value_ok(&Want::Number(0.8, Some("GBP".into())), &pence));
        assert!(!value_ok(&Want::Number(0.8, Some("EUR".into())), &pence));
        let cents = serde_json::json!({"value": 31.0, "unit": "USX"});
        assert!(value_ok(&Want::Number(0.31, Some("USD".into())), &cents));
        assert!(!value_ok(&Want::Number(31.0, Some("USD".into())), &cents));
        let dollars = serde_json::json!({"value": 31.0, "unit": "USD"});
        assert!(value_ok(&Want::Number(31.0, Some("USD".into())), &dollars));
        let range = serde_json::json!({"min": 20.0, "max": 30.0, "unit": "USD"});
        assert!(value_ok(
            &Want::Range(20.0, 30.0, Some("USD".into())),
            &range
        ));
        assert!(!value_ok(&Want::AtLeast(20.0, None), &range));
        let date = serde_json::json!({"iso": "2019/2021"});
        assert!(value_ok(&Want::Iso("2019/2021".into()), &date));
        assert!(!value_ok(&Want::Iso("2019".into()), &date));
        assert!(!value_ok(&Want::Number(3.0, None), &serde_json::json!({})));
    }

    #[test]
    fn scores_exact_span_and_type() {
        let (input, gold) = unmark("[[CARDINAL 40]] beds and [[PERCENT 5% | 5]]").expect("ok");
        let ours = figures(&input, &figures_only());
        let outcome = compare(&gold, &ours);
        assert_eq!(outcome.counts("CARDINAL").tp, 1.0);
        assert_eq!(outcome.counts("PERCENT").tp, 1.0);
        assert_eq!((outcome.checked, outcome.right), (1, 1));
        let shifted = vec![Gold {
            start: 0,
            end: 1,
            kind: "CARDINAL",
            want: None,
        }];
        let outcome = compare(&shifted, &ours);
        assert_eq!(outcome.counts("CARDINAL").fn_, 1.0);
        assert_eq!(outcome.counts("CARDINAL").fp, 1.0);
    }

    #[test]
    fn the_fixture_reads() {
        let text = std::fs::read_to_string(DEFAULT_FILE).expect("the fixture is in the repo");
        let docs = parse(&text).expect("well formed");
        assert!(docs.len() >= 40, "{} passages", docs.len());
        assert!(docs.iter().any(|d| held_out(&d.id)));
    }

    /// The second set (branch `figs31`): 45 passages, 11 of them held out by the same hash.
    #[test]
    fn the_second_fixture_reads() {
        let text = std::fs::read_to_string("tests/fixtures/news-figures-31.txt")
            .expect("the fixture is in the repo");
        let docs = parse(&text).expect("well formed");
        assert_eq!(docs.len(), 45);
        let held: Vec<usize> = (0..docs.len()).filter(|&n| held_out(&docs[n].id)).collect();
        assert_eq!(held, [3, 6, 9, 12, 17, 18, 23, 26, 31, 34, 43]);
        assert!(docs.iter().map(|d| d.gold.len()).sum::<usize>() >= 300);
    }

    /// The third set (branch `newsfigs33`): 48 passages, the same 11 ids held out.
    #[test]
    fn the_third_fixture_reads() {
        let text = std::fs::read_to_string("tests/fixtures/news-figures-33.txt")
            .expect("the fixture is in the repo");
        let docs = parse(&text).expect("well formed");
        assert_eq!(docs.len(), 48);
        let held: Vec<usize> = (0..docs.len()).filter(|&n| held_out(&docs[n].id)).collect();
        assert_eq!(held, [3, 6, 9, 12, 17, 18, 23, 26, 31, 34, 43]);
        assert!(docs.iter().map(|d| d.gold.len()).sum::<usize>() >= 360);
    }

    /// The fourth set (branch `newsfigs34`): 47 passages, the same 11 ids held out.
    #[test]
    fn the_fourth_fixture_reads() {
        let text = std::fs::read_to_string("tests/fixtures/news-figures-34.txt")
            .expect("the fixture is in the repo");
        let docs = parse(&text).expect("well formed");
        assert_eq!(docs.len(), 47);
        let held: Vec<usize> = (0..docs.len()).filter(|&n| held_out(&docs[n].id)).collect();
        assert_eq!(held, [3, 6, 9, 12, 17, 18, 23, 26, 31, 34, 43]);
        assert!(docs.iter().map(|d| d.gold.len()).sum::<usize>() >= 350);
    }
}
