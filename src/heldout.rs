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

    /// Whether the case with this id is scored in this part.
    pub fn keeps(self, id: &str) -> bool {
        match self {
            Part::All => true,
            Part::Held => held_out(id),
            Part::Tuned => !held_out(id),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Part::Tuned => "tuned",
            Part::Held => "held-out",
            Part::All => "all",
        }
    }
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
}
