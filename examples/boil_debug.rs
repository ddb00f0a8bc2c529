use gloss::boilerplate::{features, lines};
fn main() {
    let text = std::env::args().nth(1).unwrap();
    let ls = lines::split(&text);
    let infos = features::describe(&text, &ls);
    for (l, i) in ls.iter().zip(&infos) {
        let t = &text[l.span.clone()];
        println!(
            "any={:?} strong={} words={} breaks={} terminal={} stamps={:?} by={} credit={}\n   {}",
            i.hits.any,
            i.hits.strong_total,
            i.shape.words,
            i.shape.sentence_breaks,
            i.shape.terminal,
            i.stamps,
            i.byline_start,
            i.credit_tail,
            t
        );
    }
}
