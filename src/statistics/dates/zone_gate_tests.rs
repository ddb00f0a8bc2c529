//! [`super::is_zone`]'s gate (two to four ASCII letters) against the plain test it guards.

use super::{is_zone, ZONES};

/// The test before the gate: the zones as written, or in lower case where that is no word.
fn plain(s: &str) -> bool {
    ZONES.contains(&s)
        || ZONES.iter().any(|z| {
            z.len() >= 3
                && !matches!(*z, "EST" | "IST" | "MST" | "CST")
                && s.len() == z.len()
                && s.eq_ignore_ascii_case(z)
                && s.chars().all(|c| c.is_ascii_lowercase())
        })
}

#[test]
fn the_gate_keeps_every_zone_and_turns_away_only_what_no_zone_is() {
    let mut cases: Vec<String> = Vec::new();
    // Every spelling of every zone with each letter in either case, and with a piece added.
    for z in ZONES {
        let n = z.len();
        for mask in 0..1u32 << n {
            let s: String = z
                .chars()
                .enumerate()
                .map(|(k, c)| {
                    if mask >> k & 1 == 1 {
                        c.to_ascii_lowercase()
                    } else {
                        c
                    }
                })
                .collect();
            for extra in ["", "S", "s", "1", ".", "é", " "] {
                cases.push(format!("{s}{extra}"));
                cases.push(format!("{extra}{s}"));
            }
        }
    }
    // Every string of up to three characters over the zones' letters in both cases, a digit,
    // a mark and a non-ASCII letter.
    let alphabet: Vec<char> = "GMTUCBSEWDPIJHKANZRgmtucbsewdpijhkanzr1.éİ"
        .chars()
        .collect();
    let mut short = vec![String::new()];
    for _ in 0..3 {
        let longer: Vec<String> = short
            .iter()
            .flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}")))
            .collect();
        cases.extend(longer.iter().cloned());
        short = longer;
    }
    cases.extend(
        [
            "", "GMTT", "gmt2", "ESTs", "Est", "est", "ist", "pst", "et", "ET",
        ]
        .map(String::from),
    );
    let mut zones = 0;
    for s in &cases {
        assert_eq!(is_zone(s), plain(s), "{s:?}");
        zones += usize::from(plain(s));
    }
    // The cases hold zones and words that are not zones.
    assert!(zones > ZONES.len() && zones < cases.len() / 2, "{zones}");
}
