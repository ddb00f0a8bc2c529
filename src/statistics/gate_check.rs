//! What the gate tests share: every digit run of a text, each asked of a shortcut and of the
//! full path it guards.

use super::cursor::Cx;
use super::tokens::{tokenize, Kind, Words};

/// Calls `same` at each digit run of `text` (the run's token): `Ok(true)` where both paths read
/// something, `Ok(false)` where neither does, `Err` with what differs. Returns the first
/// difference, with the text and token, or (runs compared, runs read).
pub(in crate::statistics) fn each_digit_run(
    text: &str,
    mut same: impl FnMut(&Cx<'_>, usize) -> Result<bool, String>,
) -> Result<(usize, usize), String> {
    let mut toks = Vec::new();
    let mut words = Words::default();
    tokenize(text, &mut toks, &mut words);
    let cx = Cx::new(text, &toks, &words);
    let (mut runs, mut read) = (0, 0);
    for (i, t) in toks.iter().enumerate() {
        if t.kind() != Kind::Digits {
            continue;
        }
        read += usize::from(same(&cx, i).map_err(|e| format!("{text:?} at token {i}: {e}"))?);
        runs += 1;
    }
    Ok((runs, read))
}
