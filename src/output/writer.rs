//! The annotations' JSON written by hand for their one fixed shape: the CLI's hot path.
//!
//! `serde` with `#[serde(flatten)]` writes each annotation through a map serializer, clones its
//! detail to convert the offsets it carries, and calls the line-safe formatter once per string
//! fragment: about 140 instructions a byte of news went into writing the JSON. This writer
//! produces exactly the bytes of [`super::write_json`] on a [`super::Document`] (compact and
//! pretty, U+2028, U+2029 and U+0085 escaped, `value_text` for a figure too large for a
//! double), reading the annotations in place; `tests` compare the two on every layer's output.
//! Floating-point numbers, which are rare, still go through `serde_json`, so their digits are
//! its digits.

use std::io;

use super::{Rendered, Source, LINE_ENDS};
use crate::annotation::{Annotation, Detail, Layer};
use crate::entities;
use crate::pipeline::AnnotationRef;

/// Bytes gathered before they are handed to the writer.
pub(super) const CHUNK: usize = 1 << 16;

/// `out.key_as(first, b",\"name\":", "name")`: a field's name, the compact form made at compile
/// time.
macro_rules! key {
    ($out:expr, $first:expr, $name:literal) => {
        $out.key_as($first, concat!(",\"", $name, "\":").as_bytes(), $name)
    };
}

// After `key!`, which it uses.
mod statistic_fields;
use statistic_fields::statistic;

/// JSON written into a buffer, indented as `serde_json`'s `PrettyFormatter` indents when
/// `pretty`, else compact as its `CompactFormatter` writes.
pub(super) struct Out {
    pub(super) buf: Vec<u8>,
    pretty: bool,
    depth: usize,
    /// The entities' fields as this writer wrote them, copied for their later mentions.
    tails: EntityTails,
    /// Annotations' first fields as this writer wrote them, by layer and type.
    heads: Vec<Head>,
}

/// An annotation's JSON up to its start offset (`{"layer":"entity","type":"PER","start":`, or
/// its pretty form), the same for every annotation of one layer and type in one writer: written
/// once and copied (five fields and the type's quotes cost ~140 instructions an annotation).
#[derive(Default)]
struct Head {
    layer: u8,
    /// The type's address and length (0: an empty slot).
    kind: usize,
    len: usize,
    depth: usize,
    bytes: Vec<u8>,
}

/// Slots of [`Out::heads`], picked by the type's address: a document's layers and types are a
/// few dozen at most, and two sharing a slot are written in full in turn.
const HEAD_SLOTS: usize = 32;
const _: () = assert!(HEAD_SLOTS.is_power_of_two());

/// Each entity's `,"entity":N,"canonical":"…"` as written for its first mention, copied for
/// the others (news names one entity ~30 times: its number and its escaped name were written
/// each time, ~250 instructions a name). An entity's slot is valid only for the same shared
/// canonical string (its address and length), so a list whose entity numbers repeat with other
/// names is still written as it reads.
#[derive(Default)]
struct EntityTails {
    /// By entity number: the canonical string's address (0: none yet) and length, and the
    /// tail's range in `bytes` with where its quoted name starts.
    slots: Vec<TailSlot>,
    bytes: Vec<u8>,
}

#[derive(Clone, Copy, Default)]
struct TailSlot {
    canonical: usize,
    len: usize,
    start: u32,
    quoted: u32,
    end: u32,
}

/// Entities numbered past this are written in full (no slot list longer than ~1.3 MB).
const MAX_TAIL_SLOTS: usize = 1 << 16;

/// The tails kept are at most this many bytes; later entities are written in full.
const MAX_TAIL_BYTES: usize = 1 << 20;

impl EntityTails {
    /// The kept tail of `d`'s entity: its range in `bytes`, and where its quoted name starts.
    fn find(&self, d: &entities::Detail) -> Option<TailSlot> {
        let slot = *self.slots.get(d.entity as usize)?;
        let same = slot.canonical == canonical_address(d) && slot.len == d.canonical.len();
        (slot.canonical != 0 && same).then_some(slot)
    }

