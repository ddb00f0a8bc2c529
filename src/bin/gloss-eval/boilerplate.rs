//! Scores the boilerplate layer on line-labelled pages (`../shared/data/boilerplate/`).
//!
//! Runs the public pipeline with only the boilerplate layer on. A gold line counts as predicted
//! boilerplate when at least half of its non-space characters are covered by boilerplate
//! annotations (any boilerplate type, page furniture included). Reports precision, recall and F1
//! of the class `content`, by lines and by non-space characters, and accuracy.

use std::ops::Range;

use super::scores::{print_table, Counts};

#[path = "../shared/boilerplate_data.rs"]
mod boilerplate_data;

use boilerplate_data::{read_html, read_pages, LabelledPage as Page};

#[path = "boilerplate_clean.rs"]
mod clean;

const DEFAULT_FILE: &str = "../shared/data/boilerplate/dev.jsonl";
const DEFAULT_HTML: &str = "../shared/data/boilerplate/dev-html.jsonl";

/// Pooled counts for the class `content`, plus accuracy, by lines and by characters.
#[derive(Default)]
struct Tally {
    lines: Counts,
    chars: Counts,
    right_lines: f64,
    all_lines: f64,
    right_chars: f64,
    all_chars: f64,
}

pub fn run(args: &[String]) -> Result<bool, String> {
    let mut file: Option<String> = None;
    let mut html_file: Option<String> = None;
    let mut use_html = false;
    let mut min: Option<f64> = None;
    let mut clean_family = false;
    let mut without_h1 = false;
    let mut verbose = false;
    let mut errors = false;
    let mut part = gloss::heldout::Part::All;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--html" => use_html = true,
            "--html-file" => {
                use_html = true;
                html_file = Some(it.next().ok_or("--html-file needs a file")?.clone());
            }
            "--clean" => clean_family = true,
            "--without-h1" => without_h1 = true,
            "-v" => verbose = true,
            "--errors" => errors = true,
            "--part" => {
                part = gloss::heldout::Part::parse(it.next().ok_or("--part needs a part")?)?;
            }
            "--min" => min = Some(crate::scores::fraction("--min", &mut it)?),
            flag if flag.starts_with('-') => return Err(format!("unknown option {flag}")),
            path => file = Some(path.to_string()),
        }
    }
    let file = file.unwrap_or_else(|| DEFAULT_FILE.to_string());
    let html_path = html_file.unwrap_or_else(|| DEFAULT_HTML.to_string());
    if clean_family {
        return Ok(clean::run(&read_pages(&file)?, verbose));
    }
    // The pages' HTML also says where each page's own <h1> is (the headline's answer). A text
    // fixture's pages have none unless one is given.
    let all_html = if file.ends_with(".txt") && !use_html {
        None
    } else {
        read_html(&html_path).ok()
    };
    let html = if use_html {
        let mut map = all_html
            .clone()
            .ok_or_else(|| format!("{html_path}: cannot read"))?;
        if without_h1 {
            // The headline from the page's <head> alone: every <h1> becomes a <div>.
            for page_html in map.values_mut() {
                *page_html = page_html
                    .replace("<h1", "<div")
                    .replace("<H1", "<div")
                    .replace("</h1", "</div")
                    .replace("</H1", "</div");
            }
        }
        Some(map)
    } else {
        None
    };
    let mut headlines = [Headlines::default(), Headlines::default()];
    let mut tally = Tally::default();
    let mut pages = 0;
    for page in read_pages(&file)? {
        if !part.keeps(&page.id) {
            continue;
        }
        let page_html = match &html {
            Some(map) => Some(
                map.get(&page.id)
                    .cloned()
                    .ok_or_else(|| format!("no HTML for page {}", page.id))?,
            ),
            None => None,
        };
        let options = gloss::Options {
            boilerplate: true,
            entities: false,
            statistics: false,
            html: page_html,
            locale: None,
        };
        let annotations = gloss::annotate(&page.text, &options);
        let spans: Vec<Range<usize>> = annotations
            .iter()
            .filter(|a| a.layer() == gloss::Layer::Boilerplate)
            .map(|a| a.span.clone())
            .collect();
        let before = tally.chars;
        let wrong = score_page(&page, &spans, &mut tally);
        if errors && !gloss::heldout::held_out(&page.id) {
            show_errors(&page, &annotations, &wrong);
        }
        if verbose && !gloss::heldout::held_out(&page.id) {
            println!(
                "page {}: clutter kept {:.0} chars, article lost {:.0} chars",
                clean::short(&page.id),
                tally.chars.fp - before.fp,
                tally.chars.fn_ - before.fn_
            );
        }
        if let Some(page_html) = all_html.as_ref().and_then(|m| m.get(&page.id)) {
            let held_out = usize::from(gloss::heldout::held_out(&page.id));
            let titles: Vec<usize> = annotations
                .iter()
                .filter(|a| a.layer() == gloss::Layer::Boilerplate && a.kind == "TITLE")
                .map(|a| a.span.start)
                .collect();
            if let Some(h) = headlines.get_mut(held_out) {
                let show = verbose && held_out == 0;
                h.add(&page, page_html, &titles, show);
            }
        }
        pages += 1;
    }
    let mode = if use_html { "text + HTML" } else { "text only" };
    println!(
        "boilerplate: {pages} pages ({} part), {} lines ({mode}); class `content`",
        part.name(),
        tally.all_lines
    );
    print_table(&[
        ("lines".to_string(), tally.lines),
        ("chars".to_string(), tally.chars),
    ]);
    println!(
        "accuracy: lines {:.3}, chars {:.3}",
        tally.right_lines / tally.all_lines.max(1.0),
        tally.right_chars / tally.all_chars.max(1.0)
    );
    for (name, h) in ["tuned pages", "held-out pages"].iter().zip(&headlines) {
        println!(
            "headline vs the page's own <h1> ({name}): right {} (of which none where the page has no h1 line: {}), wrong {} (another line {}, none chosen {}, chosen where no h1 line {})",
            h.right + h.right_none,
            h.right_none,
            h.other + h.missed + h.spurious,
            h.other,
            h.missed,
            h.spurious
        );
    }
    let headline = tally.chars.f1();
    println!("content F1 by chars: {headline:.3}");
    Ok(min.is_none_or(|m| headline >= m))
}

