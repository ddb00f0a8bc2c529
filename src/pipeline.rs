//! Runs the layers over one text and merges their output in reading order.

use std::cmp::Ordering;

use crate::annotation::{Annotation, Layer};
use crate::progress::{self, Stage};
#[cfg(not(target_arch = "wasm32"))]
use crate::sharing::Sharing;
use crate::statistics::{Figure, Locale};
use crate::{boilerplate, entities, statistics};

/// What to annotate. Annotating itself never fails: any `&str` is valid input.
///
/// Deserialises from `{boilerplate?, entities?, statistics?, html?, locale?}` (the page's
/// options; a missing field keeps its default, an empty locale is none).
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(default)]
pub struct Options {
    pub boilerplate: bool,
    pub entities: bool,
    pub statistics: bool,
    /// The HTML the text was copied from (a rich paste, or a `"html"` field in the CLI's JSON
    /// Lines). Only the boilerplate layer uses it; annotations always refer to the text.
    pub html: Option<String>,
    /// The reader's region ("en-AU"): what "$", "10 grand" and "03/04/2020" mean when the text
    /// does not say. `None` reads them as before (USD; "/" dates month first).
    #[serde(deserialize_with = "locale_tag")]
    pub locale: Option<Locale>,
}

/// `"en-AU"` → that locale; `""` or `null` → none; a tag without a known region is an error.
fn locale_tag<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Locale>, D::Error> {
    let tag: Option<String> = serde::Deserialize::deserialize(d)?;
    match tag.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(t) => Locale::parse(t)
            .map(Some)
            .map_err(|e| serde::de::Error::custom(format_args!("locale '{t}': {e}"))),
    }
}

impl Default for Options {
    fn default() -> Self {
        Options {
            boilerplate: true,
            entities: true,
            statistics: true,
            html: None,
            locale: None,
        }
    }
}

/// Annotates `text` with every enabled layer.
///
/// The result is sorted by start, then longest first, then by layer; spans of different layers
/// may overlap (an entity inside a boilerplate line is still an entity). Each layer says how far
/// it is to a reporter the caller may install ([`progress::with_reporter`]).
pub fn annotate(text: &str, options: &Options) -> Vec<Annotation> {
    annotate_between(text, options, || {}).into_vec()
}

/// The annotations of one text as the layers leave them: the boilerplate and entity
/// annotations in one list, the statistics as their compact records ([`Figure`], half an
/// annotation: a text of dense figures is mostly figures), each list in the canonical order.
/// [`Annotated::iter`] merges them in that order, as [`annotate`] lists them.
#[derive(Debug, Default)]
pub struct Annotated {
    others: Vec<Annotation>,
    figures: Vec<Figure>,
}

/// One annotation of an [`Annotated`]: an annotation of the other layers, or a figure.
#[derive(Debug, Clone, Copy)]
pub enum AnnotationRef<'a> {
    Other(&'a Annotation),
    Figure(&'a Figure),
}

impl AnnotationRef<'_> {
    pub fn span(&self) -> std::ops::Range<usize> {
        match self {
            AnnotationRef::Other(a) => a.span.clone(),
            AnnotationRef::Figure(f) => f.span(),
        }
    }

    pub fn layer(&self) -> Layer {
        match self {
            AnnotationRef::Other(a) => a.layer(),
            AnnotationRef::Figure(_) => Layer::Statistic,
        }
    }

    pub fn kind(&self) -> &'static str {
        match self {
            AnnotationRef::Other(a) => a.kind,
            AnnotationRef::Figure(f) => f.kind(),
        }
    }
}