    /// Keeps `tail`, `d`'s fields as written (the quoted name from `quoted` on), when there is
    /// room.
    fn keep(&mut self, d: &entities::Detail, tail: &[u8], quoted: usize) {
        let at = d.entity as usize;
        let start = self.bytes.len();
        if at >= MAX_TAIL_SLOTS || start + tail.len() > MAX_TAIL_BYTES {
            return;
        }
        if at >= self.slots.len() {
            self.slots.resize(at + 1, TailSlot::default());
        }
        self.bytes.extend_from_slice(tail);
        if let Some(slot) = self.slots.get_mut(at) {
            // (Both below `MAX_TAIL_BYTES`.)
            *slot = TailSlot {
                canonical: canonical_address(d),
                len: d.canonical.len(),
                start: start as u32,
                quoted: (start + quoted) as u32,
                end: (start + tail.len()) as u32,
            };
        }
    }
}

/// The address of `d`'s shared canonical string (never 0).
fn canonical_address(d: &entities::Detail) -> usize {
    std::sync::Arc::as_ptr(&d.canonical) as *const u8 as usize
}

impl Out {
    /// An empty buffer for JSON nested `depth` deep (for its indentation when `pretty`).
    pub(super) fn new(capacity: usize, pretty: bool, depth: usize) -> Out {
        Out {
            buf: Vec::with_capacity(capacity),
            pretty,
            depth,
            tails: EntityTails::default(),
            heads: Vec::new(),
        }
    }

    pub(super) fn open(&mut self, bracket: u8) {
        self.depth += 1;
        self.buf.push(bracket);
    }