/// Headlines chosen against the line holding the page's own `<h1>`.
#[derive(Default)]
struct Headlines {
    right: usize,
    right_none: usize,
    other: usize,
    missed: usize,
    spurious: usize,
}

impl Headlines {
    /// `titles`: starts (bytes) of the TITLE annotations on the page. `show` prints a wrong
    /// choice (tuned pages only).
    fn add(&mut self, page: &Page, html: &str, titles: &[usize], show: bool) {
        let text = page.text.as_str();
        let lines = gloss::boilerplate::lines::split(text);
        let read = gloss::boilerplate::html::read(html, text, &lines);
        let gold = gloss::boilerplate::html::h1_line(&read).and_then(|k| lines.get(k));
        let chosen = titles
            .first()
            .and_then(|s| lines.iter().find(|l| l.span.contains(s)));
        match (gold, chosen) {
            (None, None) => self.right_none += 1,
            (None, Some(_)) => self.spurious += 1,
            (Some(_), None) => self.missed += 1,
            (Some(g), Some(c)) if g.span == c.span => self.right += 1,
            (Some(_), Some(_)) => self.other += 1,
        }
        let line = |l: Option<&gloss::boilerplate::lines::Line>| {
            l.and_then(|l| text.get(l.span.clone()))
                .map_or("(none)".to_string(), |t| clean::excerpt(t, 90))
        };
        if show && gold.map(|g| &g.span) != chosen.map(|c| &c.span) {
            println!(
                "headline wrong on {} ({})",
                clean::short(&page.id),
                page.url
            );
            println!("  h1:     {}", line(gold));
            println!("  chosen: {}", line(chosen));
        }
    }
}

/// Prints a tuned page's wrongly called lines: the gold label, and for a line called clutter
/// the reasons of the boilerplate annotations over it.
fn show_errors(page: &Page, annotations: &[gloss::Annotation], wrong: &[usize]) {
    for &k in wrong {
        let Some(gold) = page.lines.get(k) else {
            continue;
        };
        let line = page.text.get(gold.start..gold.end).unwrap_or("");
        let kinds: Vec<&str> = annotations
            .iter()
            .filter(|a| a.layer() == gloss::Layer::Boilerplate)
            .filter(|a| a.span.start < gold.end && gold.start < a.span.end)
            .map(|a| a.kind)
            .collect();
        let said = if gold.is_content() {
            format!("lost as {}", kinds.join("+"))
        } else {
            "kept".to_string()
        };
        println!(
            "{} line {k}: {said}: {}",
            clean::short(&page.id),
            clean::excerpt(line, 100)
        );
    }
}

