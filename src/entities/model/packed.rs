//! The shipped model as the WASM download carries it: the model file ([`crate::entities::
//! model_file`]) with its streams rearranged or coded ([`pack`]), 33 KB smaller gzipped.
//! [`unpack`] gives back the very bytes of the file, which the WASM then decodes as before; the
//! build script writes [`pack`]'s form into `OUT_DIR` and checks it comes back (native builds
//! read the rows laid out at build time instead).
//!
//! The file keeps each feature's weights together, features in id order: a random order of
//! tag sets. Packed, the features' weights are grouped by tag set (features in id order inside
//! a group), the groups ordered by their number of weights, then by rank: like rows follow like
//! rows, and gzip finds their sizes and repeats (180,875 → 158,879 bytes gzipped, twenty-ninth
//! session). The id gaps and the ranks, near their entropy in order 0 and with nothing for gzip
//! to find, are static bit codes ([`super::codes`]; thirty-second session). An adaptive range
//! coder saved more, but decoding its ~4 M bits cost ~240 M instructions.

use super::codes::{canonical_codes, huffman_lengths, BitReader, BitWriter, Decoder};
use crate::entities::model_file::put_varint;

/// Bytes of the file's header: magic, version, tags, features, scale, flags, three counts.
const HEADER: usize = 33;

/// The one error: the WASM carries no message per case (their code cost it 1 KB gzipped), and
/// the build script checks the shipped file.
const DAMAGED: &str = "the packed model is damaged";

/// The offsets of a model file's streams.
struct Layout {
    /// The weights stream.
    weights: std::ops::Range<usize>,
    /// Each feature's tag-set rank, in id order.
    ranks: Vec<u32>,
    /// The number of weights of each tag set.
    per_mask: Vec<usize>,
}

fn u32_at(bytes: &[u8], at: usize) -> Option<usize> {
    let b = bytes.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
}

/// The header's counts: features, tag sets, weights, wide weights; each at most the file's
/// length, so that sums of a few of them cannot overflow.
fn counts(file: &[u8]) -> Option<[usize; 4]> {
    if file.get(..8) != Some(&crate::entities::model_file::MAGIC[..]) {
        return None;
    }
    let counts = [
        u32_at(file, 12)?,
        u32_at(file, 21)?,
        u32_at(file, 25)?,
        u32_at(file, 29)?,
    ];
    counts.iter().all(|&c| c <= file.len()).then_some(counts)
}

/// Takes `len` bytes at `*pos`.
fn take<'a>(bytes: &'a [u8], pos: &mut usize, len: usize) -> Option<&'a [u8]> {
    let end = pos.checked_add(len)?;
    let s = bytes.get(*pos..end)?;
    *pos = end;
    Some(s)
}

/// Reads the streams' offsets, the ranks and the tag sets' sizes of a model file (plain or
/// with its weights grouped: they differ only inside the weights stream).
fn layout(file: &[u8]) -> Option<Layout> {
    let [n, n_masks, n_weights, n_wide] = counts(file)?;
    let masks_at = HEADER + 4 * n;
    let weights_at = masks_at + 4 * n_masks;
    let wide_at = weights_at + n_weights;
    let masks = file.get(masks_at..weights_at)?;
    let rows = file.get(wide_at + 2 * n_wide..)?;
    let per_mask = (0..n_masks)
        .map(|i| {
            let byte = |p: usize| masks.get(p * n_masks + i).copied().unwrap_or(0);
            u32::from_le_bytes([byte(0), byte(1), byte(2), byte(3)]).count_ones() as usize
        })
        .collect();
    Some(Layout {
        weights: weights_at..wide_at,
        ranks: read_ranks(rows, n)?,
        per_mask,
    })
}

/// Reads the file's tag-set ranks (varints, one a feature).
fn read_ranks(rows: &[u8], n: usize) -> Option<Vec<u32>> {
    let mut ranks = Vec::with_capacity(n);
    let mut value = 0u32;
    let mut shift = 0;
    for &b in rows {
        if shift > 28 {
            return None;
        }
        value |= u32::from(b & 0x7F) << shift;
        shift += 7;
        if b & 0x80 == 0 {
            ranks.push(value);
            value = 0;
            shift = 0;
        }
    }
    (shift == 0 && ranks.len() == n).then_some(ranks)
}