    /// Opens an annotation and writes its layer and type and the start offset's name.
    fn head(&mut self, layer: Layer, kind: &'static str) {
        let layer_id = layer as u8;
        let address = kind.as_ptr() as usize;
        // The slot by a multiplicative hash of the three: the types of a layer are often one
        // string's parts a few bytes apart ("PER", "ORG", "LOC" of [`crate::entities::tags`]),
        // which the address less its low bits gave one slot, so that news's names took turns
        // in it and ~45 % of them wrote their head in full.
        let key = address as u64 ^ u64::from(layer_id) << 56 ^ (kind.len() as u64) << 48;
        let at = (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - HEAD_SLOTS.trailing_zeros()))
            as usize;
        if let Some(h) = self.heads.get(at) {
            let same = h.kind == address && h.len == kind.len() && h.layer == layer_id;
            if same && h.depth == self.depth {
                self.buf.extend_from_slice(&h.bytes);
                self.depth += 1;
                return;
            }
        }
        let (from, depth) = (self.buf.len(), self.depth);
        self.open(b'{');
        key!(self, true, "layer");
        // A layer's name needs no escape: written with its quotes in one copy.
        self.buf.extend_from_slice(match layer {
            Layer::Boilerplate => b"\"boilerplate\"",
            Layer::Entity => b"\"entity\"",
            Layer::Statistic => b"\"statistic\"",
        });
        key!(self, false, "type");
        self.name(kind);
        key!(self, false, "start");
        if self.heads.is_empty() {
            self.heads.resize_with(HEAD_SLOTS, Head::default);
        }
        if let Some(h) = self.heads.get_mut(at) {
            h.layer = layer_id;
            h.kind = address.max(1);
            h.len = kind.len();
            h.depth = depth;
            h.bytes.clear();
            h.bytes
                .extend_from_slice(self.buf.get(from..).unwrap_or_default());
        }
    }

    /// Closes a list or object; `any` when it had an element.
    pub(super) fn close(&mut self, bracket: u8, any: bool) {
        self.depth -= 1;
        if any && self.pretty {
            self.newline();
        }
        self.buf.push(bracket);
    }

    fn newline(&mut self) {
        self.buf.push(b'\n');
        for _ in 0..self.depth {
            self.buf.extend_from_slice(b"  ");
        }
    }

    /// Starts an element of a list or a field of an object.
    pub(super) fn item(&mut self, first: bool) {
        if !first {
            self.buf.push(b',');
        }
        if self.pretty {
            self.newline();
        }
    }

    /// `"name":` (`"name": ` when pretty), a comma first unless `first`. Names need no escaping.
    /// `compact` is `,"name":`, written in one copy of a known length when not pretty (the
    /// [`key!`] macro makes it).
    #[inline]
    fn key_as(&mut self, first: bool, compact: &'static [u8], name: &str) {
        if self.pretty {
            self.key(first, name);
        } else if first {
            self.buf
                .extend_from_slice(compact.get(1..).unwrap_or_default());
        } else {
            self.buf.extend_from_slice(compact);
        }
    }

    fn key(&mut self, first: bool, name: &str) {
        self.item(first);
        self.buf.push(b'"');
        self.buf.extend_from_slice(name.as_bytes());
        self.buf
            .extend_from_slice(if self.pretty { b"\": " } else { b"\":" });
    }

    fn uint(&mut self, n: u64) {
        // Two digits at a time from a table, as `itoa` (which `serde_json` uses) does.
        const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
              2021222324252627282930313233343536373839\
              4041424344454647484950515253545556575859\
              6061626364656667686970717273747576777879\
              8081828384858687888990919293949596979899";
        // The digits left-aligned in a fixed buffer that is appended whole and cut back to
        // their count: a copy of a known length is a few moves, a copy of the digits' own
        // length a call to `memcpy` (~15 instructions a number).
        // The digits' count from the bit length: `t` is the count of a number of that many
        // bits or one more, told apart by one comparison (a walk over the powers took a
        // comparison a digit).
        let bits = u64::BITS - (n | 1).leading_zeros();
        let t = ((bits * 1233) >> 12) as usize;
        let count = t + POWERS_OF_TEN.get(t).is_some_and(|&p| n | 1 >= p) as usize;
        if n < 100_000_000 {
            // Eight digits at once (every offset of a text below 100 MB), the leading zeros
            // shifted out: a word appended whole and cut back to the count.
            let digits = eight_digits(n) >> (8 * (8 - count));
            let len = self.buf.len();
            self.buf.extend_from_slice(&digits.to_le_bytes());
            self.buf.truncate(len + count);
            return;
        }
        let mut digits = [0u8; 20];
        let mut at = count;
        let mut n = n;
        while n >= 100 {
            let pair = (n % 100) as usize * 2;
            n /= 100;
            at -= 2;
            digits[at..at + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
        }
        if n >= 10 {
            let pair = n as usize * 2;
            at -= 2;
            digits[at..at + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
        } else {
            at -= 1;
            digits[at] = b'0' + n as u8;
        }
        let len = self.buf.len();
        self.buf.extend_from_slice(&digits);
        self.buf.truncate(len + count);
    }

    /// A double as `serde_json` writes it (`null` when not finite). A whole number below
    /// [`WHOLE_MAX`], most figures' value, is written as its integer and ".0", which is what
    /// `serde_json` writes for it (`tests` compare the two), without its shortest-digits search.
    fn float(&mut self, v: f64) {
        // Whole when the integer it truncates to is itself (exact below `WHOLE_MAX`, under
        // 2^53; `fract`, a call to `trunc`, cost ~17 instructions).
        if v.abs() < WHOLE_MAX && (v as i64) as f64 == v && !(v == 0.0 && v.is_sign_negative()) {
            if v < 0.0 {
                self.buf.push(b'-');
            }
            self.uint(v.abs() as u64);
            self.buf.extend_from_slice(b".0");
            return;
        }
        // Writing a number into memory cannot fail.
        let _ = serde_json::to_writer(&mut self.buf, &v);
    }

    /// A JSON string: `serde_json`'s escapes, and U+2028, U+2029 and U+0085 as `\u2028`,
    /// `\u2029` and `\u0085` (see [`super::write_json`]).
    fn string(&mut self, s: &str) {
        let bytes = s.as_bytes();
        self.buf.reserve(bytes.len() + 2);
        self.buf.push(b'"');
        let mut from = 0;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if !SPECIAL[b as usize] {
                i += 1;
                continue;
            }
            let (escaped, len): (&[u8], usize) = match b {
                b'"' => (b"\\\"", 1),
                b'\\' => (b"\\\\", 1),
                0x08 => (b"\\b", 1),
                b'\t' => (b"\\t", 1),
                b'\n' => (b"\\n", 1),
                0x0c => (b"\\f", 1),
                b'\r' => (b"\\r", 1),
                0x00..=0x1f => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    self.buf.extend_from_slice(&bytes[from..i]);
                    self.buf.extend_from_slice(b"\\u00");
                    self.buf.push(HEX[usize::from(b >> 4)]);
                    self.buf.push(HEX[usize::from(b & 0xf)]);
                    i += 1;
                    from = i;
                    continue;
                }
                _ => match LINE_ENDS
                    .iter()
                    .find(|(raw, _)| bytes[i..].starts_with(raw))
                {
                    Some(&(raw, escaped)) => (escaped, raw.len()),
                    None => {
                        i += 1;
                        continue;
                    }
                },
            };
            self.buf.extend_from_slice(&bytes[from..i]);
            self.buf.extend_from_slice(escaped);
            i += len;
            from = i;
        }
        self.buf.extend_from_slice(&bytes[from..]);
        self.buf.push(b'"');
    }

    /// One of the crate's own names (a type, a reason, a measure, a qualifier), which need no
    /// escape: written with its quotes, without [`Out::string`]'s look at every byte. Debug
    /// builds (the tests) check that [`Out::string`] writes the same.
    fn name(&mut self, s: &'static str) {
        debug_assert!(
            {
                let mut plain = Out::new(0, false, 0);
                plain.string(s);
                plain.buf == [b"\"", s.as_bytes(), b"\""].concat()
            },
            "{s:?} needs an escape"
        );
        self.buf.reserve(s.len() + 2);
        self.buf.push(b'"');
        self.buf.extend_from_slice(s.as_bytes());
        self.buf.push(b'"');
    }

    /// Hands what is gathered to `writer` once there is a chunk of it.
    fn spill<W: io::Write>(&mut self, writer: &mut W, at_least: usize) -> io::Result<()> {
        if self.buf.len() >= at_least {
            writer.write_all(&self.buf)?;
            self.buf.clear();
        }
        Ok(())
    }
}

