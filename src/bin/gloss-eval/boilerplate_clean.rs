//! The clean-text family of the boilerplate layer (`gloss-eval boilerplate --clean`): every
//! dev page's article lines alone, joined one per line, must get no clutter. Prints the article
//! characters lost, tuned and held-out pages apart; `-v` lists each lost line of the tuned
//! pages (the held-out pages' losses are only counted, never listed).

use super::boilerplate_data::LabelledPage as Page;

/// Lost characters and pages losing some, over one part of the pages.
#[derive(Default)]
struct Loss {
    pages: usize,
    pages_losing: usize,
    chars: usize,
    lost: usize,
    lines_lost: usize,
}

/// Scores the family; true when no article character is lost anywhere.
pub fn run(pages: &[Page], verbose: bool) -> bool {
    let mut parts = [Loss::default(), Loss::default()];
    for page in pages {
        let held_out = gloss::heldout::held_out(&page.id);
        let article: Vec<&str> = page
            .lines
            .iter()
            .filter(|g| g.is_content())
            .filter_map(|g| page.text.get(g.start..g.end))
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let text = article.join("\n");
        let options = gloss::Options {
            boilerplate: true,
            entities: false,
            statistics: false,
            html: None,
            locale: None,
        };
        let marks: Vec<gloss::Annotation> = gloss::annotate(&text, &options)
            .into_iter()
            .filter(|a| a.layer() == gloss::Layer::Boilerplate)
            .collect();
        let Some(part) = parts.get_mut(usize::from(held_out)) else {
            continue;
        };
        part.pages += 1;
        part.chars += non_space(&text);
        let lost: usize = marks
            .iter()
            .map(|a| non_space(text.get(a.span.clone()).unwrap_or("")))
            .sum();
        if lost == 0 {
            continue;
        }
        part.pages_losing += 1;
        part.lost += lost;
        part.lines_lost += marks.len();
        if verbose && !held_out {
            println!("page {} ({}):", short(&page.id), page.url);
            for a in &marks {
                let line = text.get(a.span.clone()).unwrap_or("");
                println!(
                    "  {:<10} {:>5} chars  {}",
                    a.kind,
                    non_space(line),
                    excerpt(line, 110)
                );
            }
        }
    }
    for (name, p) in ["tuned pages", "held-out pages"].iter().zip(&parts) {
        println!(
            "article lines alone ({name}): {} of {} characters lost ({} lines) on {} of {} pages",
            p.lost, p.chars, p.lines_lost, p.pages_losing, p.pages
        );
    }
    let [t, h] = &parts;
    println!(
        "article lines alone (all): {} of {} characters lost on {} pages",
        t.lost + h.lost,
        t.chars + h.chars,
        t.pages_losing + h.pages_losing
    );
    t.lost + h.lost == 0
}

fn non_space(s: &str) -> usize {
    s.chars().filter(|c| !c.is_whitespace()).count()
}

/// The first 12 hex digits of a page id.
pub fn short(id: &str) -> &str {
    id.get(..12).unwrap_or(id)
}

/// At most `max` characters of a line, on one line.
pub fn excerpt(s: &str, max: usize) -> String {
    let s = s.trim();
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    format!("{cut}…")
}