/// Where each tag set's group of weights starts in the grouped order (groups by number of
/// weights, then by rank), checking the ranks and the number of weights.
fn group_starts(l: &Layout) -> Option<Vec<usize>> {
    let mut uses = vec![0usize; l.per_mask.len()];
    for &r in &l.ranks {
        *uses.get_mut(r as usize)? += 1;
    }
    // By number of weights (at most 32: a tag set is a u32), then by rank: counted, not
    // sorted (a sort's code cost the WASM 8 KB).
    let mut by_size = [0usize; 33];
    for (&size, &n) in l.per_mask.iter().zip(&uses) {
        *by_size.get_mut(size)? += size * n;
    }
    let mut at = 0usize;
    for total in &mut by_size {
        (*total, at) = (at, at + *total);
    }
    let mut starts = vec![0usize; l.per_mask.len()];
    for ((start, &size), &n) in starts.iter_mut().zip(&l.per_mask).zip(&uses) {
        let next = by_size.get_mut(size)?;
        *start = *next;
        *next += size * n;
    }
    (at == l.weights.len()).then_some(starts)
}

/// Moves each feature's weights between the file's order and the grouped order, in place.
fn permute(mut file: Vec<u8>, to_grouped: bool) -> Option<Vec<u8>> {
    let l = layout(&file)?;
    let mut starts = group_starts(&l)?;
    let from = file.get(l.weights.clone())?.to_vec();
    let to = file.get_mut(l.weights.clone())?;
    let mut plain_at = 0usize;
    for &r in &l.ranks {
        let size = *l.per_mask.get(r as usize)?;
        let start = starts.get_mut(r as usize)?;
        let (src, dst) = if to_grouped {
            (plain_at, *start)
        } else {
            (*start, plain_at)
        };
        let weights = from.get(src..src + size)?;
        // A byte loop: most features have one to three weights, too few for a call to memcpy.
        for (slot, &w) in to.get_mut(dst..dst + size)?.iter_mut().zip(weights) {
            *slot = w;
        }
        plain_at += size;
        *start += size;
    }
    Some(file)
}

/// The model file in the packed form: the weights grouped by tag set ([`permute`]); the id gaps
/// (four byte planes in the file) as Rice codes, `k` low bits plain (geometric gaps of random
/// ids: 209.3 → 206.5 KB); the ranks' varints as a Huffman code of each rank's bit length and
/// its bits below the top one (99.7 → 96.4 KB). Both codes are bits the pack's gzip leaves be.
///
/// ```text
/// header  k (u8)  gap bytes (u32)  gaps  masks weights wide (as the file)  33 lengths  ranks
/// ```
pub fn pack(file: &[u8]) -> Result<Vec<u8>, String> {
    pack_file(file).ok_or_else(|| DAMAGED.to_string())
}

/// Rank symbols: a rank's bit length, 0 to 32.
const RANK_SYMBOLS: usize = 33;

/// The Rice parameter with the fewest bits for `gaps`.
fn rice_k(gaps: &[u32]) -> u32 {
    (0..32u32)
        .min_by_key(|&k| {
            gaps.iter()
                .map(|&g| u64::from(g >> k) + 1 + u64::from(k))
                .sum::<u64>()
        })
        .unwrap_or(0)
}

