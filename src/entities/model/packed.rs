//! The shipped model as the WASM download carries it: the model file ([`crate::entities::
//! model_file`]) with its three skewed streams range-coded, which gzip codes only byte by byte.
//! [`unpack`] gives back the very bytes of the file, which the WASM then decodes as before; the
//! build script writes [`pack`]'s form into `OUT_DIR` (native builds read the laid-out rows).
//!
//! ```text
//! the file's 33-byte header, as it is
//! byte planes 0, 1 and 3 of the id gaps, the tag-set dictionary, the wide weights: as they are
//! one range-coded stream (LZMA's adaptive binary coder, 8- or more-bit symbols by bit trees):
//!   byte plane 2 of the id gaps  (small: gaps above 65,535)
//!   each feature's tag-set rank   (the dictionary is ordered most used first)
//!   the weights, each in the context of its feature's number of weights and the one before it
//! ```
//!
//! gzip leaves the low planes as they are (random bytes) and codes the rest about 30 KB larger
//! than this (twenty-ninth session). The weights depend on their neighbours: after a large
//! weight of a feature its next is large too, and a feature with one weight has larger ones.

/// Bytes of the file's header: magic, version, tags, features, scale, flags, three counts.
const HEADER: usize = 33;
/// Probabilities are of a 0 bit, in 1/2048ths; each bit moves them 1/32 of the way.
const PROB_BITS: u32 = 11;
const PROB_ONE: u16 = 1 << PROB_BITS;
const MOVE_BITS: u32 = 5;
const TOP: u32 = 1 << 24;
/// The weight contexts: the feature's number of weights (1 to 5 or more), the size of the
/// weight before it (7 for none), its sign.
const COUNTS: usize = 5;
const SIZES: usize = 8;
const WEIGHT_CONTEXTS: usize = COUNTS * SIZES * 2;

/// The counts and streams of a model file.
struct Parts<'a> {
    header: &'a [u8],
    n: usize,
    planes: [&'a [u8]; 4],
    masks: &'a [u8],
    n_masks: usize,
    weights: &'a [u8],
    wide: &'a [u8],
    rows: &'a [u8],
}

fn u32_at(bytes: &[u8], at: usize) -> Result<usize, String> {
    let b = bytes.get(at..at + 4).ok_or("model header is truncated")?;
    Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
}

/// Takes `len` bytes at `*pos`.
fn take<'a>(bytes: &'a [u8], pos: &mut usize, len: usize) -> Result<&'a [u8], String> {
    let end = pos.checked_add(len).ok_or("model is damaged")?;
    let s = bytes.get(*pos..end).ok_or("model is truncated")?;
    *pos = end;
    Ok(s)
}

/// The header's counts (features, tag sets, weights, wide weights).
fn counts(bytes: &[u8]) -> Result<[usize; 4], String> {
    if bytes.get(..8) != Some(&crate::entities::model_file::MAGIC[..]) {
        return Err("not a Gloss entity model".into());
    }
    Ok([
        u32_at(bytes, 12)?,
        u32_at(bytes, 21)?,
        u32_at(bytes, 25)?,
        u32_at(bytes, 29)?,
    ])
}

/// The file cut into its streams (the plain format, `rows` to the end).
fn parts(file: &[u8]) -> Result<Parts<'_>, String> {
    let [n, n_masks, n_weights, n_wide] = counts(file)?;
    let mut pos = 0;
    let header = take(file, &mut pos, HEADER)?;
    let planes = [
        take(file, &mut pos, n)?,
        take(file, &mut pos, n)?,
        take(file, &mut pos, n)?,
        take(file, &mut pos, n)?,
    ];
    let masks = take(
        file,
        &mut pos,
        n_masks.checked_mul(4).ok_or("model is damaged")?,
    )?;
    let weights = take(file, &mut pos, n_weights)?;
    let wide = take(
        file,
        &mut pos,
        n_wide.checked_mul(2).ok_or("model is damaged")?,
    )?;
    Ok(Parts {
        header,
        n,
        planes,
        masks,
        n_masks,
        weights,
        wide,
        rows: file.get(pos..).unwrap_or(&[]),
    })
}

/// How many weights each tag set of the dictionary (4 planes of `n_masks` bytes) holds.
fn weights_per_mask(masks: &[u8], n_masks: usize) -> Vec<u32> {
    (0..n_masks)
        .map(|i| {
            let byte = |p: usize| masks.get(p * n_masks + i).copied().unwrap_or(0);
            u32::from_le_bytes([byte(0), byte(1), byte(2), byte(3)]).count_ones()
        })
        .collect()
}

