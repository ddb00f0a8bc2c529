//! The annotations' JSON written on two cores: the list's second half is made on a second
//! thread, into memory, while this one writes the first half out; then that half is written
//! after it. The bytes are [`write_document`]'s: each half is the same elements in the same
//! order, and an element's JSON depends only on it and the text.

use std::io;

use super::writer::{annotation, close_document, open_document, write_items, Out, CHUNK};
use super::{Rendered, Source};

/// Below this many annotations the list is written on one thread: starting a thread costs
/// about what writing a few hundred annotations does.
const SHARED_FROM: usize = 1024;

/// The second half's JSON is held in memory at most about this many times the text's bytes
/// (news writes about five bytes of JSON a byte of text, half of it in the second half; dense
/// figures fifty). What does not fit is written here after it, so memory never depends on the
/// number of annotations, nor on which thread is first.
const HELD_PER_TEXT_BYTE: usize = 3;

/// [`write_document`](super::write_document) with the second half of the list made on a
/// second thread. The same bytes; when no thread can be had, all of it is written here.
pub fn write_document_in_halves<W: io::Write>(
    mut writer: W,
    rendered: &Rendered,
    pretty: bool,
) -> io::Result<()> {
    let all = rendered.annotations;
    if all.len() < SHARED_FROM {
        return super::write_document(writer, rendered, pretty);
    }
    let (head, tail) = all.split_at(all.len() / 2);
    let (text, unit) = (rendered.text, rendered.converter.unit());
    let held_max = text.len().saturating_mul(HELD_PER_TEXT_BYTE);
    let mut out = Out::new(CHUNK + 4096, pretty, 0);
    open_document(&mut out);
    let (second, rest) = std::thread::scope(|scope| -> io::Result<(Vec<Vec<u8>>, Source)> {
        let worker = std::thread::Builder::new()
            .name("gloss-writer".into())
            .spawn_scoped(scope, || {
                held_json(&super::rendered(text, tail, unit), pretty, held_max)
            });
        write_items(&mut out, &mut writer, rendered, head, true)?;
        Ok(match worker {
            Ok(handle) => handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            Err(_) => (Vec::new(), tail),
        })
    })?;
    writer.write_all(&out.buf)?;
    out.buf.clear();
    for block in &second {
        writer.write_all(block)?;
    }
    drop(second);
    // What the second thread did not make (past its memory's bound, or no thread): made here,
    // after the first half (never empty: the list has `SHARED_FROM` elements or more).
    write_items(&mut out, &mut writer, rendered, rest, false)?;
    close_document(&mut out, true);
    writer.write_all(&out.buf)
}

/// The elements of `rendered`'s annotations as they follow others in the list (two deep, each
/// after a comma), in memory, up to the first to end past `held_max` bytes; and the annotations
/// left. Held in blocks of about [`CHUNK`] bytes, not one buffer: a buffer that grows to the
/// half's megabytes is copied at each doubling to the top of the heap, past what the layers
/// freed (on 1 MB of news two fresh huge pages, 4 MB, touched and zeroed for the JSON alone),
/// where blocks of 64 KiB land in the layers' freed memory.
fn held_json<'a>(
    rendered: &Rendered<'_, 'a>,
    pretty: bool,
    held_max: usize,
) -> (Vec<Vec<u8>>, Source<'a>) {
    let mut out = Out::new(CHUNK + 4096, pretty, 2);
    let mut blocks = Vec::new();
    let mut held = 0;
    let mut made = 0;
    for a in rendered.annotations.refs() {
        if held + out.buf.len() >= held_max {
            break;
        }
        out.item(false);
        annotation(&mut out, rendered, a);
        made += 1;
        if out.buf.len() >= CHUNK {
            held += out.buf.len();
            blocks.push(std::mem::replace(
                &mut out.buf,
                Vec::with_capacity(CHUNK + 4096),
            ));
        }
    }
    if !out.buf.is_empty() {
        blocks.push(std::mem::take(&mut out.buf));
    }
    (blocks, rendered.annotations.split_at(made).1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::news_text;
    use crate::offsets::Unit;
    use crate::{annotate_side_by_side, Options};

    /// The halves' bytes are [`write_document`](super::super::write_document)'s: on news (the
    /// second half held whole), on dense figures (past the held bound: the rest written after
    /// it), on too few annotations to share, on none; compact and pretty, in both units.
    #[test]
    fn writes_what_one_thread_writes() {
        let texts = [
            ("news", news_text::news(200_000)),
            ("dense figures", "5%, ".repeat(5_000)),
            ("a few", "Prices rose 5% in May. ".repeat(40)),
            ("none", String::new()),
        ];
        let mut names = std::collections::HashSet::new();
        for (name, text) in &texts {
            assert!(names.insert(name), "{name} twice");
            let annotated = annotate_side_by_side(text, &Options::default());
            for unit in [Unit::CodePoint, Unit::Utf16] {
                for pretty in [false, true] {
                    let output = super::super::rendered(text, &annotated, unit);
                    let mut one = Vec::new();
                    super::super::write_document(&mut one, &output, pretty).unwrap();
                    let mut two = Vec::new();
                    write_document_in_halves(&mut two, &output, pretty).unwrap();
                    assert!(one == two, "{name} ({unit:?}, pretty {pretty})");
                }
            }
        }
        let dense = annotate_side_by_side(&texts[1].1, &Options::default());
        assert!(
            dense.len() * 40 > texts[1].1.len() * 2 * HELD_PER_TEXT_BYTE,
            "past the bound"
        );
        let few = annotate_side_by_side(&texts[2].1, &Options::default());
        assert!(few.len() < SHARED_FROM && !few.is_empty());
    }
}
