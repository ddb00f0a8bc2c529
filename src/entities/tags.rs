//! Entity types and the BILOU tags the sequence model predicts.
//!
//! BILOU marks each token as the Beginning, Inside or Last token of a multi-token name, a Unit
//! (single-token) name, or Outside any name. It lets the model learn name boundaries explicitly,
//! which measured better than BIO for feature-based taggers (Ratinov & Roth 2009).

/// The entity types, in tag order.
pub const TYPES: [&str; 5] = ["PER", "ORG", "LOC", "NORP", "MISC"];

/// Number of tags: O plus B/I/L/U for each type.
pub const N_TAGS: usize = 1 + 4 * TYPES.len();

/// A tag index in `0..N_TAGS`. 0 is O; `1 + 4 * type + part` otherwise.
pub type Tag = u8;

pub const O: Tag = 0;

/// Position of a token inside a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Begin = 0,
    Inside = 1,
    Last = 2,
    Unit = 3,
}

pub fn tag(kind: usize, part: Part) -> Tag {
    (1 + 4 * kind + part as usize) as Tag
}

/// The type index of a tag, `None` for O.
pub fn kind(tag: Tag) -> Option<usize> {
    (tag != O).then(|| (tag as usize - 1) / 4)
}

pub fn part(tag: Tag) -> Option<Part> {
    match tag {
        O => None,
        t => Some(match (t - 1) % 4 {
            0 => Part::Begin,
            1 => Part::Inside,
            2 => Part::Last,
            _ => Part::Unit,
        }),
    }
}

pub fn type_index(name: &str) -> Option<usize> {
    TYPES.iter().position(|t| *t == name)
}

/// Whether `next` may follow `prev` in a well-formed BILOU sequence (`prev` None = sentence start).
pub fn allowed(prev: Option<Tag>, next: Tag) -> bool {
    let open = prev.and_then(|p| match part(p) {
        Some(Part::Begin | Part::Inside) => kind(p),
        _ => None,
    });
    match (open, part(next)) {
        (Some(k), Some(Part::Inside | Part::Last)) => kind(next) == Some(k),
        (Some(_), _) => false,
        (None, Some(Part::Inside | Part::Last)) => false,
        (None, _) => true,
    }
}

/// Whether a sentence may end after `last` (no name left open).
pub fn can_end(last: Tag) -> bool {
    !matches!(part(last), Some(Part::Begin | Part::Inside))
}

/// Turns per-token spans `(start, end, type)` (end exclusive, in tokens) into BILOU tags.
pub fn encode(n_tokens: usize, spans: &[(usize, usize, usize)]) -> Vec<Tag> {
    let mut tags = vec![O; n_tokens];
    for &(s, e, k) in spans {
        if s >= e || e > n_tokens {
            continue;
        }
        if e - s == 1 {
            tags[s] = tag(k, Part::Unit);
        } else {
            tags[s] = tag(k, Part::Begin);
            for t in &mut tags[s + 1..e - 1] {
                *t = tag(k, Part::Inside);
            }
            tags[e - 1] = tag(k, Part::Last);
        }
    }
    tags
}

/// Reads names back out of a tag sequence as `(start, end, type)` token spans. Tolerates
/// ill-formed sequences (a stray I or L starts a name; an unclosed B ends at the next O).
pub fn decode(tags: &[Tag]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    decode_into(tags, &mut out);
    out
}

/// [`decode`] into `out` (emptied first), reusing its memory.
pub fn decode_into(tags: &[Tag], out: &mut Vec<(usize, usize, usize)>) {
    out.clear();
    // Most sentences hold no name: every tag O, found eight tags at a time.
    let Some(mut i) = first_not_o(tags) else {
        return;
    };
    let mut open: Option<(usize, usize)> = None;
    while let Some(&t) = tags.get(i) {
        // An O with no name open closes and opens nothing (the steps below would do nothing):
        // the run of them is passed over at once (most of a sentence's tags).
        if t == O && open.is_none() {
            let rest = tags.get(i..).unwrap_or(&[]);
            i += first_not_o(rest).unwrap_or(rest.len());
            continue;
        }
        let k = kind(t);
        if let Some((s, ok)) = open {
            if k != Some(ok) || matches!(part(t), Some(Part::Begin | Part::Unit)) {
                out.push((s, i, ok));
                open = None;
            }
        }
        match (k, part(t)) {
            (Some(k), Some(Part::Unit)) => out.push((i, i + 1, k)),
            (Some(k), Some(Part::Last)) => {
                let s = open.take().map_or(i, |(s, _)| s);
                out.push((s, i + 1, k));
            }
            (Some(k), Some(Part::Begin | Part::Inside)) if open.is_none() => open = Some((i, k)),
            _ => {}
        }
        i += 1;
    }
    if let Some((s, k)) = open {
        out.push((s, tags.len(), k));
    }
}