/// Bits of a tag-set rank.
fn rank_bits(n_masks: usize) -> u32 {
    usize::BITS - n_masks.saturating_sub(1).leading_zeros()
}

/// The context of a weight: its feature's number of weights and the weight before it.
fn weight_context(count: u32, previous: Option<u8>) -> usize {
    let count = (count.clamp(1, COUNTS as u32) - 1) as usize;
    let (size, negative) = match previous {
        None => (SIZES - 1, 0),
        Some(b) => {
            let w = i16::from(b as i8);
            ((w.unsigned_abs().min(18) / 3) as usize, usize::from(w < 0))
        }
    };
    (count * SIZES + size) * 2 + negative
}

/// Adaptive probabilities of bit trees: `contexts` trees of `bits`-bit symbols.
struct Trees {
    probs: Vec<u16>,
    bits: u32,
}

impl Trees {
    fn new(contexts: usize, bits: u32) -> Trees {
        Trees {
            probs: vec![PROB_ONE / 2; contexts << bits],
            bits,
        }
    }
}

fn update(p: &mut u16, bit: bool) {
    if bit {
        *p -= *p >> MOVE_BITS;
    } else {
        *p += (PROB_ONE - *p) >> MOVE_BITS;
    }
}

/// LZMA's range encoder.
struct Encoder {
    low: u64,
    range: u32,
    cache: u8,
    cache_size: u64,
    out: Vec<u8>,
}

impl Encoder {
    fn new() -> Encoder {
        Encoder {
            low: 0,
            range: u32::MAX,
            cache: 0,
            cache_size: 1,
            out: Vec::new(),
        }
    }

    fn shift_low(&mut self) {
        if self.low < 0xFF00_0000 || self.low >= 1 << 32 {
            let carry = (self.low >> 32) as u8;
            let mut byte = self.cache;
            while self.cache_size > 0 {
                self.out.push(byte.wrapping_add(carry));
                byte = 0xFF;
                self.cache_size -= 1;
            }
            self.cache = (self.low >> 24) as u8;
        }
        self.cache_size += 1;
        self.low = (self.low & 0x00FF_FFFF) << 8;
    }

    fn bit(&mut self, p: &mut u16, bit: bool) {
        let bound = (self.range >> PROB_BITS) * u32::from(*p);
        if bit {
            self.low += u64::from(bound);
            self.range -= bound;
        } else {
            self.range = bound;
        }
        update(p, bit);
        while self.range < TOP {
            self.range <<= 8;
            self.shift_low();
        }
    }

    fn symbol(&mut self, trees: &mut Trees, context: usize, symbol: u32) {
        let base = context << trees.bits;
        let mut node = 1usize;
        for k in (0..trees.bits).rev() {
            let bit = (symbol >> k) & 1 == 1;
            if let Some(p) = trees.probs.get_mut(base + node) {
                self.bit(p, bit);
            }
            node = node << 1 | usize::from(bit);
        }
    }

    fn finish(mut self) -> Vec<u8> {
        for _ in 0..5 {
            self.shift_low();
        }
        self.out
    }
}

/// LZMA's range decoder; reading past the end reads zeros (the lengths are checked after).
struct Decoder<'a> {
    code: u32,
    range: u32,
    bytes: std::slice::Iter<'a, u8>,
}

impl Decoder<'_> {
    fn new(bytes: &[u8]) -> Decoder<'_> {
        let mut d = Decoder {
            code: 0,
            range: u32::MAX,
            bytes: bytes.iter(),
        };
        for _ in 0..5 {
            d.code = d.code << 8 | u32::from(d.next());
        }
        d
    }

    fn next(&mut self) -> u8 {
        self.bytes.next().copied().unwrap_or(0)
    }

    #[inline]
    fn bit(&mut self, p: &mut u16) -> bool {
        let bound = (self.range >> PROB_BITS) * u32::from(*p);
        let bit = self.code >= bound;
        if bit {
            self.code -= bound;
            self.range -= bound;
        } else {
            self.range = bound;
        }
        update(p, bit);
        if self.range < TOP {
            self.range <<= 8;
            self.code = self.code << 8 | u32::from(self.next());
        }
        bit
    }

    fn symbol(&mut self, trees: &mut Trees, context: usize) -> u32 {
        let bits = trees.bits;
        let tree = trees
            .probs
            .get_mut(context << bits..(context + 1) << bits)
            .unwrap_or(&mut []);
        let mut node = 1usize;
        for _ in 0..bits {
            let bit = match tree.get_mut(node) {
                Some(p) => self.bit(p),
                None => false,
            };
            node = node << 1 | usize::from(bit);
        }
        (node - (1 << bits)) as u32
    }
}

