//! The entity model's file format (version 2): the same quantised weights as version 1, but each
//! kind of field in a stream of its own, so that gzip (the page's download) sees like next to like.
//!
//! All integers little-endian:
//!
//! ```text
//! magic "GLOSSNER"  u16 version  u16 n_tags  u32 n_features  f32 scale  u8 flags
//! u32 n_masks  u32 n_weights  u32 n_wide
//! ids      4 planes of n_features bytes: byte p of (id - previous id), features in ascending id order
//! masks    4 planes of n_masks bytes: byte p of each distinct tag bitmask, most used first
//! weights  n_weights × i8: the non-zero weights, feature by feature, tags ascending;
//!          -128 means "the next wide weight"
//! wide     n_wide × i16: the weights outside -127..=127, in the same order
//! rows     n_features × varint: the index in `masks` of each feature's tag bitmask
//! ```
//!
//! Weights are quantised to integers (`real = stored * scale`); zero weights are not stored.
//! Flag bit 0: the model was trained for a second, document-consistency pass.
//! Byte planes turn the random low bytes of the id gaps and the nearly constant high bytes into
//! separate runs; the mask dictionary makes the common tag sets one byte. Against version 1
//! (varint gap, count, tag and varint weight interleaved) this is 23% smaller gzipped.

use super::tags::N_TAGS;

pub const MAGIC: &[u8; 8] = b"GLOSSNER";
pub const VERSION: u16 = 2;
pub const FLAG_TWO_PASS: u8 = 1;

/// The escape byte in the weight stream: the weight is the next one of the wide stream.
const WIDE: i8 = i8::MIN;

pub struct Header {
    pub n_features: usize,
    pub two_pass: bool,
}

/// The streams of a parsed file, read by [`Body::fill`].
pub struct Body<'a> {
    ids: [&'a [u8]; 4],
    masks: Vec<u32>,
    weights: &'a [u8],
    wide: &'a [u8],
    rows: Reader<'a>,
}

/// Checks the header and cuts the file into its streams.
pub fn parse(bytes: &[u8]) -> Result<(Header, Body<'_>), String> {
    let mut r = Reader { bytes, pos: 0 };
    if r.take(8)? != MAGIC {
        return Err("not a Gloss entity model".into());
    }
    let version = u16::from_le_bytes(r.array()?);
    if version != VERSION {
        return Err(format!(
            "model format version {version}, expected {VERSION}"
        ));
    }
    let n_tags = u16::from_le_bytes(r.array()?) as usize;
    if n_tags != N_TAGS {
        return Err(format!("model has {n_tags} tags, expected {N_TAGS}"));
    }
    let n = r.u32()? as usize;
    let _scale = f32::from_le_bytes(r.array()?);
    let flags = r.take(1)?[0];
    let n_masks = r.u32()? as usize;
    let n_weights = r.u32()? as usize;
    let n_wide = r.u32()? as usize;
    let ids = [r.take(n)?, r.take(n)?, r.take(n)?, r.take(n)?];
    let planes = [
        r.take(n_masks)?,
        r.take(n_masks)?,
        r.take(n_masks)?,
        r.take(n_masks)?,
    ];
    let masks = (0..n_masks)
        .map(|i| u32::from_le_bytes(planes.map(|p| p.get(i).copied().unwrap_or(0))))
        .collect();
    let weights = r.take(n_weights)?;
    let wide = r.take(n_wide.checked_mul(2).ok_or("model header is damaged")?)?;
    let header = Header {
        n_features: n,
        two_pass: flags & FLAG_TWO_PASS != 0,
    };
    Ok((
        header,
        Body {
            ids,
            masks,
            weights,
            wide,
            rows: r,
        },
    ))
}

