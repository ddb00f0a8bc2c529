//! Precision, recall and F1 from counts, and a plain table to print them.

/// True positives, false positives and false negatives of one class or family.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    pub tp: f64,
    pub fp: f64,
    pub fn_: f64,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        ratio(2.0 * p * r, p + r)
    }

    pub fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
}

pub use gloss::heldout::{held_out, Part};

/// Whether two values agree, up to rounding (relative 1e-6, absolute for small values).
pub fn same_value(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

/// The number that follows the option `flag` (`--min 0.85`).
pub fn fraction<'a>(flag: &str, it: &mut impl Iterator<Item = &'a String>) -> Result<f64, String> {
    let v = it.next().ok_or_else(|| format!("{flag} needs a value"))?;
    v.parse().map_err(|_| format!("{flag}: not a number: {v}"))
}

fn ratio(a: f64, b: f64) -> f64 {
    if b == 0.0 {
        0.0
    } else {
        a / b
    }
}

/// Prints `name  P  R  F1  tp fp fn` rows under a header.
pub fn print_table(rows: &[(String, Counts)]) {
    let width = rows.iter().map(|(n, _)| n.len()).max().unwrap_or(5).max(5);
    println!(
        "{:<width$}  {:>9}  {:>6}  {:>6}  {:>8}  {:>8}  {:>8}",
        "", "precision", "recall", "F1", "tp", "fp", "fn"
    );
    for (name, c) in rows {
        println!(
            "{:<width$}  {:>9.3}  {:>6.3}  {:>6.3}  {:>8}  {:>8}  {:>8}",
            name,
            c.precision(),
            c.recall(),
            c.f1(),
            c.tp,
            c.fp,
            c.fn_
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn f1_of_known_counts() {
        let c = Counts {
            tp: 8.0,
            fp: 2.0,
            fn_: 8.0,
        };
        assert!((c.precision() - 0.8).abs() < 1e-9);
        assert!((c.recall() - 0.5).abs() < 1e-9);
        assert!((c.f1() - 0.6153846).abs() < 1e-6);
        assert_eq!(Counts::default().f1(), 0.0);
    }
}
