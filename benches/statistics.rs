//! Throughput of the statistics pass on ~1 MB of made-up news-like text.
//!
//! `cargo bench --bench statistics` — divan prints the time per pass; MB/s = size / time.

use divan::counter::BytesCount;
use divan::Bencher;

fn main() {
    divan::main();
}

/// Sentences in the style of news copy, written for this bench: figures, dates and plain prose.
const SENTENCES: &[&str] = &[
    "The council said it would spend £4.2m on road repairs over the next three years.",
    "Unemployment fell to 4.1 per cent in the three months to March, the lowest since 2019.",
    "More than 2,300 people attended the rally in the city centre on Saturday afternoon.",
    "The minister told MPs that the scheme had been a success and would be extended.",
    "House prices rose 6% compared with the same month last year, according to the lender.",
    "Officials said the new bridge, which is 1.2 km long, would open in spring 2026.",
    "The company reported pre-tax profits of $1.5bn, up from $1.1bn a year earlier.",
    "Residents were told to expect delays while engineers inspected the damaged line.",
    "About a third of schools in the region reported staff shortages this term.",
    "The 34-year-old was arrested at 10.30pm on Tuesday and later released on bail.",
    "Temperatures could reach 31C in parts of the south-east by the weekend.",
    "Ticket sales more than doubled, with 48,000 sold in the first week alone.",
    "Campaigners have called for an independent review of the decision.",
    "The report, published on 14 June 2024, found that waiting times had halved.",
    "Nearly 60% of respondents said they supported the plan, while 35% opposed it.",
    "The flight was diverted to Manchester after a passenger fell ill.",
    "Police said three men, aged between 19 and 24, had been charged.",
    "The fund, worth €250 million, will support small firms across the country.",
];

/// Sentences with no figures: most of an article is prose like this.
const PROSE: &[&str] = &[
    "The announcement was welcomed by local businesses, who had campaigned for the change.",
    "Opposition politicians accused the government of failing to act sooner.",
    "A spokesperson for the hospital said staff were doing everything they could.",
    "Neighbours described the family as friendly and said they were shocked by the news.",
    "The committee will hear evidence from experts before making its recommendations.",
    "Critics argue that the proposals do not go far enough to protect tenants.",
    "The museum has reopened after extensive renovation work on its main gallery.",
    "Witnesses reported hearing a loud bang shortly before the building was evacuated.",
    "The union said its members felt they had been left with no other choice.",
    "Talks between the two sides are expected to continue later in the week.",
    "The charity said demand for its services had never been higher.",
    "Several roads were closed and drivers were urged to avoid the area.",
    "The singer thanked fans for their support in a message posted online.",
    "Scientists say the findings could help doctors diagnose the condition earlier.",
    "The club confirmed that the manager had left by mutual consent.",
    "Farmers have warned that the dry weather is putting crops at risk.",
];

fn news_text(target: usize, prose_per_figure: usize) -> String {
    let mut text = String::with_capacity(target + 256);
    let mut i = 0usize;
    let mut p = 0usize;
    while text.len() < target {
        for _ in 0..prose_per_figure {
            text.push_str(PROSE[p % PROSE.len()]);
            text.push(' ');
            p += 1;
        }
        text.push_str(SENTENCES[i % SENTENCES.len()]);
        // A paragraph break every few sentences, as in copied articles.
        text.push_str(if i % 4 == 3 { "\n\n" } else { " " });
        i += 1;
    }
    text
}

/// Article-like mix: two sentences of prose for every sentence with figures.
#[divan::bench(sample_count = 20)]
fn news_1mb(bencher: Bencher) {
    let text = news_text(1 << 20, 2);
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| gloss::annotate_statistics(divan::black_box(&text)));
}

/// Worst case: every sentence full of figures and dates.
#[divan::bench(sample_count = 20)]
fn dense_figures_1mb(bencher: Bencher) {
    let text = news_text(1 << 20, 0);
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| gloss::annotate_statistics(divan::black_box(&text)));
}
