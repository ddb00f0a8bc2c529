//! `gloss annotate --jsonl`: one output line per record, in input order, each written whole.

use std::io::{self, BufRead};

use gloss::{annotate_between, rendered, write_json, write_record, Options, Unit};
use serde::Deserialize;

use crate::{say, signals, Failure, BOM};

/// One input record.
#[derive(Deserialize)]
struct Record {
    #[serde(default)]
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    html: Option<String>,
}

/// The output line of a record that could not be annotated.
#[derive(serde::Serialize)]
struct RecordError<'m> {
    id: serde_json::Value,
    error: &'m str,
}

/// A batch is annotated in parallel, then written in input order before the next one is read,
/// so memory stays bounded by the batch, whatever the number of records.
const BATCH_RECORDS: usize = 256;
const BATCH_BYTES: usize = 16 << 20;

/// The result of one input line: its output line, nothing (a blank line), or why it is bad
/// (with the record's id when it could be read).
enum LineResult {
    Out(Vec<u8>),
    Blank,
    Bad(serde_json::Value, String),
}

pub fn annotate_jsonl(options: &Options, threads: usize) -> Result<(), Failure> {
    use rayon::prelude::*;
    signals::install().map_err(|e| Failure::Io(format!("cannot handle signals: {e}")))?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| Failure::Io(format!("cannot start {threads} threads: {e}")))?;
    let stdin = io::stdin();
    let mut input = stdin.lock();
    // Unbuffered by us: each line goes out with one write (the standard library's line
    // buffering passes a buffer ending in a newline straight through).
    let mut out = io::stdout().lock();
    let mut bad = Vec::new();
    let mut first_line = 1usize;
    loop {
        let mut batch: Vec<Vec<u8>> = Vec::new();
        let mut bytes = 0usize;
        while batch.len() < BATCH_RECORDS && bytes < BATCH_BYTES {
            let mut line = Vec::new();
            let read = input
                .read_until(b'\n', &mut line)
                .map_err(|e| Failure::reading("standard input", e))?;
            if read == 0 {
                break;
            }
            if first_line == 1 && batch.is_empty() && line.starts_with(BOM) {
                line.drain(..BOM.len());
            }
            bytes += line.len();
            batch.push(line);
        }
        if batch.is_empty() {
            break;
        }
        let results: Vec<LineResult> = pool.install(|| {
            batch
                .par_iter()
                .map(|l| annotate_line(l, options))
                .collect()
        });
        for (i, result) in results.into_iter().enumerate() {
            let line = match result {
                LineResult::Out(line) => line,
                LineResult::Blank => continue,
                LineResult::Bad(id, why) => {
                    let number = first_line + i;
                    say(&format!("line {number}: {why}"));
                    bad.push(number);
                    error_line(id, &why)
                }
            };
            signals::write_line(&mut out, &line).map_err(Failure::writing)?;
            if let Some(signal) = signals::pending() {
                return Err(Failure::Interrupted(signal));
            }
        }
        first_line += batch.len();
    }
    if bad.is_empty() {
        Ok(())
    } else {
        Err(Failure::Input(format!(
            "{} bad record(s), answered with an \"error\" line (lines {})",
            bad.len(),
            bad.iter()
                .map(|n| n.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        )))
    }
}

fn error_line(id: serde_json::Value, why: &str) -> Vec<u8> {
    let mut line = Vec::new();
    // Writing a Value and a &str into memory cannot fail.
    let _ = write_json(&mut line, &RecordError { id, error: why }, false);
    line.push(b'\n');
    line
}

fn annotate_line(line: &[u8], options: &Options) -> LineResult {
    let Ok(line) = std::str::from_utf8(line) else {
        return LineResult::Bad(serde_json::Value::Null, "not valid UTF-8".into());
    };
    let record = line.trim_start();
    if record.is_empty() {
        return LineResult::Blank;
    }
    if record.starts_with('[') {
        return LineResult::Bad(
            serde_json::Value::Null,
            "a record is a JSON object {\"id\": ..., \"text\": \"...\"}, not an array".into(),
        );
    }
    let record: Record = match serde_json::from_str(record) {
        Ok(r) => r,
        Err(e) => {
            return LineResult::Bad(
                readable_id(record),
                format!("not a JSON record {{\"id\": ..., \"text\": \"...\"}}: {e}"),
            )
        }
    };
    let options = Options {
        html: record.html,
        ..options.clone()
    };
    let annotations = annotate_between(&record.text, &options, || {});
    let output = rendered(&record.text, &annotations, Unit::CodePoint);
    let mut out = Vec::new();
    // `{"id": ..., "annotations": [...]}`, written by hand for the annotations' fixed shape.
    match write_record(&mut out, &record.id, &output) {
        Ok(()) => {
            out.push(b'\n');
            LineResult::Out(out)
        }
        Err(e) => LineResult::Bad(record.id, format!("cannot write the result: {e}")),
    }
}

/// The `id` of a line that is a JSON object but not a valid record (a missing `text`, say).
fn readable_id(line: &str) -> serde_json::Value {
    match serde_json::from_str::<serde_json::Value>(line) {
        Ok(serde_json::Value::Object(mut fields)) => {
            fields.remove("id").unwrap_or(serde_json::Value::Null)
        }
        _ => serde_json::Value::Null,
    }
}
