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
//! session). Two smaller changes in [`pack`]. Unpacking costs a pass over the ranks and a copy
//! of the file: ~6 M instructions. An adaptive range coder of the same streams saved 32 KB,
//! but decoding its ~4 M bits cost ~240 M instructions at start-up.

/// Bytes of the file's header: magic, version, tags, features, scale, flags, three counts.
const HEADER: usize = 33;

/// The offsets of a model file's streams.
struct Layout {
    /// The weights stream.
    weights: std::ops::Range<usize>,
    /// Each feature's tag-set rank, in id order.
    ranks: Vec<u32>,
    /// The number of weights of each tag set.
    per_mask: Vec<usize>,
}

fn u32_at(bytes: &[u8], at: usize) -> Result<usize, String> {
    let b = bytes.get(at..at + 4).ok_or("model header is truncated")?;
    Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
}

/// Reads the streams' offsets, the ranks and the tag sets' sizes of a model file (plain or
/// packed: they differ only inside the weights stream).
fn layout(file: &[u8]) -> Result<Layout, String> {
    if file.get(..8) != Some(&crate::entities::model_file::MAGIC[..]) {
        return Err("not a Gloss entity model".into());
    }
    let [n, n_masks, n_weights, n_wide] = [12, 21, 25, 29].map(|at| u32_at(file, at));
    let (n, n_masks, n_weights, n_wide) = (n?, n_masks?, n_weights?, n_wide?);
    let damaged = || "model is damaged".to_string();
    let masks_at = n.checked_mul(4).and_then(|b| b.checked_add(HEADER));
    let masks_at = masks_at.ok_or_else(damaged)?;
    let weights_at = n_masks
        .checked_mul(4)
        .and_then(|b| b.checked_add(masks_at))
        .ok_or_else(damaged)?;
    let wide_at = weights_at.checked_add(n_weights).ok_or_else(damaged)?;
    let rows_at = n_wide
        .checked_mul(2)
        .and_then(|b| b.checked_add(wide_at))
        .ok_or_else(damaged)?;
    let masks = file
        .get(masks_at..weights_at)
        .ok_or("model file is truncated")?;
    let rows = file.get(rows_at..).ok_or("model file is truncated")?;
    let per_mask = (0..n_masks)
        .map(|i| {
            let byte = |p: usize| masks.get(p * n_masks + i).copied().unwrap_or(0);
            u32::from_le_bytes([byte(0), byte(1), byte(2), byte(3)]).count_ones() as usize
        })
        .collect();
    Ok(Layout {
        weights: weights_at..wide_at,
        ranks: read_ranks(rows, n)?,
        per_mask,
    })
}

/// Reads the file's tag-set ranks (varints, one a feature).
fn read_ranks(rows: &[u8], n: usize) -> Result<Vec<u32>, String> {
    let mut ranks = Vec::with_capacity(n);
    let mut value = 0u32;
    let mut shift = 0;
    for &b in rows {
        if shift > 28 {
            return Err("tag-set rank too long".into());
        }
        value |= u32::from(b & 0x7F) << shift;
        shift += 7;
        if b & 0x80 == 0 {
            ranks.push(value);
            value = 0;
            shift = 0;
        }
    }
    if shift != 0 || ranks.len() != n {
        return Err("model rows do not match its features".into());
    }
    Ok(ranks)
}

/// Where each tag set's group of weights starts in the packed order (groups by number of
/// weights, then by rank), checking the ranks and the number of weights.
fn group_starts(l: &Layout) -> Result<Vec<usize>, String> {
    let mut uses = vec![0usize; l.per_mask.len()];
    for &r in &l.ranks {
        *uses.get_mut(r as usize).ok_or("tag set out of range")? += 1;
    }
    // By number of weights (at most 32: a tag set is a u32), then by rank: no sort (its code
    // cost the WASM 8 KB).
    let order =
        (0..=u32::BITS as usize).flat_map(|size| (0..l.per_mask.len()).map(move |r| (size, r)));
    let order = order.filter(|&(size, r)| l.per_mask.get(r) == Some(&size));
    let mut starts = vec![0usize; l.per_mask.len()];
    let mut at = 0usize;
    for (_, r) in order {
        if let (Some(start), Some(&size), Some(&n)) =
            (starts.get_mut(r), l.per_mask.get(r), uses.get(r))
        {
            *start = at;
            at = at.saturating_add(size.saturating_mul(n));
        }
    }
    if at != l.weights.len() {
        return Err("model weights do not match its features".into());
    }
    Ok(starts)
}

