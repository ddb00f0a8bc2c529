//! [`super::places::listed_as`]'s answers for the shared lexicon, kept by the name's words: a
//! name asked about is most often one asked about before (news names ~230 things in ~6,500
//! names), and the answer, each word lower-cased, hashed and looked up with its phrases, cost
//! ~360 instructions a name (1,388 names on 300 KB of news, most by [`super::heads`]).

use std::cell::RefCell;
use std::collections::HashMap;

use crate::entities::features::{hash_bytes, HashBuild};

/// Most answers kept (then all are dropped and kept anew): a few hundred names a text.
pub(super) const MAX_KEPT: usize = 4096;

/// The kept answers by the hash of their key (with where the key is in `keys`, compared on a
/// hit: another key of the same hash takes the place), the keys one after the other (no
/// allocation a key), and the buffer a key is made in.
#[derive(Default)]
struct Memo {
    answers: HashMap<u64, (u32, u32, bool), HashBuild>,
    keys: Vec<u8>,
    key: Vec<u8>,
}

/// Most bytes of keys kept.
const MAX_KEY_BYTES: usize = 1 << 20;

thread_local! {
    static MEMO: RefCell<Memo> = RefCell::default();
}

/// `answer()`, the answer for the name of `words` and the marks `mask` from the shared lexicon,
/// or the one it gave before for the same words and mask. The key is the mask and each word
/// after its length, so that no two lists of words make one key.
pub(super) fn remembered(words: &[&str], mask: u32, answer: impl FnOnce() -> bool) -> bool {
    MEMO.with(|memo| {
        let Ok(mut memo) = memo.try_borrow_mut() else {
            return answer();
        };
        let Memo { answers, keys, key } = &mut *memo;
        key.clear();
        key.extend_from_slice(&mask.to_le_bytes());
        for w in words {
            key.extend_from_slice(&w.len().to_le_bytes());
            key.extend_from_slice(w.as_bytes());
        }
        let hash = hash_bytes(key);
        if let Some(&(at, len, kept)) = answers.get(&hash) {
            if keys.get(at as usize..(at + len) as usize) == Some(key.as_slice()) {
                return kept;
            }
        }
        let fresh = answer();
        if answers.len() >= MAX_KEPT || keys.len() + key.len() > MAX_KEY_BYTES {
            answers.clear();
            keys.clear();
        }
        // Both fit in 32 bits: the keys are cleared before they pass 1 MB, a longer key is
        // not kept.
        if let (Ok(at), Ok(len)) = (u32::try_from(keys.len()), u32::try_from(key.len())) {
            if key.len() <= MAX_KEY_BYTES {
                keys.extend_from_slice(key);
                answers.insert(hash, (at, len, fresh));
            }
        }
        fresh
    })
}

/// How many answers this thread keeps (for the tests).
#[cfg(test)]
pub(super) fn kept() -> usize {
    MEMO.with(|memo| memo.borrow().answers.len())
}