/// Whole numbers below this are written as integers with ".0" (`serde_json` writes an exponent
/// from 1e16 on).
const WHOLE_MAX: f64 = 1e15;

/// Bytes that may need an escape: ASCII controls, `"`, `\`, and the first byte of U+2028,
/// U+2029 (0xE2) and U+0085 (0xC2).
static SPECIAL: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = true;
        b += 1;
    }
    table[b'"' as usize] = true;
    table[b'\\' as usize] = true;
    table[0xe2] = true;
    table[0xc2] = true;
    table
};

/// `n` (below 10^8) as eight ASCII digits, leading zeros included, the first in the lowest
/// byte: the halves of four digits side by side in a word's two 32-bit lanes, each split into
/// hundreds and the rest (16-bit lanes), then into tens and units (8-bit lanes), by
/// multiplications that divide exactly in that range (x·10486 >> 20 is x / 100 for x below
/// 10^4, y·103 >> 10 is y / 10 for y below 100) and no lane's product reaching the next lane.
fn eight_digits(n: u64) -> u64 {
    let merged = (n / 10_000) | ((n % 10_000) << 32);
    let hundreds = ((merged * 10_486) >> 20) & (0x7f << 32 | 0x7f);
    let pairs = (merged - 100 * hundreds) << 16 | hundreds;
    let tens = ((pairs * 103) >> 10) & 0x000f_000f_000f_000f;
    let digits = (pairs - 10 * tens) << 8 | tens;
    digits + 0x3030_3030_3030_3030
}

/// 10 to the powers 0 to 19 (`n` of `t + 1` digits or more when `n | 1 >= POWERS_OF_TEN[t]`:
/// `n | 1` makes 0 count one digit, and changes no other answer, the powers above 1 being even).
const POWERS_OF_TEN: [u64; 20] = {
    let mut powers = [0u64; 20];
    let mut p = 1u64;
    let mut i = 0;
    while i < 20 {
        powers[i] = p;
        p = p.wrapping_mul(10);
        i += 1;
    }
    powers
};

/// `{"annotations": [...]}` for `rendered`, as `write_json` writes a [`super::Document`].
pub fn write_document<W: io::Write>(
    mut writer: W,
    rendered: &Rendered,
    pretty: bool,
) -> io::Result<()> {
    let mut out = Out::new(CHUNK + 4096, pretty, 0);
    open_document(&mut out);
    let any = write_items(&mut out, &mut writer, rendered, rendered.annotations, true)?;
    close_document(&mut out, any);
    writer.write_all(&out.buf)
}

/// `{"annotations": [` (indented when pretty): the elements that follow are two deep.
pub(super) fn open_document(out: &mut Out) {
    out.open(b'{');
    key!(out, true, "annotations");
    out.open(b'[');
}

