//! The lexicon's hash maps frozen into bytes that are used where they lie: the build script
//! (`build.rs`) reads the shipped gazetteers and word list as start-up did, and writes the three
//! maps as open-addressing tables that native builds include in the binary. Start-up then
//! builds nothing (it read ~100,000 lines into three maps: ~55 M instructions, a third of a
//! megabyte of heap). The WASM keeps reading the texts: the tables (random 64-bit keys) would
//! add ~1 MB to its gzipped download.
//!
//! A table: `u8` log2 of the slot count, `u8` 1 when the key 0 is present, `u16` its value,
//! `u32` the number of keys, then the slots, 10 bytes each: `u64` key (0 = empty), `u16` value, little-endian. A key's
//! first slot is its top bits, then the next ones in turn. A file is [`MAGIC`] and the tables
//! of the words, the phrases and the frequency classes, in that order.

use std::collections::HashMap;

use crate::entities::features::HashBuild;

pub const MAGIC: &[u8; 8] = b"GLOSSLEX";
const SLOT: usize = 10;
const HEADER: usize = 8;

/// A map from a word's or phrase's hash to a value, built or frozen.
pub enum Table {
    Built(HashMap<u64, u16, HashBuild>),
    // Not in the WASM, which never has one (its code cost gzipped bytes of download).
    #[cfg(not(target_arch = "wasm32"))]
    Frozen(Frozen),
}

impl Table {
    #[inline]
    pub fn get(&self, key: u64) -> Option<u16> {
        match self {
            Table::Built(map) => map.get(&key).copied(),
            #[cfg(not(target_arch = "wasm32"))]
            Table::Frozen(t) => t.get(key),
        }
    }

    /// Every key and its value, in key order.
    #[cfg(test)]
    pub fn entries(&self) -> Vec<(u64, u16)> {
        let mut all: Vec<(u64, u16)> = match self {
            Table::Built(map) => map.iter().map(|(&k, &v)| (k, v)).collect(),
            #[cfg(not(target_arch = "wasm32"))]
            Table::Frozen(t) => t
                .zero
                .map(|v| (0, v))
                .into_iter()
                .chain(t.slots.chunks_exact(SLOT).filter_map(|slot| {
                    let (k, v) = slot.split_at(8);
                    let k = u64::from_le_bytes(k.try_into().ok()?);
                    (k != 0).then(|| (k, u16::from_le_bytes(v.try_into().unwrap_or([0; 2]))))
                }))
                .collect(),
        };
        all.sort_unstable();
        all
    }

    /// How many keys it holds.
    pub fn n_keys(&self) -> usize {
        match self {
            Table::Built(map) => map.len(),
            #[cfg(not(target_arch = "wasm32"))]
            Table::Frozen(t) => t.len,
        }
    }
}

/// A table read in place from a frozen file.
#[cfg(not(target_arch = "wasm32"))]
pub struct Frozen {
    slots: &'static [u8],
    shift: u32,
    mask: usize,
    zero: Option<u16>,
    len: usize,
}

#[cfg(not(target_arch = "wasm32"))]
impl Frozen {
    #[inline]
    fn get(&self, key: u64) -> Option<u16> {
        if key == 0 {
            return self.zero;
        }
        let mut i = (key >> self.shift) as usize;
        loop {
            let slot = self.slots.get(i * SLOT..i * SLOT + SLOT)?;
            let (k, v) = slot.split_at(8);
            let k = u64::from_le_bytes(k.try_into().ok()?);
            if k == key {
                return Some(u16::from_le_bytes(v.try_into().ok()?));
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Reads a table at the start of `bytes`; returns it and the bytes after it.
    fn read(bytes: &'static [u8]) -> Option<(Frozen, &'static [u8])> {
        let (&[bits, has_zero, z0, z1, l0, l1, l2, l3], rest) =
            bytes.split_first_chunk::<HEADER>()?;
        if !(4..=40).contains(&bits) || has_zero > 1 {
            return None;
        }
        let n = 1usize << bits;
        let (slots, rest) = rest.split_at_checked(n.checked_mul(SLOT)?)?;
        // Read from the header, not counted: start-up must not touch every page of the slots.
        let len = u32::from_le_bytes([l0, l1, l2, l3]) as usize;
        let zero = (has_zero == 1).then_some(u16::from_le_bytes([z0, z1]));
        let table = Frozen {
            slots,
            shift: 64 - bits as u32,
            mask: n - 1,
            zero,
            len,
        };
        Some((table, rest))
    }
}

/// Writes `map` as a frozen table (at most half full), slots filled in key order so that the
/// bytes depend only on the map's contents.
pub fn freeze(map: &HashMap<u64, u16, HashBuild>, out: &mut Vec<u8>) {
    let bits = (map.len() * 2).next_power_of_two().trailing_zeros().max(4);
    let n = 1usize << bits;
    let mut slots = vec![(0u64, 0u16); n];
    let mut keys: Vec<(u64, u16)> = map.iter().map(|(&k, &v)| (k, v)).collect();
    crate::sorting::sort_plain(&mut keys);
    let mut zero = None;
    for (key, value) in keys {
        if key == 0 {
            zero = Some(value);
            continue;
        }
        let mut i = (key >> (64 - bits)) as usize;
        while slots[i].0 != 0 {
            i = (i + 1) & (n - 1);
        }
        slots[i] = (key, value);
    }
    let z = zero.unwrap_or(0).to_le_bytes();
    out.extend_from_slice(&[bits as u8, zero.is_some() as u8, z[0], z[1]]);
    out.extend_from_slice(&(map.len() as u32).to_le_bytes());
    for (k, v) in slots {
        out.extend_from_slice(&k.to_le_bytes());
        out.extend_from_slice(&v.to_le_bytes());
    }
}

/// The frozen file of the three maps.
pub fn freeze_all(maps: [&HashMap<u64, u16, HashBuild>; 3]) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    for map in maps {
        freeze(map, &mut out);
    }
    out
}

/// The three tables of a frozen file, or `None` if it is not one.
#[cfg(not(target_arch = "wasm32"))]
pub fn thaw(bytes: &'static [u8]) -> Option<[Table; 3]> {
    let rest = bytes.strip_prefix(MAGIC)?;
    let (words, rest) = Frozen::read(rest)?;
    let (phrases, rest) = Frozen::read(rest)?;
    let (freq, rest) = Frozen::read(rest)?;
    rest.is_empty().then_some([
        Table::Frozen(words),
        Table::Frozen(phrases),
        Table::Frozen(freq),
    ])
}