impl Body<'_> {
    /// Writes the k-th feature's weights (in ascending id order) into `rows[k]`, indexed by tag,
    /// and calls `feature(id)` for it; checks every stream is used up exactly. `rows` must hold
    /// `n_features` rows of at least `N_TAGS` zeros; weights of other tags are left alone.
    pub fn fill<R: AsMut<[i16]>>(
        mut self,
        rows: &mut [R],
        mut feature: impl FnMut(u32),
    ) -> Result<(), String> {
        let [p0, p1, p2, p3] = self.ids;
        if rows.len() != p0.len() {
            return Err("model rows do not match its features".into());
        }
        let mut weights = self.weights.iter();
        let mut wide = self.wide.chunks_exact(2);
        let mut id: u32 = 0;
        let gaps = p0.iter().zip(p1).zip(p2).zip(p3);
        for (row, (((&b0, &b1), &b2), &b3)) in rows.iter_mut().zip(gaps) {
            id = id.wrapping_add(u32::from_le_bytes([b0, b1, b2, b3]));
            if id == 0 {
                return Err("feature id 0 in model".into());
            }
            let rank = self.rows.varint()? as usize;
            let mut mask = *self.masks.get(rank).ok_or("tag set out of range")?;
            if mask >> N_TAGS != 0 {
                return Err("tag out of range".into());
            }
            let row = row.as_mut();
            while mask != 0 {
                let tag = mask.trailing_zeros() as usize;
                mask &= mask - 1;
                let b = *weights.next().ok_or("model weights are truncated")? as i8;
                let w = if b == WIDE {
                    let two = wide.next().ok_or("model weights are truncated")?;
                    i16::from_le_bytes([two[0], two[1]])
                } else {
                    b as i16
                };
                if let Some(slot) = row.get_mut(tag) {
                    *slot = w;
                }
            }
            feature(id);
        }
        if weights.next().is_some() || wide.next().is_some() {
            return Err("model has more weights than features use".into());
        }
        if self.rows.pos != self.rows.bytes.len() {
            return Err("trailing bytes after the model".into());
        }
        Ok(())
    }
}

/// Serialises quantised weights (`rows`: feature id → weights per tag) in the format above.
pub fn to_bytes(rows: &[(u32, [i16; N_TAGS])], scale: f32, two_pass: bool) -> Vec<u8> {
    let mut rows: Vec<&(u32, [i16; N_TAGS])> = rows
        .iter()
        .filter(|(_, w)| w.iter().any(|&x| x != 0))
        .collect();
    crate::sorting::sort_by_key(&mut rows, |(id, _)| *id);
    let mask_of = |w: &[i16; N_TAGS]| {
        w.iter()
            .enumerate()
            .filter(|(_, &x)| x != 0)
            .fold(0u32, |m, (tag, _)| m | 1 << tag)
    };
    // The distinct tag sets, most used first (ties by value, so the file is deterministic).
    let mut uses = std::collections::HashMap::<u32, usize>::new();
    for (_, w) in &rows {
        *uses.entry(mask_of(w)).or_default() += 1;
    }
    let mut masks: Vec<(u32, usize)> = uses.into_iter().collect();
    crate::sorting::sort_by_key(&mut masks, |&(mask, n)| (std::cmp::Reverse(n), mask));
    let rank: std::collections::HashMap<u32, usize> = masks
        .iter()
        .enumerate()
        .map(|(i, &(m, _))| (m, i))
        .collect();

    let mut weights = Vec::new();
    let mut wide = Vec::new();
    for (_, w) in &rows {
        for &x in w.iter().filter(|&&x| x != 0) {
            match i8::try_from(x) {
                Ok(b) if b != WIDE => weights.push(b as u8),
                _ => {
                    weights.push(WIDE as u8);
                    wide.extend_from_slice(&x.to_le_bytes());
                }
            }
        }
    }

    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&VERSION.to_le_bytes());
    out.extend_from_slice(&(N_TAGS as u16).to_le_bytes());
    out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
    out.extend_from_slice(&scale.to_le_bytes());
    out.push(if two_pass { FLAG_TWO_PASS } else { 0 });
    out.extend_from_slice(&(masks.len() as u32).to_le_bytes());
    out.extend_from_slice(&(weights.len() as u32).to_le_bytes());
    out.extend_from_slice(&((wide.len() / 2) as u32).to_le_bytes());
    let gaps: Vec<[u8; 4]> = rows
        .iter()
        .scan(0u32, |prev, (id, _)| {
            let gap = id.wrapping_sub(*prev);
            *prev = *id;
            Some(gap.to_le_bytes())
        })
        .collect();
    for p in 0..4 {
        out.extend(gaps.iter().map(|g| g[p]));
    }
    for p in 0..4 {
        out.extend(masks.iter().map(|&(m, _)| m.to_le_bytes()[p]));
    }
    out.extend_from_slice(&weights);
    out.extend_from_slice(&wide);
    for (_, w) in &rows {
        put_varint(&mut out, rank.get(&mask_of(w)).copied().unwrap_or(0) as u64);
    }
    out
}

