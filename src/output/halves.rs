//! The annotations' JSON written on two cores: the list's second half is made on a second
//! thread, into memory, while this one writes the first half out; then that half is written
//! after it. The bytes are [`write_document`]'s: each half is the same elements in the same
//! order, and an element's JSON depends only on it and the text.

use std::io;

use super::writer::{annotation, close_document, open_document, write_items, Out, CHUNK};
use super::Rendered;

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
    let (second, made) = std::thread::scope(|scope| -> io::Result<(Vec<u8>, usize)> {
        let worker = std::thread::Builder::new()
            .name("gloss-writer".into())
            .spawn_scoped(scope, || held_json(&super::rendered(text, tail, unit), pretty, held_max));
        write_items(&mut out, &mut writer, rendered, head, true)?;
        Ok(match worker {
            Ok(handle) => handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            Err(_) => (Vec::new(), 0),
        })
    })?;
    writer.write_all(&out.buf)?;
    out.buf.clear();
    writer.write_all(&second)?;
    drop(second);
    // What the second thread did not make (past its memory's bound, or no thread): made here.
    let (_, rest) = tail.split_at(made);
    write_items(&mut out, &mut writer, rendered, rest, head.is_empty() && made == 0)?;
    close_document(&mut out, true);
    writer.write_all(&out.buf)
}

/// The elements of `rendered`'s annotations as they follow others in the list (two deep, each
/// after a comma), in memory, up to the first to end past `held_max` bytes; and how many.
fn held_json(rendered: &Rendered, pretty: bool, held_max: usize) -> (Vec<u8>, usize) {
    let mut out = Out::new(held_max.min(1 << 20), pretty, 2);
    let mut made = 0;
    for a in rendered.annotations.refs() {
        if out.buf.len() >= held_max {
            break;
        }
        out.item(false);
        annotation(&mut out, rendered, a);
        made += 1;
    }
    (out.buf, made)
}
