//! Speed of the boilerplate layer over ~1 MB of made-up page-like text (menus, sign-up prompts,
//! captions, related links and prose paragraphs), and with a matching HTML page.
//!
//! Run: `cargo bench --bench boilerplate`.

use divan::counter::BytesCount;
use divan::Bencher;

fn main() {
    divan::main();
}

/// A small deterministic generator so every run sees the same text.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

const WORDS: &[&str] = &[
    "the",
    "council",
    "said",
    "on",
    "Tuesday",
    "that",
    "a",
    "new",
    "bridge",
    "would",
    "open",
    "in",
    "spring",
    "after",
    "years",
    "of",
    "delays",
    "and",
    "rising",
    "costs",
    "residents",
    "have",
    "long",
    "argued",
    "for",
    "better",
    "links",
    "across",
    "river",
    "officials",
    "added",
    "it",
    "was",
    "too",
    "early",
    "to",
    "say",
    "how",
    "much",
    "final",
    "bill",
    "will",
    "be",
];
const MENU: &[&str] = &[
    "Home", "World", "Business", "Sport", "Culture", "Travel", "Weather", "Video",
];

/// One made-up page: menu, sign-up prompt, headline, prose with a caption, related links, footer.
fn page(rng: &mut Lcg, out: &mut String, html: &mut String) {
    html.push_str("<html><body><nav><ul>");
    for m in MENU {
        out.push_str(m);
        out.push('\n');
        html.push_str(&format!("<li><a href=\"/{m}\">{m}</a></li>"));
    }
    html.push_str("</ul></nav><div class=\"newsletter\">");
    out.push_str("Sign up for our morning briefing straight to your inbox\nPlease enter a valid email address\n\n");
    html.push_str("<p>Sign up for our morning briefing straight to your inbox</p><p>Please enter a valid email address</p></div><article><h1>");
    out.push_str("Council backs new river bridge after years of delay\n\n");
    html.push_str("Council backs new river bridge after years of delay</h1>");
    for p in 0..8 {
        let mut para = String::new();
        let words = 30 + rng.next(40);
        for w in 0..words {
            if w > 0 {
                para.push(' ');
            }
            para.push_str(WORDS[rng.next(WORDS.len())]);
        }
        para.push('.');
        out.push_str(&para);
        out.push_str("\n\n");
        html.push_str(&format!("<p>{para}</p>"));
        if p == 3 {
            out.push_str("Crowds gather by the old crossing on Sunday (Example Photo Agency)\n\n");
            html.push_str("<figure><figcaption>Crowds gather by the old crossing on Sunday (Example Photo Agency)</figcaption></figure>");
        }
    }
    html.push_str("</article><aside class=\"related\">");
    out.push_str("Read more\n");
    for _ in 0..4 {
        out.push_str("Mayor promises faster buses for the east side\n");
        html.push_str("<a href=\"/x\">Mayor promises faster buses for the east side</a>");
    }
    out.push_str("© 2031 Example News. All rights reserved.\n\n");
    html.push_str(
        "</aside><footer>© 2031 Example News. All rights reserved.</footer></body></html>",
    );
}

fn corpus() -> (String, String) {
    let mut rng = Lcg(7);
    let (mut text, mut html) = (String::new(), String::new());
    while text.len() < 1_000_000 {
        page(&mut rng, &mut text, &mut html);
    }
    (text, html)
}

#[divan::bench(sample_count = 10)]
fn text_only(bencher: Bencher) {
    let (text, _) = corpus();
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| gloss::annotate_boilerplate(divan::black_box(&text), None));
}

#[divan::bench(sample_count = 10)]
fn with_html(bencher: Bencher) {
    let (text, html) = corpus();
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| gloss::annotate_boilerplate(divan::black_box(&text), Some(&html)));
}