/// `x` as a varint: seven bits a byte, the lowest first, the high bit set on all but the last.
pub(crate) fn put_varint(out: &mut Vec<u8>, mut x: u64) {
    while x >= 0x80 {
        out.push((x as u8) | 0x80);
        x >>= 7;
    }
    out.push(x as u8);
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    #[inline]
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or("model file is truncated")?;
        let s = self.bytes.get(self.pos..end).unwrap_or(&[]);
        self.pos = end;
        Ok(s)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], String> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }

    fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(self.array()?))
    }

    #[inline]
    fn varint(&mut self) -> Result<u64, String> {
        // Most tag-set indexes are one byte.
        if let Some(&b) = self.bytes.get(self.pos) {
            if b & 0x80 == 0 {
                self.pos += 1;
                return Ok(b as u64);
            }
        }
        let mut x = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.take(1)?[0];
            x |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return Ok(x);
            }
        }
        Err("bad varint in model file".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_rng::XorShift;

    fn decode(bytes: &[u8]) -> Vec<(u32, [i16; N_TAGS])> {
        let (header, body) = parse(bytes).expect("parses");
        let mut weights = vec![[0i16; N_TAGS]; header.n_features];
        let mut ids = Vec::new();
        body.fill(&mut weights, |id| ids.push(id)).expect("decodes");
        ids.into_iter().zip(weights).collect()
    }

    #[test]
    fn round_trips_rows() {
        // A deterministic mix: wide weights, the escape value itself, the i8 edges, many tag sets.
        let mut rng = XorShift::new(0x2545_F491_4F6C_DD1D);
        let mut next = || rng.next_u64();
        let edges = [-128, 127, -127, 128, -129, i16::MIN, i16::MAX, 1, -1];
        let mut rows: Vec<(u32, [i16; N_TAGS])> = (0..3000)
            .map(|i| {
                let mut w = [0i16; N_TAGS];
                for _ in 0..(next() % 5) {
                    let tag = (next() % N_TAGS as u64) as usize;
                    w[tag] = if next() % 4 == 0 {
                        edges[(next() % edges.len() as u64) as usize]
                    } else {
                        (next() % 61) as i16 - 30
                    };
                }
                // Ids ascend with gaps of every width, up to the top of u32.
                let id = if i == 2999 {
                    u32::MAX
                } else {
                    i * 1000 + (next() % 1000) as u32 + 1
                };
                (id, w)
            })
            .collect();
        let bytes = to_bytes(&rows, 0.25, false);
        rows.retain(|(_, w)| w.iter().any(|&x| x != 0));
        assert_eq!(decode(&bytes), rows);
        let (header, _) = parse(&bytes).expect("parses");
        assert_eq!((header.n_features, header.two_pass), (rows.len(), false));
    }

    /// The committed model holds exactly the weights of the version-1 file it was converted from:
    /// FNV-1a 64 over every (u32 id, u8 tag, i16 weight) little-endian, ids then tags ascending,
    /// computed from generated/entities/model.bin at main ee284cd (format 1, 867,936 bytes) by
    /// an independent Python reader: 0x6d889804c797310a over 251,030 weights of 97,739 features.
    #[test]
    fn committed_model_has_the_version_1_weights() {
        let bytes = include_bytes!("../../generated/entities/model.bin");
        let mut hash = 0xcbf2_9ce4_8422_2325u64;
        let mut n = 0;
        let rows = decode(bytes);
        for (id, w) in &rows {
            for (tag, &x) in w.iter().enumerate().filter(|(_, &x)| x != 0) {
                for b in id
                    .to_le_bytes()
                    .into_iter()
                    .chain([tag as u8])
                    .chain(x.to_le_bytes())
                {
                    hash = (hash ^ b as u64).wrapping_mul(0x100_0000_01b3);
                }
                n += 1;
            }
        }
        assert_eq!(
            (rows.len(), n, hash),
            (97_739, 251_030, 0x6d88_9804_c797_310a)
        );
        assert!(parse(bytes).expect("parses").0.two_pass);
    }

    #[test]
    fn rejects_inconsistent_streams() {
        let mut w = [0i16; N_TAGS];
        w[2] = 300;
        let good = to_bytes(&[(5, w)], 1.0, false);
        let ok = |b: &[u8]| {
            parse(b)
                .and_then(|(h, body)| body.fill(&mut vec![[0i16; N_TAGS]; h.n_features], |_| {}))
        };
        assert!(ok(&good).is_ok());
        let mut bad_rank = good.clone();
        *bad_rank.last_mut().unwrap() = 1;
        assert!(ok(&bad_rank).is_err(), "tag set index past the dictionary");
        let mut extra_weight = good.clone();
        extra_weight[25] = 2; // n_weights
        assert!(ok(&extra_weight).is_err(), "weights nobody uses");
        let mut zero_id = good.clone();
        zero_id[33] = 0; // the first id's low byte
        assert!(ok(&zero_id).is_err(), "feature id 0");
    }
}