/// Moves each feature's weights between the file's order (`plain`) and the packed order.
fn permute(file: &[u8], to_packed: bool) -> Result<Vec<u8>, String> {
    let l = layout(file)?;
    let mut starts = group_starts(&l)?;
    let from = file
        .get(l.weights.clone())
        .ok_or("model file is truncated")?;
    let mut out = file.to_vec();
    let to = out
        .get_mut(l.weights.clone())
        .ok_or("model file is truncated")?;
    let mut plain_at = 0usize;
    for &r in &l.ranks {
        let (Some(&size), Some(start)) = (l.per_mask.get(r as usize), starts.get_mut(r as usize))
        else {
            return Err("tag set out of range".into());
        };
        let (src, dst) = if to_packed {
            (plain_at, *start)
        } else {
            (*start, plain_at)
        };
        let weights = from
            .get(src..src + size)
            .ok_or("model weights are truncated")?;
        let slots = to.get_mut(dst..dst + size);
        // A byte loop: most features have one to three weights, too few for a call to memcpy.
        for (slot, &w) in slots
            .ok_or("model weights are truncated")?
            .iter_mut()
            .zip(weights)
        {
            *slot = w;
        }
        plain_at += size;
        *start += size;
    }
    Ok(out)
}

/// The header's counts: features, tag sets, weights, wide weights.
fn counts(file: &[u8]) -> Result<[usize; 4], String> {
    if file.get(..8) != Some(&crate::entities::model_file::MAGIC[..]) {
        return Err("not a Gloss entity model".into());
    }
    let counts = [12, 21, 25, 29].map(|at| u32_at(file, at));
    let [n, n_masks, n_weights, n_wide] = counts;
    let counts = [n?, n_masks?, n_weights?, n_wide?];
    // Each is at most the file's length: their sums below cannot overflow.
    if counts.iter().any(|&c| c > file.len()) {
        return Err("model header is damaged".into());
    }
    Ok(counts)
}

/// Takes `len` bytes at `*pos`.
fn take<'a>(bytes: &'a [u8], pos: &mut usize, len: usize) -> Result<&'a [u8], String> {
    let end = pos.checked_add(len).ok_or("model is damaged")?;
    let s = bytes.get(*pos..end).ok_or("model is truncated")?;
    *pos = end;
    Ok(s)
}

/// The model file in the packed form: the weights grouped by tag set ([`permute`]); the third
/// byte of the id gaps (0 for gaps under 65,536, about 4 in 5) in two bits each, the values
/// from 3 up after them (16.1 → 14.6 KB gzipped); the ranks' varints as their first bytes, then
/// their second bytes (ranks from 128 up), which gzip codes 1 KB smaller than interleaved.
pub fn pack(file: &[u8]) -> Result<Vec<u8>, String> {
    let permuted = permute(file, true)?;
    let [n, n_masks, n_weights, n_wide] = counts(file)?;
    let mut pos = 0;
    let mut out = Vec::with_capacity(file.len());
    out.extend_from_slice(take(&permuted, &mut pos, HEADER + 2 * n)?);
    let plane = take(&permuted, &mut pos, n)?;
    out.extend(plane.chunks(4).map(|four| {
        four.iter()
            .enumerate()
            .fold(0u8, |q, (k, &v)| q | v.min(3) << (2 * k))
    }));
    out.extend(plane.iter().filter(|&&v| v >= 3));
    out.extend_from_slice(take(
        &permuted,
        &mut pos,
        n + 4 * n_masks + n_weights + 2 * n_wide,
    )?);
    let rows = permuted.get(pos..).unwrap_or(&[]);
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
    Ok(out)
}

/// The model file back from [`pack`]'s form, byte for byte.
pub fn unpack(packed: &[u8]) -> Result<Vec<u8>, String> {
    let [n, n_masks, n_weights, n_wide] = counts(packed)?;
    let mut pos = 0;
    let mut file = Vec::with_capacity(packed.len() + n);
    file.extend_from_slice(take(packed, &mut pos, HEADER + 2 * n)?);
    let quarters = take(packed, &mut pos, n.div_ceil(4))?;
    let twos = (0..n).map(|i| quarters.get(i / 4).map_or(0, |q| q >> (2 * (i % 4)) & 3));
    let threes = twos.clone().filter(|&v| v == 3).count();
    let mut high = take(packed, &mut pos, threes)?.iter();
    for v in twos {
        file.push(if v == 3 {
            high.next().copied().unwrap_or(3)
        } else {
            v
        });
    }
    let middle = n + 4 * n_masks + n_weights + 2 * n_wide;
    file.extend_from_slice(take(packed, &mut pos, middle)?);
    let firsts = take(packed, &mut pos, n)?;
    let mut later = packed.get(pos..).unwrap_or(&[]).iter();
    for &b in firsts {
        file.push(b);
        let mut more = b & 0x80 != 0;
        while more {
            let &c = later.next().ok_or("model rows are truncated")?;
            file.push(c);
            more = c & 0x80 != 0;
        }
    }
    if later.next().is_some() {
        return Err("trailing bytes after the model".into());
    }
    permute(&file, false)
}

#[cfg(test)]
#[path = "packed_tests.rs"]
mod tests;