impl Annotated {
    pub fn len(&self) -> usize {
        self.others.len() + self.figures.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every annotation in the canonical order (as [`sort`] orders them).
    pub fn iter(&self) -> impl Iterator<Item = AnnotationRef<'_>> + '_ {
        merged(&self.others, &self.figures)
    }

    /// The other layers' annotations and the figures, each in the canonical order.
    pub(crate) fn lists(&self) -> (&[Annotation], &[Figure]) {
        (&self.others, &self.figures)
    }

    /// The annotations as one list, as [`annotate`] returns them.
    pub fn into_vec(self) -> Vec<Annotation> {
        if self.figures.is_empty() {
            return self.others;
        }
        self.iter()
            .map(|a| match a {
                AnnotationRef::Other(a) => a.clone(),
                AnnotationRef::Figure(f) => f.annotation(),
            })
            .collect()
    }
}

/// Two lists in the canonical order as one: an element of `others` and a figure are never
/// equal, they differ in layer.
pub(crate) fn merged<'a>(
    others: &'a [Annotation],
    figures: &'a [Figure],
) -> impl Iterator<Item = AnnotationRef<'a>> + 'a {
    let (mut i, mut k) = (0, 0);
    std::iter::from_fn(move || {
        let item = match (others.get(i), figures.get(k)) {
            (Some(a), Some(f))
                if order_of(AnnotationRef::Other(a), AnnotationRef::Figure(f)).is_gt() =>
            {
                AnnotationRef::Figure(f)
            }
            (Some(a), _) => AnnotationRef::Other(a),
            (None, Some(f)) => AnnotationRef::Figure(f),
            (None, None) => return None,
        };
        match item {
            AnnotationRef::Other(_) => i += 1,
            AnnotationRef::Figure(_) => k += 1,
        }
        Some(item)
    })
}

/// [`annotate`], calling `between` after each of the first two layers, once what that layer
/// worked with is freed and before the next one starts. The `gloss` command hands the freed
/// memory back to the system there (glibc's `malloc_trim`): on 5 M one-letter lines the
/// boilerplate and entity passes left 50 MB of freed blocks resident under the statistics
/// layer's tokens (10 MB of input: 140 MB peak, 106 MB with it).
pub fn annotate_between(text: &str, options: &Options, mut between: impl FnMut()) -> Annotated {
    let mut lists = Vec::with_capacity(2);
    if options.boilerplate {
        lists.push(boilerplate::annotate(text, options.html.as_deref()));
        between();
    }
    progress::at(Stage::Boilerplate, 1, 1);
    if options.entities {
        lists.push(entities::annotate(text));
        between();
    }
    progress::at(Stage::Entities, 1, 1);
    let figures = if options.statistics {
        statistics::figures_for(text, options.locale)
    } else {
        Vec::new()
    };
    progress::at(Stage::Statistics, 1, 1);
    in_reading_order(lists, figures)
}

/// [`annotate`] on two cores: the entity pass, the longest layer, runs on a second thread while
/// statistics run on this one; the boilerplate layer runs on whichever thread is free first
/// (after statistics here, after the entity pass there), so that neither waits on the other
/// while the boilerplate lines are read. The layers share nothing, so the result is the same as
/// [`annotate`]'s, in the same order; it needs the layers' working memory at once, so the `gloss`
/// command uses it for documents that are not large. The thread done first with its own layers
/// helps the other ([`Sharing`]): with the boilerplate layer's lines
/// (`boilerplate::annotate_shared`) and with the statistics windows' scans
/// (`statistics::figures_shared`), the results in the one-thread order. Progress is reported as
/// the layers finish. A panic in the second thread is passed on, as [`annotate`] would.
#[cfg(not(target_arch = "wasm32"))]
pub fn annotate_side_by_side(text: &str, options: &Options) -> Annotated {
    use std::sync::atomic::{AtomicBool, Ordering as Atomic};

    if !options.entities {
        return annotate_between(text, options, || {});
    }
    // Set by the thread that takes the boilerplate layer: it runs exactly once, and the other
    // thread, once free, takes pieces of its lines to describe until it is done.
    let taken = AtomicBool::new(!options.boilerplate);
    let sharing = Sharing::new(!options.boilerplate);
    // The statistics layer's board: the second thread, done with its own layers, scans pieces
    // of the statistics windows until the layer is done (it is the longer on figure-dense text).
    let statistics_sharing = Sharing::new(!options.statistics);
    let boilerplate_if_free = || {
        (!taken.swap(true, Atomic::AcqRel)).then(|| {
            let _closing = sharing.closing();
            boilerplate::annotate_shared(text, options.html.as_deref(), &sharing)
        })
    };
    // The same lists in the same order as `annotate`, so that equal keys sort alike. The thread
    // that ran the boilerplate layer holds both lists and puts them in order, so that a second
    // thread that is done first does it while statistics still run here.
    let in_order = |boilerplate: Option<Vec<Annotation>>, entities: Vec<Annotation>| {
        others_in_order(boilerplate.into_iter().chain([entities]).collect())
    };
    let (others, figures) = std::thread::scope(|scope| {
        // The main thread's stack size, so that the entity pass has the room it has there.
        let worker = std::thread::Builder::new()
            .name("gloss-entities".into())
            .stack_size(8 << 20)
            .spawn_scoped(scope, || {
                let entities = entities::annotate(text);
                let there = match boilerplate_if_free() {
                    Some(boilerplate) => Ok(in_order(Some(boilerplate), entities)),
                    None => {
                        sharing.help_until_closed();
                        Err(entities)
                    }
                };
                statistics_sharing.help_until_closed();
                there
            });
        let figures = options.statistics.then(|| {
            let _closing = statistics_sharing.closing();
            figures_in_order(statistics::figures_shared(
                text,
                options.locale,
                &statistics_sharing,
            ))
        });
        let here = boilerplate_if_free();
        if here.is_none() {
            sharing.help_until_closed();
        }
        let there = match worker {
            Ok(handle) => handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            // No thread to be had: the entity pass runs here after the others.
            Err(_) => Err(entities::annotate(text)),
        };
        let others = there.unwrap_or_else(|entities| in_order(here, entities));
        (others, figures)
    });
    progress::at(Stage::Boilerplate, 1, 1);
    progress::at(Stage::Entities, 1, 1);
    progress::at(Stage::Statistics, 1, 1);
    Annotated {
        others,
        figures: figures.unwrap_or_default(),
    }
}

