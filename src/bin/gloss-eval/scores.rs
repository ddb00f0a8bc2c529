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

/// Which part of a dev set to score: the part worked on, the held-out part, or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Tuned,
    Held,
    All,
}

impl Part {
    pub fn parse(s: &str) -> Result<Part, String> {
        match s {
            "tuned" => Ok(Part::Tuned),
            "held" => Ok(Part::Held),
            "all" => Ok(Part::All),
            other => Err(format!(
                "--part: expected tuned, held or all, got '{other}'"
            )),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Part::Tuned => "tuned",
            Part::Held => "held",
            Part::All => "all",
        }
    }

    /// Whether a case in the held-out part (or not) is scored in this part.
    pub fn keeps(self, held: bool) -> bool {
        match self {
            Part::Tuned => !held,
            Part::Held => held,
            Part::All => true,
        }
    }
}

/// The fixed held-out part of a dev set: one case in five, by FNV-1a (64-bit) of the case's
/// text (so a phrase repeated in several files is always on the same side). Never look at the
/// errors of this part while working on the grammars.
pub fn held_out(key: &str) -> bool {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in key.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h % 5 == 0
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

    #[test]
    fn held_out_is_fixed_and_about_a_fifth() {
        // FNV-1a of "" is the offset basis; its remainder mod 5 is fixed forever.
        assert_eq!(held_out(""), 0xcbf2_9ce4_8422_2325_u64 % 5 == 0);
        let held = (0..10_000)
            .filter(|n| held_out(&format!("case {n}")))
            .count();
        assert!((1_700..2_300).contains(&held), "{held} of 10,000 held out");
        assert!(Part::Tuned.keeps(false) && !Part::Tuned.keeps(true));
        assert!(Part::Held.keeps(true) && !Part::Held.keeps(false));
        assert!(Part::parse("other").is_err());
    }
}
