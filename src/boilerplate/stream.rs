//! The boilerplate layer on a long text, a group of lines at a time: what is kept for the whole
//! text is a few bytes per line (stage one's verdict, the final call, two bytes of facts)
//! and the count of each distinct line text, so memory stays a small multiple of the input
//! whatever the number of lines. Gives the annotations of [`super::annotate`]: each group is read
//! with enough neighbours on both sides that every window a feature looks at is complete.

use super::features::{self, At, LineInfo, Region, Totals};
use super::lines::{self, Line};
use super::model;
use super::{
    body_region, facts as line_facts, forced_boilerplate, mark_line, place, settle, Facts,
};
use super::{title_line, BODY_SAMPLE, TITLE_REACH_MAX};
use crate::annotation::Annotation;

/// Lines per group (texts with more lines than this are read in groups).
pub const GROUP: usize = 16_384;

/// Neighbours read on each side of a group: stage one looks at most 10 lines away, and the
/// headline at most [`TITLE_REACH_MAX`] lines before the body and [`BODY_SAMPLE`] into it.
const MARGIN: usize = 60;
const _: () = assert!(MARGIN >= 10 && MARGIN >= TITLE_REACH_MAX + BODY_SAMPLE);

/// Reads the lines of a text in groups of `size` with [`MARGIN`] neighbours on each side:
/// `visit(window, first, core)` gets the window's lines, the global index of its first line and
/// the range of the group's own lines within it.
fn for_each_group(
    text: &str,
    size: usize,
    mut visit: impl FnMut(&[Line], usize, std::ops::Range<usize>),
) {
    let mut it = lines::iter(text);
    let mut window: Vec<Line> = Vec::with_capacity(size + 2 * MARGIN);
    // Global index of window[0], and of the next group's first line.
    let mut first = 0usize;
    let mut next = 0usize;
    let mut exhausted = false;
    loop {
        // Fill up to the group's end plus the right margin.
        while !exhausted && first + window.len() < next + size + MARGIN {
            match it.next() {
                Some(l) => window.push(l),
                None => exhausted = true,
            }
        }
        let end = first + window.len();
        if next >= end {
            break;
        }
        let core_end = (next + size).min(end);
        visit(&window, first, next - first..core_end - first);
        next = core_end;
        // Keep the left margin of the next group.
        let keep_from = next.saturating_sub(MARGIN).max(first);
        window.drain(..keep_from - first);
        first = keep_from;
    }
}

/// The whole-document figures of [`At`] for a window starting at global line `first`.
fn at(totals: &Totals, first: usize, chars_before: usize, prose_before: usize) -> At {
    At {
        first,
        lines: totals.lines,
        chars: totals.chars,
        prose: totals.prose,
        chars_before,
        prose_before,
    }
}

/// Characters and prose lines of `infos` (to move the running totals on).
fn sums(infos: &[LineInfo]) -> (usize, usize) {
    let at = At::whole(infos);
    (at.chars, at.prose)
}

