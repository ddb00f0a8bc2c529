//! Freezes the entity lexicon for native builds: reads the shipped gazetteers and word list
//! with the library's own code (the files below, compiled here as they are) and writes the
//! maps as tables that `src/entities/lexicon` reads in place (see its `table.rs`). The WASM
//! build gets an empty file and reads the texts at start-up instead.
#![allow(dead_code)]

#[path = "src/entities/features/hash.rs"]
mod hash;
#[path = "src/entities/lexicon/load.rs"]
mod load;
#[path = "src/entities/lexicon/table.rs"]
mod table;
#[path = "src/entities/tokenizer/mod.rs"]
mod tokenizer;

/// The paths the included files use (`crate::entities::…`).
mod entities {
    pub(crate) use super::tokenizer;
    pub mod features {
        pub use crate::hash::{hash_str, HashBuild};
    }
}

fn main() {
    for path in [
        "build.rs",
        "src/entities/features/hash.rs",
        "src/entities/lexicon/load.rs",
        "src/entities/lexicon/table.rs",
        "src/entities/tokenizer/mod.rs",
        "generated/entities/gazetteers.tsv",
        "generated/entities/heads.tsv",
        "generated/entities/wordfreq.txt",
    ] {
        println!("cargo:rerun-if-changed={path}");
    }
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    let bytes = if wasm {
        Vec::new()
    } else {
        let maps = load::maps(&[load::GAZETTEERS, load::HEADS], load::WORDFREQ);
        table::freeze_all([&maps.words, &maps.phrases, &maps.freq])
    };
    std::fs::write(out.join("lexicon.bin"), bytes).expect("OUT_DIR is writable");
}
