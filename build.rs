//! Lays out the entity layer's data for native builds, with the library's own code (the files
//! below, compiled here as they are): the lexicon's maps, read from the shipped gazetteers and
//! word list, as tables that `src/entities/lexicon` reads in place (its `table.rs`), and the
//! model's rows and index as `src/entities/model` reads them in place (its `frozen.rs`). The
//! WASM build gets empty files and reads the compact forms at start-up instead, the model
//! range-coded for its download (`src/entities/model/packed.rs`). For both it
//! packs the gazetteers and word list into the form the library includes (`packed.rs`). For
//! native builds it also lays out the statistics layer's currency table as a Rust `static`
//! (`src/statistics/currencies/frozen.rs`).
#![allow(dead_code)]

#[path = "src/entities/model/codes.rs"]
mod codes;
#[path = "src/entities/features/hash.rs"]
mod hash;
#[path = "src/entities/model/layout.rs"]
mod layout;
#[path = "src/entities/lexicon/load.rs"]
mod load;
#[path = "src/entities/model_file.rs"]
mod model_file;
#[path = "src/entities/model/packed.rs"]
mod model_packed;
#[path = "src/entities/lexicon/packed.rs"]
mod packed;
#[path = "src/sorting.rs"]
mod sorting;
#[path = "src/entities/lexicon/table.rs"]
mod table;
#[path = "src/entities/tags.rs"]
mod tags;
#[path = "src/entities/tokenizer/mod.rs"]
mod tokenizer;

#[path = "src/statistics/currencies/source.rs"]
mod currency_source;
#[path = "src/statistics/currencies/table.rs"]
mod currency_table;
#[path = "src/statistics/currencies/frozen.rs"]
mod frozen;
#[path = "src/statistics/holiday_dates.rs"]
mod holiday_dates;

/// The paths the included files use (`crate::entities::…`).
mod entities {
    pub(crate) use super::{model_file, tags, tokenizer};
    pub mod features {
        pub use crate::hash::{hash_str, HashBuild};
    }
}

fn main() {
    for path in [
        "build.rs",
        "src/entities/features/hash.rs",
        "src/entities/lexicon/load.rs",
        "src/entities/lexicon/packed.rs",
        "src/entities/lexicon/table.rs",
        "src/entities/tokenizer/mod.rs",
        "src/entities/model/layout.rs",
        "src/entities/model_file.rs",
        "src/entities/model/packed.rs",
        "src/entities/model/codes.rs",
        "src/entities/tags.rs",
        "generated/entities/model.bin",
        "generated/entities/gazetteers.tsv",
        "generated/entities/heads.tsv",
        "generated/entities/wordfreq.txt",
        "src/statistics/currencies/table.rs",
        "src/statistics/currencies/source.rs",
        "src/statistics/currencies/frozen.rs",
        "generated/statistics/currencies.tsv",
        "src/statistics/holiday_dates.rs",
        "generated/statistics/holidays.tsv",
    ] {
        println!("cargo:rerun-if-changed={path}");
    }
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    // The lists as the library reads them (`src/entities/lexicon/packed.rs`).
    let gazetteers = packed::pack_gazetteers(include_str!("generated/entities/gazetteers.tsv"));
    let wordfreq = packed::pack_wordfreq(include_str!("generated/entities/wordfreq.txt"));
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    let root = std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let path = std::path::Path::new(&root).join("generated/entities/model.bin");
    let model = std::fs::read(path).expect("the model file");
    let (lexicon, rows, index, model_packed) = if wasm {
        // The model range-coded for the download (`src/entities/model/packed.rs`), checked to
        // come back byte for byte.
        let packed = model_packed::pack(&model).expect("the model file packs");
        let back = model_packed::unpack(&packed).expect("the packed model unpacks");
        assert!(
            back == model,
            "the packed model does not come back byte for byte"
        );
        (Vec::new(), Vec::new(), Vec::new(), packed)
    } else {
        let maps = load::packed_maps(&gazetteers, &[load::HEADS], &wordfreq);
        let (rows, index, _) = layout::lay_out(&model).expect("the model file decodes");
        (
            table::freeze_all([&maps.words, &maps.phrases, &maps.freq]),
            layout::le_bytes(&rows),
            layout::le_bytes(&index),
            Vec::new(),
        )
    };
    let currencies = if wasm {
        String::new()
    } else {
        currency_source::rust_source(&currency_table::freeze(currency_table::build()))
    };
    let holidays = holidays_packed(include_str!("generated/statistics/holidays.tsv"));
    for (name, bytes) in [
        ("currencies.rs", currencies.into_bytes()),
        ("holidays.packed", holidays.into_bytes()),
        ("gazetteers.packed", gazetteers.into_bytes()),
        ("wordfreq.packed", wordfreq.into_bytes()),
        ("lexicon.bin", lexicon),
        ("model_rows.bin", rows),
        ("model_index.bin", index),
        ("model.packed", model_packed),
    ] {
        std::fs::write(out.join(name), bytes).expect("OUT_DIR is writable");
    }
}

/// The holiday file with its dates packed (`src/statistics/holiday_dates.rs`), checked: every
/// year's day of every line reads back as the plain file writes it.
fn holidays_packed(plain: &str) -> String {
    let packed = holiday_dates::pack_file(plain).expect("the holiday file packs");
    let (a, b) = (plain.lines(), packed.lines());
    assert_eq!(a.clone().count(), b.clone().count(), "packed holiday lines");
    for (p, q) in a.zip(b) {
        match (dates_of(p), dates_of(q)) {
            (Some((y, days)), Some((y2, packed_days))) => {
                assert_eq!(y, y2, "packed holiday years");
                for (i, day) in days.split(',').enumerate() {
                    let want = (!day.is_empty())
                        .then(|| (day[..2].parse().ok(), day[2..].parse().ok()))
                        .and_then(|(m, d)| Some((m?, d?)));
                    assert_eq!(holiday_dates::nth_day(packed_days, i), want, "{p}");
                }
                let past = days.split(',').count();
                assert_eq!(holiday_dates::nth_day(packed_days, past), None, "{p}");
            }
            _ => assert_eq!(p, q, "a holiday line without dates changed"),
        }
        let others = |l: &str| {
            let mut f: Vec<String> = l.split('\t').map(String::from).collect();
            if f.len() > 2 {
                f.remove(2);
            }
            f
        };
        assert_eq!(
            others(p),
            others(q),
            "a holiday line's other fields changed"
        );
    }
    packed
}

/// A holiday line's first year and list of days, if it has them.
fn dates_of(line: &str) -> Option<(&str, &str)> {
    if line.starts_with('#') {
        return None;
    }
    line.split('\t').nth(2)?.split_once(':')
}
