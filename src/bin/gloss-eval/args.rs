//! The options every scorer reads (`--min F`, `--part tuned|held|all`, `-v`/`--errors` and a data
//! path) and the floor check they share. A scorer's own options go through a callback.

use std::path::PathBuf;

use crate::scores::{fraction, Part};

/// The shared options of one scorer's command line.
pub struct Common {
    /// Floor of the headline score (`--min`).
    pub min: Option<f64>,
    pub part: Part,
    /// List the errors of the tuned part (`-v`, `--verbose`, `--errors`).
    pub verbose: bool,
    /// The data file or folder, when given.
    pub path: Option<PathBuf>,
}

impl Common {
    /// The data path given, or the scorer's default.
    pub fn path_or(&self, default: &str) -> PathBuf {
        self.path.clone().unwrap_or_else(|| PathBuf::from(default))
    }
}

/// Reads `args`. An option the shared set does not know goes to `own(flag, rest)`, which takes
/// its value from `rest` and returns false when it does not know the flag either.
pub fn parse<'a>(
    args: &'a [String],
    mut own: impl FnMut(&str, &mut std::slice::Iter<'a, String>) -> Result<bool, String>,
) -> Result<Common, String> {
    let mut out = Common {
        min: None,
        part: Part::All,
        verbose: false,
        path: None,
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--min" => out.min = Some(fraction(a, &mut it)?),
            "--part" => {
                let v = it.next().ok_or("--part needs tuned, held or all")?;
                out.part = Part::parse(v)?;
            }
            "-v" | "--verbose" | "--errors" => out.verbose = true,
            s if s.starts_with('-') => {
                if !own(s, &mut it)? {
                    return Err(format!("unknown option '{s}'"));
                }
            }
            s => out.path = Some(PathBuf::from(s)),
        }
    }
    Ok(out)
}

/// Whether `score` clears the floor `min` (no floor: it does); says so on stderr when not.
pub fn clears(what: &str, score: f64, min: Option<f64>) -> bool {
    match min {
        Some(min) if score < min => {
            eprintln!("{what} {score:.3} is below the floor {min}");
            false
        }
        _ => true,
    }
}