/// The layers' results, each list in the canonical order.
fn in_reading_order(lists: Vec<Vec<Annotation>>, figures: Vec<Figure>) -> Annotated {
    Annotated {
        others: others_in_order(lists),
        figures: figures_in_order(figures),
    }
}

/// The boilerplate and entity lists as one, in the canonical order.
fn others_in_order(lists: Vec<Vec<Annotation>>) -> Vec<Annotation> {
    let mut others = joined(lists);
    sort(&mut others);
    others
}

/// The figures in the canonical order.
fn figures_in_order(mut figures: Vec<Figure>) -> Vec<Figure> {
    let figure_order =
        |a: &Figure, b: &Figure| order_of(AnnotationRef::Figure(a), AnnotationRef::Figure(b));
    // Figures come nearly in reading order (a range may start before the figure before it).
    // A stable sort sets aside room for half the list even when nothing moves: check first.
    if !figures.is_sorted_by(|a, b| figure_order(a, b).is_le()) {
        crate::sorting::sort_by(&mut figures, figure_order);
    }
    figures
}

/// The layers' lists as one, with the longest kept where it is and the others appended to it:
/// on a text of dense figures the statistics are most of the memory, and copying them into a
/// fresh list would hold them twice.
fn joined(mut lists: Vec<Vec<Annotation>>) -> Vec<Annotation> {
    let Some(longest) = (0..lists.len()).max_by_key(|&i| lists[i].len()) else {
        return Vec::new();
    };
    let mut out = lists.swap_remove(longest);
    out.reserve_exact(lists.iter().map(Vec::len).sum());
    for mut list in lists {
        out.append(&mut list);
    }
    out
}

/// The canonical order of annotations: by start, longer spans first, then by layer and type.
pub fn sort(annotations: &mut [Annotation]) {
    // A list already in order (one layer's, or layers that do not interleave) is left as it
    // is: a stable sort sets aside room for half the list even when there is nothing to move.
    if annotations.is_sorted_by(|a, b| order(a, b).is_le()) {
        return;
    }
    crate::sorting::sort_by(annotations, order);
}

fn order(a: &Annotation, b: &Annotation) -> Ordering {
    order_of(AnnotationRef::Other(a), AnnotationRef::Other(b))
}

fn order_of(a: AnnotationRef, b: AnnotationRef) -> Ordering {
    let (sa, sb) = (a.span(), b.span());
    // Layer and type only for equal spans: comparing the types' names every time was half the
    // cost of checking that 23,000 figures are in order.
    sa.start
        .cmp(&sb.start)
        .then(sb.end.cmp(&sa.end))
        .then_with(|| a.layer().cmp(&b.layer()))
        .then_with(|| a.kind().cmp(b.kind()))
}