/// `]}` after the list's elements; `any` when it had one.
pub(super) fn close_document(out: &mut Out, any: bool) {
    out.close(b']', any);
    out.close(b'}', true);
}

/// `{"id": ID, "annotations": [...]}` on one line, as `write_json` (compact) writes a record
/// of `--jsonl` with those two fields; `id` is written by `write_json`.
pub fn write_record<W: io::Write, T: serde::Serialize + ?Sized>(
    mut writer: W,
    id: &T,
    rendered: &Rendered,
) -> io::Result<()> {
    let mut out = Out::new(4096, false, 0);
    out.open(b'{');
    key!(out, true, "id");
    super::write_json(&mut out.buf, id, false).map_err(io::Error::from)?;
    key!(out, false, "annotations");
    write_list(&mut out, &mut writer, rendered)?;
    out.close(b'}', true);
    writer.write_all(&out.buf)
}

fn write_list<W: io::Write>(out: &mut Out, writer: &mut W, rendered: &Rendered) -> io::Result<()> {
    out.open(b'[');
    let any = write_items(out, writer, rendered, rendered.annotations, true)?;
    out.close(b']', any);
    Ok(())
}

/// The elements of the list for `part` of `rendered`'s annotations, each with the separator
/// before it (none before the first when `first`); whether there were any.
pub(super) fn write_items<W: io::Write>(
    out: &mut Out,
    writer: &mut W,
    rendered: &Rendered,
    part: Source,
    mut first: bool,
) -> io::Result<bool> {
    let mut any = false;
    for a in part.refs() {
        out.item(first);
        first = false;
        any = true;
        annotation(out, rendered, a);
        out.spill(writer, CHUNK)?;
    }
    Ok(any)
}

/// One annotation: the fields of [`super::AnnotationOut`] in its order, read in place.
pub(super) fn annotation(out: &mut Out, rendered: &Rendered, a: AnnotationRef) {
    let convert = |byte: usize| rendered.converter.convert(byte) as u64;
    let span = a.span();
    let text = rendered.text.get(span.clone()).unwrap_or("");
    out.head(a.layer(), a.kind());
    out.uint(convert(span.start));
    key!(out, false, "end");
    out.uint(convert(span.end));
    key!(out, false, "text");
    // A name's entity fields as written for its entity's first mention, if kept; most mentions
    // are written as the canonical name is, whose quoted form is then copied too.
    let entity = match a {
        AnnotationRef::Other(Annotation {
            detail: Detail::Entity(d),
            ..
        }) => Some(d),
        _ => None,
    };
    let tail = entity.and_then(|d| out.tails.find(d));
    match (tail, entity) {
        (Some(t), Some(d)) if text.as_bytes() == d.canonical.as_bytes() => {
            let quoted = out.tails.bytes.get(t.quoted as usize..t.end as usize);
            out.buf.extend_from_slice(quoted.unwrap_or_default());
        }
        _ => out.string(text),
    }
    let detail = match a {
        AnnotationRef::Other(a) => match &a.detail {
            Detail::Boilerplate(d) => {
                key!(out, false, "reason");
                out.name(d.reason);
                None
            }
            Detail::Entity(d) => {
                if let Some(t) = tail {
                    let kept = out.tails.bytes.get(t.start as usize..t.end as usize);
                    out.buf.extend_from_slice(kept.unwrap_or_default());
                } else {
                    let from = out.buf.len();
                    key!(out, false, "entity");
                    out.uint(u64::from(d.entity));
                    key!(out, false, "canonical");
                    let quoted = out.buf.len() - from;
                    out.string(&d.canonical);
                    let written = out.buf.get(from..).unwrap_or_default();
                    out.tails.keep(d, written, quoted);
                }
                None
            }
            Detail::Statistic(d) => Some(d),
        },
        AnnotationRef::Figure(f) => Some(f.detail()),
    };
    if let Some(d) = detail {
        // A value JSON cannot hold (not finite) is left out and the figure given as written.
        let value_text = statistic(out, d, &convert);
        if value_text {
            key!(out, false, "value_text");
            out.string(text);
        }
    }
    out.close(b'}', true);
}

#[cfg(test)]
#[path = "writer_tests.rs"]
mod tests;