/// Reads the plain file's tag-set ranks (varints).
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

fn push_varint(out: &mut Vec<u8>, mut value: u32) {
    while value >= 0x80 {
        out.push(value as u8 | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// The model file in the packed form. Errs if it is not a model file or if its tag-set ranks
/// are not written the way [`unpack`] writes them back (shortest varints).
pub fn pack(file: &[u8]) -> Result<Vec<u8>, String> {
    let p = parts(file)?;
    let ranks = read_ranks(p.rows, p.n)?;
    let mut canonical = Vec::with_capacity(p.rows.len());
    for &r in &ranks {
        push_varint(&mut canonical, r);
    }
    if canonical != p.rows {
        return Err("tag-set ranks not in shortest form".into());
    }
    let per_mask = weights_per_mask(p.masks, p.n_masks);
    let mut out = Vec::with_capacity(file.len());
    for s in [
        p.header,
        p.planes[0],
        p.planes[1],
        p.planes[3],
        p.masks,
        p.wide,
    ] {
        out.extend_from_slice(s);
    }
    let mut e = Encoder::new();
    let mut plane = Trees::new(1, 8);
    for &b in p.planes[2] {
        e.symbol(&mut plane, 0, u32::from(b));
    }
    let mut rank_trees = Trees::new(1, rank_bits(p.n_masks));
    for &r in &ranks {
        e.symbol(&mut rank_trees, 0, r);
    }
    let mut weight_trees = Trees::new(WEIGHT_CONTEXTS, 8);
    let mut weights = p.weights.iter();
    for &r in &ranks {
        let count = per_mask
            .get(r as usize)
            .copied()
            .ok_or("tag set out of range")?;
        let mut previous = None;
        for _ in 0..count {
            let &w = weights.next().ok_or("model weights are truncated")?;
            e.symbol(
                &mut weight_trees,
                weight_context(count, previous),
                u32::from(w),
            );
            previous = Some(w);
        }
    }
    if weights.next().is_some() {
        return Err("model has more weights than features use".into());
    }
    out.extend_from_slice(&e.finish());
    Ok(out)
}

/// The model file back from [`pack`]'s form, byte for byte.
pub fn unpack(packed: &[u8]) -> Result<Vec<u8>, String> {
    let [n, n_masks, n_weights, n_wide] = counts(packed)?;
    let mut pos = 0;
    let header = take(packed, &mut pos, HEADER)?;
    let plane0 = take(packed, &mut pos, n)?;
    let plane1 = take(packed, &mut pos, n)?;
    let plane3 = take(packed, &mut pos, n)?;
    let masks = take(
        packed,
        &mut pos,
        n_masks.checked_mul(4).ok_or("model is damaged")?,
    )?;
    let wide = take(
        packed,
        &mut pos,
        n_wide.checked_mul(2).ok_or("model is damaged")?,
    )?;
    let mut d = Decoder::new(packed.get(pos..).unwrap_or(&[]));
    let per_mask = weights_per_mask(masks, n_masks);

    let mut file = Vec::with_capacity(HEADER + 4 * n + 4 * n_masks + n_weights + 2 * n_wide + n);
    for s in [header, plane0, plane1] {
        file.extend_from_slice(s);
    }
    let mut plane = Trees::new(1, 8);
    file.extend((0..n).map(|_| d.symbol(&mut plane, 0) as u8));
    file.extend_from_slice(plane3);
    file.extend_from_slice(masks);
    let mut rank_trees = Trees::new(1, rank_bits(n_masks));
    let ranks: Vec<u32> = (0..n).map(|_| d.symbol(&mut rank_trees, 0)).collect();
    let mut weight_trees = Trees::new(WEIGHT_CONTEXTS, 8);
    for &r in &ranks {
        let count = per_mask
            .get(r as usize)
            .copied()
            .ok_or("tag set out of range")?;
        let mut previous = None;
        for _ in 0..count {
            let w = d.symbol(&mut weight_trees, weight_context(count, previous)) as u8;
            file.push(w);
            previous = Some(w);
        }
    }
    if file.len() != HEADER + 4 * n + 4 * n_masks + n_weights {
        return Err("model weights do not match its header".into());
    }
    file.extend_from_slice(wide);
    for &r in &ranks {
        push_varint(&mut file, r);
    }
    Ok(file)
}

#[cfg(test)]
#[path = "packed_tests.rs"]
mod tests;
