use super::*;
use crate::entities::model::Model;
use crate::entities::model_file::to_bytes;
use crate::entities::tags::N_TAGS;

/// A made-up model: `n` features with ids spread by `step` (gaps past 65,535 and 2^24 fill the
/// high planes), up to `tag_sets` distinct tag sets, weights of every size (wide ones too).
fn made_up(n: u32, step: u32, tag_sets: u32) -> Vec<u8> {
    let mut state = 0x9E37_79B9u32;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        state
    };
    let mut id = 0u32;
    let rows: Vec<(u32, [i16; N_TAGS])> = (0..n)
        .map(|_| {
            id = id.wrapping_add(1 + next() % step);
            let set = 1 + next() % tag_sets;
            let mut w = [0i16; N_TAGS];
            for (tag, slot) in w.iter_mut().enumerate() {
                if set >> (tag % 12) & 1 == 1 || (tag >= 12 && set % 7 == tag as u32 % 7) {
                    *slot = match next() % 10 {
                        0 => (next() % 4000) as i16 - 2000,
                        1 => -128,
                        _ => (next() % 60) as i16 - 30,
                    };
                    if *slot == 0 {
                        *slot = 1;
                    }
                }
            }
            (id, w)
        })
        .collect();
    to_bytes(&rows, 0.25, true)
}

#[test]
fn shipped_model_comes_back_byte_for_byte_and_smaller() {
    let file = include_bytes!("../../../generated/entities/model.bin");
    let packed = pack(file).expect("the shipped model packs");
    assert!(
        packed.len() < file.len() * 9 / 10,
        "{} of {}",
        packed.len(),
        file.len()
    );
    assert!(unpack(&packed).expect("unpacks") == file[..]);
}

#[test]
fn made_up_models_come_back_byte_for_byte() {
    for (n, step, sets) in [
        (1, 10, 1),
        (50, 100, 3),
        (3000, 40_000, 400),
        (2000, 70_000_000, 4095),
        (500, 3_000_000_000, 2),
    ] {
        let file = made_up(n, step, sets);
        let packed = pack(&file).expect("packs");
        let back = unpack(&packed).expect("unpacks");
        assert!(back == file, "{n} features, step {step}, {sets} tag sets");
        let model = Model::from_bytes(&back).expect("decodes");
        assert_eq!(
            model.n_features(),
            Model::from_bytes(&file).expect("decodes").n_features()
        );
    }
}

#[test]
fn an_empty_model_comes_back() {
    let file = to_bytes(&[], 1.0, false);
    assert_eq!(unpack(&pack(&file).expect("packs")).expect("unpacks"), file);
}

#[test]
fn damaged_input_is_an_error_not_a_panic() {
    assert!(pack(b"not a model at all, not at all").is_err());
    assert!(unpack(b"GLOSSNER").is_err());
    let file = made_up(300, 5000, 30);
    for cut in [10, 40, file.len() / 2, file.len() - 1] {
        let _ = pack(&file[..cut]);
    }
    let packed = pack(&file).expect("packs");
    // Cut inside the plain part: an error; inside the coded stream: some bytes, no panic.
    for cut in [10, 40, 200] {
        assert!(unpack(&packed[..cut]).is_err(), "cut at {cut}");
    }
    for cut in [packed.len() / 2, packed.len() - 1] {
        let _ = unpack(&packed[..cut]);
    }
    // A rank written in two bytes where one does: packing would not give the same file back.
    let mut long = file.clone();
    let last = long.len() - 1;
    if long[last] < 0x80 {
        long[last] |= 0x80;
        long.push(0);
        assert!(pack(&long).is_err());
    }
}

#[test]
fn rank_bits_cover_every_rank() {
    assert_eq!(rank_bits(0), 0);
    assert_eq!(rank_bits(1), 0);
    assert_eq!(rank_bits(2), 1);
    assert_eq!(rank_bits(128), 7);
    assert_eq!(rank_bits(129), 8);
    assert_eq!(rank_bits(7210), 13);
}
