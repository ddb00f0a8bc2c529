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

/// Bytes outside the weights stream (the header's counts give its place).
fn outside_weights(file: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let at = |k: usize| u32::from_le_bytes([file[k], file[k + 1], file[k + 2], file[k + 3]]);
    let (n, n_masks, n_weights) = (at(12) as usize, at(21) as usize, at(25) as usize);
    let start = 33 + 4 * n + 4 * n_masks;
    let mut weights = file[start..start + n_weights].to_vec();
    weights.sort_unstable();
    let mut rest = file[..start].to_vec();
    rest.extend_from_slice(&file[start + n_weights..]);
    (rest, weights)
}

#[test]
fn shipped_model_comes_back_byte_for_byte() {
    let file = include_bytes!("../../../generated/entities/model.bin");
    let packed = pack(file).expect("the shipped model packs");
    assert!(
        packed.len() < file.len() - 97_739 / 2,
        "the third plane in two bits a gap"
    );
    assert!(unpack(&packed).expect("unpacks") == file[..]);
    // Grouping the weights moves nothing else.
    let grouped = permute(file.to_vec(), true).expect("groups");
    assert!(grouped[..] != file[..], "the weights moved");
    assert!(outside_weights(&grouped) == outside_weights(file));
}

#[test]
fn packed_weights_are_grouped_by_tag_set() {
    // Two tag sets, features alternating between them: packed, each set's weights in a run.
    let mut rows = Vec::new();
    for k in 1..=20u32 {
        let mut w = [0i16; N_TAGS];
        if k % 2 == 0 {
            w[0] = 5;
            w[3] = 6;
        } else {
            w[1] = -7;
        }
        rows.push((k * 1000, w));
    }
    let file = to_bytes(&rows, 0.25, false);
    let (_, weights) = outside_weights(&file);
    assert_eq!(weights.len(), 30);
    let grouped = permute(file.clone(), true).expect("groups");
    let start = 33 + 4 * 20 + 4 * 2;
    // The one-weight set first, then the two-weight set's rows.
    let mut expected = vec![(-7i8) as u8; 10];
    for _ in 0..10 {
        expected.extend_from_slice(&[5, 6]);
    }
    assert_eq!(&grouped[start..start + 30], &expected[..]);
    assert_eq!(permute(grouped.clone(), false).expect("ungroups"), file);
    assert_eq!(unpack(&pack(&file).expect("packs")).expect("unpacks"), file);
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
        let grouped = permute(file.clone(), true).expect("groups");
        assert!(outside_weights(&grouped) == outside_weights(&file));
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
    let packed = pack(&file).expect("packs");
    // Any cut loses the last rank at least.
    for cut in [0, 10, 40, 200, file.len() / 2, file.len() - 1] {
        assert!(pack(&file[..cut]).is_err(), "cut at {cut}");
    }
    for cut in [0, 10, 40, 200, packed.len() / 2, packed.len() - 1] {
        assert!(unpack(&packed[..cut]).is_err(), "cut at {cut}");
    }
    let mut longer = packed.clone();
    longer.push(0);
    assert!(unpack(&longer).is_err(), "a byte after the model");
    // A rank past the tag sets, and a count of weights the features do not use.
    let mut bad = file.clone();
    *bad.last_mut().expect("not empty") = 0x7F;
    assert!(pack(&bad).is_err());
    let mut short = file.clone();
    short[25] = short[25].wrapping_sub(1);
    assert!(pack(&short).is_err());
}