/// The place of the first tag of `tags` that is not O, eight tags read as one number at a time
/// (O is 0: a number of O tags is 0, and the first tag that is not is its lowest byte that is
/// not; a tag at a time cost ~5 instructions a tag of the runs of O).
#[inline(always)]
pub(crate) fn first_not_o(tags: &[Tag]) -> Option<usize> {
    const { assert!(O == 0) };
    let mut eights = tags.chunks_exact(8);
    let mut at = 0;
    for eight in &mut eights {
        let x = eight
            .first_chunk::<8>()
            .map_or(0, |b| u64::from_le_bytes(*b));
        if x != 0 {
            return Some(at + (x.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    eights
        .remainder()
        .iter()
        .position(|&t| t != O)
        .map(|j| at + j)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_rng::XorShift;

    #[test]
    fn encode_then_decode_round_trips() {
        type Case = (&'static str, usize, &'static [(usize, usize, usize)]);
        let cases: &[Case] = &[
            ("empty", 0, &[]),
            ("one unit", 3, &[(1, 2, 0)]),
            ("two-token name", 4, &[(0, 2, 1)]),
            ("three-token name at end", 5, &[(2, 5, 2)]),
            ("adjacent names", 4, &[(0, 1, 3), (1, 3, 4)]),
        ];
        for (name, n, spans) in cases {
            let tags = encode(*n, spans);
            assert_eq!(decode(&tags), spans.to_vec(), "{name}");
        }
    }

    /// [`decode_into`] as it was before its shortcuts for O: every tag through the same steps.
    fn decode_plain(tags: &[Tag]) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        let mut open: Option<(usize, usize)> = None;
        for (i, &t) in tags.iter().enumerate() {
            let k = kind(t);
            if let Some((s, ok)) = open {
                if k != Some(ok) || matches!(part(t), Some(Part::Begin | Part::Unit)) {
                    out.push((s, i, ok));
                    open = None;
                }
            }
            match (k, part(t)) {
                (Some(k), Some(Part::Unit)) => out.push((i, i + 1, k)),
                (Some(k), Some(Part::Last)) => {
                    let s = open.take().map_or(i, |(s, _)| s);
                    out.push((s, i + 1, k));
                }
                (Some(k), Some(Part::Begin | Part::Inside)) if open.is_none() => {
                    open = Some((i, k))
                }
                _ => {}
            }
        }
        if let Some((s, k)) = open {
            out.push((s, tags.len(), k));
        }
        out
    }

    /// [`first_not_o`] finds what a walk a tag at a time finds: every length up to 40 with
    /// every single tag that is not O at each place, and after runs of O of every length.
    #[test]
    fn first_not_o_matches_the_plain_walk() {
        for len in 0..40 {
            let mut tags = vec![O; len];
            assert_eq!(first_not_o(&tags), None);
            for at in 0..len {
                for t in [1, 2, N_TAGS as Tag - 1, 0x80, 0xff] {
                    tags.fill(O);
                    tags[at] = t;
                    if at + 3 < len {
                        tags[at + 3] = 1;
                    }
                    let plain = tags.iter().position(|&t| t != O);
                    assert_eq!(first_not_o(&tags), plain, "{tags:?}");
                }
            }
        }
    }

    #[test]
    fn decoding_matches_the_plain_steps_on_any_tags() {
        // Random sequences, well- and ill-formed, mostly O (as tagged text is), of every length
        // up to 40; and every sequence of three tags.
        let mut rng = XorShift::new(0x2545_F491_4F6C_DD1D);
        let mut next = |n: u64| rng.next_u64() % n;
        let mut out = Vec::new();
        for round in 0..20_000 {
            let len = (round % 41) as usize;
            let o_share = next(10);
            let tags: Vec<Tag> = (0..len)
                .map(|_| {
                    if next(10) < o_share {
                        O
                    } else {
                        next(N_TAGS as u64) as Tag
                    }
                })
                .collect();
            decode_into(&tags, &mut out);
            assert_eq!(out, decode_plain(&tags), "{tags:?}");
        }
        for a in 0..N_TAGS as Tag {
            for b in 0..N_TAGS as Tag {
                for c in 0..N_TAGS as Tag {
                    let tags = [a, O, b, c, O];
                    decode_into(&tags, &mut out);
                    assert_eq!(out, decode_plain(&tags), "{tags:?}");
                }
            }
        }
    }

    #[test]
    fn transitions() {
        let b_per = tag(0, Part::Begin);
        let l_per = tag(0, Part::Last);
        let l_org = tag(1, Part::Last);
        let cases = [
            ("start then B", None, b_per, true),
            ("start then L", None, l_per, false),
            ("B then L same type", Some(b_per), l_per, true),
            ("B then L other type", Some(b_per), l_org, false),
            ("B then O", Some(b_per), O, false),
            ("L then O", Some(l_per), O, true),
        ];
        for (name, prev, next, want) in cases {
            assert_eq!(allowed(prev, next), want, "{name}");
        }
    }
}
