//! The shipped model as the WASM download carries it: the model file ([`crate::entities::
//! model_file`]) with three of its streams rearranged, which gzip codes 24 KB smaller.
//! [`unpack`] gives back the very bytes of the file, which the WASM then decodes as before; the
//! build script writes [`pack`]'s form into `OUT_DIR` and checks it comes back (native builds
//! read the rows laid out at build time instead).
//!
//! The file keeps each feature's weights together, features in id order: a random order of
//! tag sets. Packed, the features' weights are grouped by tag set (features in id order inside
//! a group), the groups ordered by their number of weights, then by rank: like rows follow like
//! rows, and gzip finds their sizes and repeats (180,875 → 158,879 bytes gzipped, twenty-ninth
//! session). Two smaller changes in [`pack`]. Unpacking costs a pass over the ranks and two
//! copies of the weights: ~13 M instructions natively (decoding the file ~9 M). An adaptive
//! range coder of the same streams saved 32 KB, but decoding its ~4 M bits cost ~240 M.

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

/// The model file in the packed form: the weights grouped by tag set ([`permute`]); the third
/// byte of the id gaps (0 for gaps under 65,536, about 4 in 5) in two bits each, the values
/// from 3 up after them (16.1 → 14.6 KB gzipped); the ranks' varints as their first bytes, then
/// their second bytes (ranks from 128 up), which gzip codes 1 KB smaller than interleaved.
pub fn pack(file: &[u8]) -> Result<Vec<u8>, String> {
    pack_file(file).ok_or_else(|| DAMAGED.to_string())
}

fn pack_file(file: &[u8]) -> Option<Vec<u8>> {
    let grouped = permute(file.to_vec(), true)?;
    let [n, n_masks, n_weights, n_wide] = counts(file)?;
    let mut pos = 0;
    let mut out = Vec::with_capacity(file.len());
    out.extend_from_slice(take(&grouped, &mut pos, HEADER + 2 * n)?);
    let plane = take(&grouped, &mut pos, n)?;
    out.extend(plane.chunks(4).map(|four| {
        four.iter()
            .enumerate()
            .fold(0u8, |q, (k, &v)| q | v.min(3) << (2 * k))
    }));
    out.extend(plane.iter().filter(|&&v| v >= 3));
    let middle = n + 4 * n_masks + n_weights + 2 * n_wide;
    out.extend_from_slice(take(&grouped, &mut pos, middle)?);
    let rows = grouped.get(pos..)?;
    let mut later = Vec::new();
    let mut first = true;
    for &b in rows {
        if first {
            out.push(b);
        } else {
            later.push(b);
        }
        first = b & 0x80 == 0;
    }
    out.extend_from_slice(&later);
    Some(out)
}

/// The model file back from [`pack`]'s form, byte for byte.
pub fn unpack(packed: &[u8]) -> Result<Vec<u8>, String> {
    unpack_file(packed).ok_or_else(|| DAMAGED.to_string())
}

fn unpack_file(packed: &[u8]) -> Option<Vec<u8>> {
    let [n, n_masks, n_weights, n_wide] = counts(packed)?;
    let mut pos = 0;
    let mut file = Vec::with_capacity(packed.len() + n);
    file.extend_from_slice(take(packed, &mut pos, HEADER + 2 * n)?);
    let quarters = take(packed, &mut pos, n.div_ceil(4))?;
    // Fields of 3 (both bits set); the last byte's unused fields are 0.
    let threes = quarters
        .iter()
        .map(|&q| (q & q >> 1 & 0x55).count_ones() as usize)
        .sum();
    let mut high = take(packed, &mut pos, threes)?.iter();
    let twos = quarters
        .iter()
        .flat_map(|&q| [q & 3, q >> 2 & 3, q >> 4 & 3, q >> 6])
        .take(n);
    file.extend(twos.map(|v| match v {
        3 => high.next().copied().unwrap_or(3),
        v => v,
    }));
    let middle = n + 4 * n_masks + n_weights + 2 * n_wide;
    file.extend_from_slice(take(packed, &mut pos, middle)?);
    let firsts = take(packed, &mut pos, n)?;
    let mut later = packed.get(pos..)?.iter();
    for &b in firsts {
        file.push(b);
        let mut more = b & 0x80 != 0;
        while more {
            let &c = later.next()?;
            file.push(c);
            more = c & 0x80 != 0;
        }
    }
    if later.next().is_some() {
        return None;
    }
    permute(file, false)
}

#[cfg(test)]
#[path = "packed_tests.rs"]
mod tests;
