//! How far one annotation is, for a caller that shows it (the page's worker, through
//! [`crate::wasm`]): the layers say where they are at a few points of their work, and a reporter
//! the caller installs for the run hears about it, a bounded number of times. Without a
//! reporter (the CLI, the tests, the tools) a call costs one thread-local look-up. The core does
//! no I/O here: what the reporter does with a fraction is the caller's business.

use std::cell::RefCell;

/// The parts of a run, in order, each with its share of the whole: measured natively on 1 MB of
/// made-up news text (boilerplate ≈ 8 %, entities ≈ 60 %, statistics ≈ 17 %, the output's
/// rendering and JSON ≈ 15 %), rounded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    Boilerplate,
    Entities,
    Statistics,
    /// The binding's rendering of the result (the WASM build only).
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    Output,
}

impl Stage {
    /// The part of the run (from, to) this stage covers.
    fn share(self) -> (f64, f64) {
        match self {
            Stage::Boilerplate => (0.0, 0.1),
            Stage::Entities => (0.1, 0.7),
            Stage::Statistics => (0.7, 0.88),
            Stage::Output => (0.88, 1.0),
        }
    }
}

struct Reporter {
    report: Box<dyn FnMut(f64)>,
    /// The fraction reported last, and the least step to the next report.
    last: f64,
    step: f64,
}

thread_local! {
    static REPORTER: RefCell<Option<Reporter>> = const { RefCell::new(None) };
}

/// Runs `run` with `report` hearing the fraction of it done (0 to 1, never decreasing), at most
/// `reports` times (each report at least 1/`reports` past the one before). Reporters do not nest:
/// an inner call replaces the outer one's for its run. (Only the WASM binding installs one.)
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn with_reporter<R>(
    report: impl FnMut(f64) + 'static,
    reports: u32,
    run: impl FnOnce() -> R,
) -> R {
    struct Restore(Option<Reporter>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let previous = self.0.take();
            REPORTER.with(|r| {
                if let Ok(mut slot) = r.try_borrow_mut() {
                    *slot = previous;
                }
            });
        }
    }
    let reporter = Reporter {
        report: Box::new(report),
        last: 0.0,
        step: 1.0 / f64::from(reports.max(1)),
    };
    let _restore = Restore(REPORTER.with(|r| r.replace(Some(reporter))));
    run()
}

/// Tells the reporter, if there is one, that `stage` has done `done` of `total` (any unit).
pub(crate) fn at(stage: Stage, done: usize, total: usize) {
    REPORTER.with(|r| {
        // A reporter that annotates again (re-entrancy) is not told about its own run.
        let Ok(mut slot) = r.try_borrow_mut() else {
            return;
        };
        let Some(reporter) = slot.as_mut() else {
            return;
        };
        let (from, to) = stage.share();
        let part = if total == 0 {
            1.0
        } else {
            (done as f64 / total as f64).min(1.0)
        };
        let fraction = from + (to - from) * part;
        if fraction >= reporter.last + reporter.step {
            reporter.last = fraction;
            (reporter.report)(fraction);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::rc::Rc;

    fn heard(reports: u32, run: impl FnOnce()) -> Vec<f64> {
        let seen = Rc::new(RefCell::new(Vec::new()));
        let into = Rc::clone(&seen);
        with_reporter(move |f| into.borrow_mut().push(f), reports, run);
        let out = seen.borrow().clone();
        out
    }

    #[test]
    fn progress_reports_are_bounded_increasing_and_span_the_run() {
        let text = "Ada Lovelace met Charles Babbage in London on 5 June 1833. ".repeat(4000);
        let seen = heard(40, || {
            crate::pipeline::annotate(&text, &crate::Options::default());
            at(Stage::Output, 1, 1);
        });
        assert!(
            seen.len() >= 10 && seen.len() <= 40,
            "{} reports",
            seen.len()
        );
        assert!(
            seen.windows(2).all(|w| w[1] - w[0] >= 1.0 / 40.0 - 1e-9),
            "{seen:?}"
        );
        assert!(seen.first().is_some_and(|f| *f < 0.2), "{seen:?}");
        assert!(seen.last().is_some_and(|f| *f > 0.99), "{seen:?}");
        // Every stage moves the bar: reports inside the entities' and statistics' shares.
        assert!(seen.iter().any(|f| *f > 0.15 && *f < 0.65), "{seen:?}");
        assert!(seen.iter().any(|f| *f > 0.72 && *f < 0.86), "{seen:?}");
    }

    #[test]
    fn progress_without_a_reporter_is_silent_and_the_reporter_ends_with_its_run() {
        at(Stage::Entities, 1, 2); // no reporter: nothing happens
        let seen = heard(10, || at(Stage::Statistics, 1, 1));
        assert_eq!(seen, vec![0.88]);
        assert!(heard(10, || {}).is_empty());
        let after = Rc::new(RefCell::new(0));
        let count = Rc::clone(&after);
        with_reporter(move |_| *count.borrow_mut() += 1, 10, || {});
        at(Stage::Output, 1, 1);
        assert_eq!(*after.borrow(), 0, "the reporter is gone after its run");
    }

    #[test]
    fn progress_annotation_is_the_same_with_and_without_a_reporter() {
        let text = "Sign up to our newsletter\nRishi Sunak said on Monday that 13% more homes were built.\n";
        let plain = crate::pipeline::annotate(text, &crate::Options::default());
        let watched = with_reporter(
            |_| {},
            40,
            || crate::pipeline::annotate(text, &crate::Options::default()),
        );
        assert_eq!(plain, watched);
    }
}
