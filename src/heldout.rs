//! The fixed held-out split that every evaluation (`gloss-eval`) and trainer shares: a case or
//! document is held out when the FNV-1a hash of its id (a document id, or the case's text) is
//! 0 mod 5. The held-out part is never trained on and its errors are never read while tuning;
//! figures are reported for both parts. Only compiled for the command-line tools.

/// FNV-1a, 64 bits: a hash that stays the same across Rust versions and machines.
pub fn fnv1a(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Whether the case or document with this id is in the held-out part.
pub fn held_out(id: &str) -> bool {
    fnv1a(id) % 5 == 0
}

/// The fold (`0..folds`) of a case or document of the tuned part, for cross-validation inside
/// it (`scripts/gum-cv.sh`): the quotient of the same hash by 5, so that the folds do not follow
/// the held-out split.
pub fn fold(id: &str, folds: u32) -> u32 {
    ((fnv1a(id) / 5) % u64::from(folds.max(1))) as u32
}

/// Which part of a dev set to score: the part worked on, the held-out part, both, or one fold of
/// the part worked on (the documents a model trained without them is scored on).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Tuned,
    Held,
    All,
    /// Fold `k` of `n` of the tuned part (`--part fold:K/N`).
    Fold {
        k: u32,
        n: u32,
    },
}

impl Part {
    pub fn parse(s: &str) -> Result<Part, String> {
        match s {
            "tuned" => Ok(Part::Tuned),
            "held" => Ok(Part::Held),
            "all" => Ok(Part::All),
            other => parse_fold(other).ok_or_else(|| {
                format!("--part: expected tuned, held, all or fold:K/N (K < N), got '{other}'")
            }),
        }
    }

    /// Whether the case with this id is scored in this part.
    pub fn keeps(self, id: &str) -> bool {
        match self {
            Part::All => true,
            Part::Held => held_out(id),
            Part::Tuned => !held_out(id),
            Part::Fold { k, n } => !held_out(id) && fold(id, n) == k,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Part::Tuned => "tuned",
            Part::Held => "held-out",
            Part::All => "all",
            Part::Fold { .. } => "one fold of the tuned",
        }
    }
}

/// `fold:K/N` as a part, with K < N.
fn parse_fold(s: &str) -> Option<Part> {
    let (k, n) = s.strip_prefix("fold:")?.split_once('/')?;
    let (k, n) = (k.parse().ok()?, n.parse().ok()?);
    (k < n).then_some(Part::Fold { k, n })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_split_is_fnv1a_mod_5() {
        assert_eq!(fnv1a(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a("a"), 0xaf63_dc4c_8601_ec8c);
        let held = (0..1000).filter(|i| held_out(&format!("case-{i}"))).count();
        assert!((150..250).contains(&held), "{held} of 1000 held out");
        assert!(Part::Held.keeps("case-3") != Part::Tuned.keeps("case-3"));
        assert!(Part::All.keeps("case-3"));
        assert!(Part::parse("other").is_err());
    }

    #[test]
    fn the_folds_split_the_tuned_part() {
        let folds = [0, 1, 2, 3].map(|k| Part::parse(&format!("fold:{k}/4")).unwrap());
        for i in 0..1000 {
            let id = format!("doc-{i}");
            let holding = folds.iter().filter(|f| f.keeps(&id)).count();
            assert_eq!(holding, usize::from(Part::Tuned.keeps(&id)), "{id}");
        }
        let sizes = folds.map(|f| (0..1000).filter(|i| f.keeps(&format!("doc-{i}"))).count());
        assert!(sizes.iter().all(|&s| (150..250).contains(&s)), "{sizes:?}");
        for bad in ["fold:4/4", "fold:1", "fold:a/4", "fold:1/0"] {
            assert!(Part::parse(bad).is_err(), "{bad}");
        }
    }
}
