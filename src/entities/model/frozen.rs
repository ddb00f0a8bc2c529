//! The shipped model's rows and index, laid out by the build script (`build.rs`, with
//! [`super::layout`], the code [`Model::from_bytes`] uses) and included in the native binary,
//! where they are used in place: start-up decodes nothing (it decoded 97,739 rows into 6.7 MB
//! of zeroed heap: ~9 M instructions and ~1,700 page faults), and only the pages of the rows a
//! text uses are read. The WASM decodes the compact file, as its download must stay small.

use std::borrow::Cow;

use super::layout::{shift_of, Row, Slot};
use super::Model;
use crate::entities::model_file::parse;

/// Bytes aligned for any row or slot.
#[repr(C, align(64))]
struct Aligned<B: ?Sized>(B);

static ROWS: &Aligned<[u8]> =
    &Aligned(*include_bytes!(concat!(env!("OUT_DIR"), "/model_rows.bin")));
static INDEX: &Aligned<[u8]> = &Aligned(*include_bytes!(concat!(
    env!("OUT_DIR"),
    "/model_index.bin"
)));

/// Plain integers and arrays of them: every bit pattern is a value.
trait Plain: Sized {}
impl Plain for Row {}
impl Plain for Slot {}

/// `bytes` as a slice of `T`, when its length and alignment fit.
fn cast<T: Plain>(bytes: &'static [u8]) -> Option<&'static [T]> {
    let size = std::mem::size_of::<T>();
    if bytes.len() % size != 0 || bytes.as_ptr().align_offset(std::mem::align_of::<T>()) != 0 {
        return None;
    }
    // SAFETY: the pointer is aligned for `T` and the length a whole number of `T` (both
    // checked just above); `T` is an array of integers, for which every bit pattern is valid;
    // the bytes are a static that nothing writes.
    Some(unsafe { std::slice::from_raw_parts(bytes.as_ptr().cast::<T>(), bytes.len() / size) })
}

/// The shipped model (`model_bytes` is the file the build script laid out; its header gives
/// the flags and checks the row count), or `None` if the laid-out bytes do not fit it.
pub fn shipped(model_bytes: &[u8]) -> Option<Model> {
    let (header, _) = parse(model_bytes).ok()?;
    let rows = cast::<Row>(&ROWS.0)?;
    let index = cast::<Slot>(&INDEX.0)?;
    if rows.len() != header.n_features || !index.len().is_power_of_two() || index.len() < 16 {
        return None;
    }
    Some(Model {
        shift: shift_of(index.len()),
        n_features: rows.len(),
        index: Cow::Borrowed(index),
        rows: Cow::Borrowed(rows),
        two_pass: header.two_pass,
    })
}

#[cfg(test)]
mod tests {
    use super::super::layout::lay_out;
    use super::*;

    /// The native model is the build script's layout of the committed file: the same rows and
    /// the same index as decoding the file at start-up gives (what the WASM does).
    #[test]
    fn frozen_model_is_the_decoded_model() {
        let bytes = include_bytes!("../../../generated/entities/model.bin");
        let frozen = shipped(bytes).expect("the build script laid the model out");
        let (rows, index, two_pass) = lay_out(bytes).expect("decodes");
        assert_eq!(frozen.rows.len(), 97_739);
        assert!(frozen.rows[..] == rows[..], "rows");
        assert!(frozen.index[..] == index[..], "index");
        assert_eq!(frozen.two_pass, two_pass);
        assert!(matches!(frozen.rows, Cow::Borrowed(_)));
        let decoded = Model::from_bytes(bytes).expect("decodes");
        assert_eq!(decoded.shift, frozen.shift);
    }
}