/// Adds one page to the tally. `spans` are the boilerplate annotations (byte ranges). Returns
/// the indices of the lines called wrongly.
fn score_page(page: &Page, spans: &[Range<usize>], tally: &mut Tally) -> Vec<usize> {
    let mut wrong = Vec::new();
    // Byte coverage of the text by boilerplate spans, via a difference array (linear time).
    let len = page.text.len();
    let mut delta = vec![0i32; len + 1];
    for s in spans {
        let (a, z) = (s.start.min(len), s.end.min(len));
        if a < z {
            delta[a] += 1;
            delta[z] -= 1;
        }
    }
    let mut covered = vec![false; len];
    let mut depth = 0;
    for (i, c) in covered.iter_mut().enumerate() {
        depth += delta[i];
        *c = depth > 0;
    }
    for (k, gold) in page.lines.iter().enumerate() {
        let Some(line) = page.text.get(gold.start..gold.end) else {
            continue;
        };
        let (mut chars, mut hit) = (0usize, 0usize);
        for (i, ch) in line.char_indices() {
            if !ch.is_whitespace() {
                chars += 1;
                if covered.get(gold.start + i).copied().unwrap_or(false) {
                    hit += 1;
                }
            }
        }
        let predicted_content = hit * 2 < chars;
        let gold_content = gold.is_content();
        let w = chars as f64;
        let (tp, fp, fn_) = match (gold_content, predicted_content) {
            (true, true) => (1.0, 0.0, 0.0),
            (false, true) => (0.0, 1.0, 0.0),
            (true, false) => (0.0, 0.0, 1.0),
            (false, false) => (0.0, 0.0, 0.0),
        };
        tally.lines.add(Counts { tp, fp, fn_ });
        tally.chars.add(Counts {
            tp: tp * w,
            fp: fp * w,
            fn_: fn_ * w,
        });
        let right = gold_content == predicted_content;
        tally.all_lines += 1.0;
        tally.all_chars += w;
        if right {
            tally.right_lines += 1.0;
            tally.right_chars += w;
        } else {
            wrong.push(k);
        }
    }
    wrong
}

#[cfg(test)]
mod tests {
    use super::boilerplate_data::{parse_labelled_text, GoldLine};
    use super::*;

    #[test]
    fn labelled_text_pages() {
        let data = "# a comment\n\n=== one\nC Home\nH The headline\n\nA A line of the story.\nC \tx\n\n=== two\nA Only\n";
        let pages = parse_labelled_text(data).expect("parses");
        assert_eq!(pages.len(), 2);
        let one = &pages[0];
        assert_eq!(one.id, "one");
        assert_eq!(one.text, "Home\nThe headline\n\nA line of the story.\n\tx");
        let labels: Vec<(&str, &str)> = one
            .lines
            .iter()
            .map(|l| (&one.text[l.start..l.end], l.label.as_str()))
            .collect();
        assert_eq!(
            labels,
            [
                ("Home", "boilerplate"),
                ("The headline", "boilerplate"),
                ("A line of the story.", "content"),
                ("\tx", "boilerplate"),
            ]
        );
        assert_eq!(pages[1].text, "Only");
        assert!(parse_labelled_text("=== p\nX oops\n").is_err());
        assert!(parse_labelled_text("stray\n=== p\n").is_err());
    }

    #[test]
    fn half_coverage_rule() {
        let page = Page {
            id: "x".into(),
            url: String::new(),
            text: "Home\nThe article line.\nab cd".into(),
            lines: vec![
                GoldLine {
                    start: 0,
                    end: 4,
                    label: "boilerplate".into(),
                },
                GoldLine {
                    start: 5,
                    end: 22,
                    label: "content".into(),
                },
                GoldLine {
                    start: 23,
                    end: 28,
                    label: "boilerplate".into(),
                },
            ],
        };
        let mut t = Tally::default();
        // "Home" fully covered; "ab cd": 2 of 4 non-space chars covered = half: boilerplate.
        score_page(&page, &[0..4, 23..25], &mut t);
        assert_eq!(
            t.lines,
            Counts {
                tp: 1.0,
                fp: 0.0,
                fn_: 0.0
            }
        );
        assert_eq!(t.right_lines, 3.0);
    }
}