/// The boilerplate annotations of `text` (no HTML), read `size` lines at a time.
pub fn annotate(text: &str, size: usize) -> Vec<Annotation> {
    let size = size.max(1);
    let models = model::text_models();
    let mut totals = Totals::default();
    for_each_group(text, size, |window, _, core| {
        totals.add(text, window, core);
    });
    // Stage one over every line, and the main region as it goes.
    let mut p1: Vec<f32> = Vec::with_capacity(totals.lines);
    let mut region = Region::default();
    let (mut chars_before, mut prose_before) = (0usize, 0usize);
    for_each_group(text, size, |window, first, core| {
        let infos = features::describe_counted(text, window, Some(&totals));
        let ahead = infos.get(..core.start).unwrap_or(&[]);
        let (c, p) = sums(ahead);
        let at_window = at(
            &totals,
            first,
            chars_before.saturating_sub(c),
            prose_before.saturating_sub(p),
        );
        let columns = features::stage1_columns_at(window, &infos, None, &at_window);
        let slices: Vec<&[f32]> = columns
            .slices()
            .map(|c| c.get(core.clone()).unwrap_or(&[]))
            .collect();
        let p = models.stage1.predict_columns(&slices, core.len());
        for (info, pk) in infos.get(core.clone()).unwrap_or(&[]).iter().zip(&p) {
            region.push(info.shape.chars, *pk);
        }
        p1.extend(p);
        let (c, p) = sums(infos.get(core).unwrap_or(&[]));
        chars_before += c;
        prose_before += p;
    });
    let main = region.best();
    // Stage two: the final call and whether each line is plain.
    let mut content: Vec<bool> = Vec::with_capacity(totals.lines);
    let mut facts: Vec<Facts> = Vec::with_capacity(totals.lines);
    let (mut chars_before, mut prose_before) = (0usize, 0usize);
    for_each_group(text, size, |window, first, core| {
        let infos = features::describe_counted(text, window, Some(&totals));
        let (c, p) = sums(infos.get(..core.start).unwrap_or(&[]));
        let at_window = at(
            &totals,
            first,
            chars_before.saturating_sub(c),
            prose_before.saturating_sub(p),
        );
        let columns1 = features::stage1_columns_at(window, &infos, None, &at_window);
        let rows = first + core.start..first + core.end;
        let columns2 = features::stage2_columns_at(&p1, main, rows);
        let slices: Vec<&[f32]> = columns1
            .slices()
            .map(|c| c.get(core.clone()).unwrap_or(&[]))
            .chain(columns2.slices())
            .collect();
        let probability = models.stage2.predict_columns(&slices, core.len());
        let own = infos.get(core).unwrap_or(&[]);
        for (info, pk) in own.iter().zip(&probability) {
            content.push(*pk >= models.threshold && !forced_boilerplate(info));
            facts.push(line_facts(info));
        }
        let (c, p) = sums(own);
        chars_before += c;
        prose_before += p;
    });
    drop(p1);
    settle(&mut content, &facts, false);
    drop(facts);
    let n = content.len();
    let body = body_region(&content);
    let mut title = None;
    let mut out = Vec::new();
    for_each_group(text, size, |window, first, core| {
        // The headline's lines are in this window (the margin covers a group's edge): the
        // window is described whole, as `title_line` reads the lines before the body.
        let title_here = body.filter(|&(start, _)| {
            let reach = start.saturating_sub(TITLE_REACH_MAX);
            title.is_none() && reach >= first + core.start && reach < first + core.end
        });
        let whole = title_here.map(|_| features::describe_counted(text, window, Some(&totals)));
        if let (Some((start, _)), Some(infos)) = (title_here, whole.as_deref()) {
            title = title_line(text, window, infos, first, &content, start);
        }
        // Elsewhere only the lines to mark are described, a run of them at a time (a line's
        // description reads that line alone, and its copies from the totals): most lines of
        // an article, and all of a text with nothing to mark, are not described again.
        let mut i = core.start;
        while i < core.end {
            let marked = |i: usize| !content.get(first + i).copied().unwrap_or(true);
            if !marked(i) {
                i += 1;
                continue;
            }
            let mut end = i + 1;
            while end < core.end && marked(end) {
                end += 1;
            }
            let run = window.get(i..end).unwrap_or(&[]);
            let own;
            let infos = match whole.as_deref() {
                Some(infos) => infos.get(i..end).unwrap_or(&[]),
                None => {
                    // With the lines a page number reads around it (a bare number is one
                    // beside a running head).
                    let from = i.saturating_sub(features::PAGE_REACH);
                    let to = (end + features::PAGE_REACH).min(window.len());
                    let around = window.get(from..to).unwrap_or(&[]);
                    own = features::describe_counted(text, around, Some(&totals));
                    own.get(i - from..end - from).unwrap_or(&[])
                }
            };
            for (j, (line, info)) in run.iter().zip(infos).enumerate() {
                let k = first + i + j;
                mark_line(
                    text,
                    line,
                    info,
                    place(k, body, n),
                    title == Some(k),
                    &mut out,
                );
            }
            i = end;
        }
    });
    super::context::apply(text, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Made-up pages of many kinds, long enough to span several small groups.
    fn page(seed: usize) -> String {
        let pieces = [
            "Home",
            "World",
            "Sign up for our free morning newsletter",
            "The council met on Tuesday and agreed to fund the new bridge over the river, after a long debate about its cost.",
            "Residents said the plan had been discussed for years without any result, and many doubted it would ever happen.",
            "Share this article",
            "Updated 3 hours ago",
            "By Jane Roe",
            "The harbour at dawn on Monday (PA Archive)",
            "Council approves plan for new harbour bridge",
            "",
            "© 2031 Example News Ltd. All rights reserved.",
            "Ingredients",
            "2 cups of flour",
            "Page 3 of 12",
            "7",
            "Harbour Town Council – Annual Report 2031",
            "About Harbourline Energy",
            "###",
            "Tags: harbour, council",
        ];
        let mut rng = crate::test_rng::XorShift::new(seed as u64 * 0x9e37_79b9 + 1);
        let mut out = String::new();
        for _ in 0..(40 + seed * 37 % 200) {
            out.push_str(pieces[rng.below(pieces.len())]);
            out.push('\n');
        }
        out
    }

    #[test]
    fn groups_give_the_whole_text_answer() {
        for seed in 0..40 {
            let text = page(seed);
            let whole = super::super::annotate(&text, None);
            for size in [1, 7, 33] {
                assert_eq!(
                    annotate(&text, size),
                    whole,
                    "seed {seed}, groups of {size}"
                );
            }
        }
    }

    #[test]
    fn groups_cover_every_line_once() {
        let text = "a\n\nb\nc\n\n\nd\ne\nf\ng\n";
        for size in [1, 2, 3, 100] {
            let mut seen = Vec::new();
            for_each_group(text, size, |window, first, core| {
                for i in core {
                    seen.push((first + i, window[i].span.clone()));
                }
            });
            let want: Vec<_> = lines::split(text)
                .into_iter()
                .enumerate()
                .map(|(k, l)| (k, l.span))
                .collect();
            assert_eq!(seen, want, "groups of {size}");
        }
    }
}