fn pack_file(file: &[u8]) -> Option<Vec<u8>> {
    let grouped = permute(file.to_vec(), true)?;
    let [n, n_masks, n_weights, n_wide] = counts(file)?;
    let mut pos = 0;
    let mut out = Vec::with_capacity(file.len());
    out.extend_from_slice(take(&grouped, &mut pos, HEADER)?);
    let planes = [0, 1, 2, 3].map(|p| grouped.get(HEADER + p * n..HEADER + (p + 1) * n));
    let [Some(p0), Some(p1), Some(p2), Some(p3)] = planes else {
        return None;
    };
    pos += 4 * n;
    let gaps: Vec<u32> = (0..n)
        .map(|i| u32::from_le_bytes([p0[i], p1[i], p2[i], p3[i]]))
        .collect();
    let k = rice_k(&gaps);
    let mut w = BitWriter::default();
    for &g in &gaps {
        w.unary(g >> k);
        w.bits(g, k);
    }
    let gap_bytes = w.finish();
    out.push(u8::try_from(k).ok()?);
    out.extend_from_slice(&u32::try_from(gap_bytes.len()).ok()?.to_le_bytes());
    out.extend_from_slice(&gap_bytes);
    let middle = 4 * n_masks + n_weights + 2 * n_wide;
    out.extend_from_slice(take(&grouped, &mut pos, middle)?);
    let rows = grouped.get(pos..)?;
    let ranks = read_ranks(rows, n)?;
    // Only the shortest varints come back as they were.
    let mut again = Vec::with_capacity(rows.len());
    for &r in &ranks {
        put_varint(&mut again, u64::from(r));
    }
    if again != rows {
        return None;
    }
    let mut counts = [0u64; RANK_SYMBOLS];
    for &r in &ranks {
        counts[(32 - r.leading_zeros()) as usize] += 1;
    }
    let lengths = huffman_lengths(&counts);
    let codes = canonical_codes(&lengths);
    out.extend_from_slice(&lengths);
    let mut w = BitWriter::default();
    for &r in &ranks {
        let s = (32 - r.leading_zeros()) as usize;
        w.bits(codes[s], u32::from(lengths[s]));
        w.bits(r, (s as u32).saturating_sub(1));
    }
    out.extend_from_slice(&w.finish());
    Some(out)
}

/// The model file back from [`pack`]'s form, byte for byte.
pub fn unpack(packed: &[u8]) -> Result<Vec<u8>, String> {
    unpack_file(packed).ok_or_else(|| DAMAGED.to_string())
}

fn unpack_file(packed: &[u8]) -> Option<Vec<u8>> {
    let [n, n_masks, n_weights, n_wide] = counts(packed)?;
    let mut pos = 0;
    let mut file = Vec::with_capacity(packed.len() + 2 * n);
    file.extend_from_slice(take(packed, &mut pos, HEADER)?);
    let &[k] = take(packed, &mut pos, 1)? else {
        return None;
    };
    let gap_len = u32_at(packed, pos)?;
    pos += 4;
    let mut r = BitReader::new(take(packed, &mut pos, gap_len)?);
    let at = file.len();
    file.resize(at + 4 * n, 0);
    let (planes, _) = file.get_mut(at..)?.split_at_mut(4 * n);
    let (p01, p23) = planes.split_at_mut(2 * n);
    let (p0, p1) = p01.split_at_mut(n);
    let (p2, p3) = p23.split_at_mut(n);
    for (((b0, b1), b2), b3) in p0.iter_mut().zip(p1).zip(p2).zip(p3) {
        let q = r.unary()?;
        let g = q.checked_shl(u32::from(k))? | r.bits(u32::from(k))?;
        if u32::from(k) < 32 && g >> k != q {
            return None;
        }
        [*b0, *b1, *b2, *b3] = g.to_le_bytes();
    }
    if !r.at_end() {
        return None;
    }
    let middle = 4 * n_masks + n_weights + 2 * n_wide;
    file.extend_from_slice(take(packed, &mut pos, middle)?);
    let decoder = Decoder::new(take(packed, &mut pos, RANK_SYMBOLS)?)?;
    let mut r = BitReader::new(packed.get(pos..)?);
    for _ in 0..n {
        let s = u32::from(decoder.read(&mut r)?);
        let rank = match s {
            0 => 0,
            s => 1u32.checked_shl(s - 1)? | r.bits(s - 1)?,
        };
        put_varint(&mut file, u64::from(rank));
    }
    if !r.at_end() {
        return None;
    }
    permute(file, false)
}

#[cfg(test)]
#[path = "packed_tests.rs"]
mod tests;
