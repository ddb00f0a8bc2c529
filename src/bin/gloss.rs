//! `gloss`: the command-line shell over the library. See `gloss --help`.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use gloss::{annotate, rendered, Document, Options, Unit};
use serde::Deserialize;

const HELP: &str = "\
gloss — annotate news text: boilerplate, entities and statistics

USAGE:
    gloss annotate [OPTIONS] [FILE]
    gloss annotate --jsonl [OPTIONS] < records.jsonl
    gloss clean [FILE]

Reads FILE (or standard input when FILE is absent or '-') as UTF-8 and prints one JSON object
{\"annotations\": [...]} on standard output.

With --jsonl, reads JSON Lines records {\"id\": ..., \"text\": \"...\", \"html\": \"...\"} on
standard input (\"html\", optional, is the page the text was copied from) and writes one line
{\"id\": ..., \"annotations\": [...]} per record, in input order, as it goes: records are
annotated in parallel in batches, so memory stays bounded whatever the number of records.

`gloss clean` prints the article without its boilerplate: the headline on top, then the body,
one paragraph per line (what the page's 'Copy clean text' gives).

Each annotation has:
    layer    \"boilerplate\", \"entity\" or \"statistic\"
    type     entity: PER ORG LOC NORP MISC; statistic: CARDINAL ORDINAL PERCENT MONEY QUANTITY
             DATE TIME DURATION; boilerplate: the reason code
    start    offset of the first character, in Unicode code points
    end      offset after the last character (exclusive), in Unicode code points
    text     exactly the covered text
plus, for entities, `entity` (an id shared by every mention of one thing) and `canonical`;
for statistics, `value`, `unit` and further detail where known; for boilerplate, `reason`.

OPTIONS:
    --jsonl              Read JSON Lines records on stdin, write one result line per record
    --layers LIST        Comma-separated layers to run: boilerplate,entity,statistic (default: all)
    --pretty             Indent the JSON (single-document mode only)
    --threads N          Worker threads for --jsonl (default 0: one per core)
    -h, --help           Print this help
    -V, --version        Print the version

EXIT STATUS:
    0  success
    1  bad input (not UTF-8, a malformed JSON Lines record); the message names the line.
       In --jsonl mode the other records are still processed.
    2  usage error, or input/output failure
";

struct Args {
    clean: bool,
    file: Option<PathBuf>,
    jsonl: bool,
    pretty: bool,
    threads: usize,
    options: Options,
}

enum Failure {
    Usage(String),
    Input(String),
    Io(io::Error),
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        Failure::Io(e)
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Input(msg)) => {
            eprintln!("gloss: {msg}");
            ExitCode::from(1)
        }
        Err(Failure::Usage(msg)) => {
            eprintln!("gloss: {msg}\nTry 'gloss --help'.");
            ExitCode::from(2)
        }
        // A closed pipe (`gloss ... | head`) is not an error worth a message.
        Err(Failure::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Io(e)) => {
            eprintln!("gloss: {e}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), Failure> {
    let Some(args) = parse_args()? else {
        return Ok(());
    };
    if args.clean {
        clean_document(&args)
    } else if args.jsonl {
        annotate_jsonl(&args.options, args.threads)
    } else {
        annotate_document(&args)
    }
}

/// `None` when the request was for help or the version, already printed.
fn parse_args() -> Result<Option<Args>, Failure> {
    use lexopt::prelude::*;
    let usage = |e: lexopt::Error| Failure::Usage(e.to_string());
    let mut parser = lexopt::Parser::from_env();
    let mut command: Option<String> = None;
    let mut args = Args {
        clean: false,
        file: None,
        jsonl: false,
        pretty: false,
        threads: 0,
        options: Options::default(),
    };
    while let Some(arg) = parser.next().map_err(usage)? {
        match arg {
            Short('h') | Long("help") => {
                print!("{HELP}");
                return Ok(None);
            }
            Short('V') | Long("version") => {
                println!("gloss {}", env!("CARGO_PKG_VERSION"));
                return Ok(None);
            }
            Long("jsonl") => args.jsonl = true,
            Long("pretty") => args.pretty = true,
            Long("threads") => {
                let n = parser.value().map_err(usage)?.string().map_err(usage)?;
                args.threads = n.parse().map_err(|_| {
                    Failure::Usage(format!("--threads takes a whole number, not '{n}'"))
                })?;
            }
            Long("layers") => {
                let list = parser.value().map_err(usage)?.string().map_err(usage)?;
                args.options = layers(&list)?;
            }
            Value(v) if command.is_none() => {
                command = Some(v.string().map_err(usage)?);
            }
            Value(v) if args.file.is_none() => args.file = Some(PathBuf::from(v)),
            other => return Err(usage(other.unexpected())),
        }
    }
    match command.as_deref() {
        Some("annotate") => {}
        Some("clean") => args.clean = true,
        Some(other) => return Err(Failure::Usage(format!("unknown command '{other}'"))),
        None => {
            return Err(Failure::Usage(
                "missing command ('annotate' or 'clean')".into(),
            ))
        }
    }
    if args.clean && args.jsonl {
        return Err(Failure::Usage("--jsonl goes with 'annotate'".into()));
    }
    if args.jsonl && args.file.is_some() {
        return Err(Failure::Usage(
            "--jsonl reads standard input; give no FILE".into(),
        ));
    }
    Ok(Some(args))
}

fn layers(list: &str) -> Result<Options, Failure> {
    let mut options = Options {
        boilerplate: false,
        entities: false,
        statistics: false,
        html: None,
    };
    for name in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        match name {
            "boilerplate" => options.boilerplate = true,
            "entity" | "entities" => options.entities = true,
            "statistic" | "statistics" => options.statistics = true,
            other => {
                return Err(Failure::Usage(format!(
                    "unknown layer '{other}' (expected boilerplate, entity, statistic)"
                )))
            }
        }
    }
    Ok(options)
}

/// The whole input, FILE or stdin, as UTF-8; the error names the line of the first bad byte.
fn read_text(args: &Args) -> Result<String, Failure> {
    let mut bytes = Vec::new();
    let name = match &args.file {
        Some(path) if path.as_os_str() != "-" => {
            bytes = std::fs::read(path)
                .map_err(|e| Failure::Input(format!("cannot read {}: {e}", path.display())))?;
            path.display().to_string()
        }
        _ => {
            io::stdin().lock().read_to_end(&mut bytes)?;
            "standard input".to_string()
        }
    };
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        Failure::Input(format!(
            "{name} is not valid UTF-8 (line {line}, byte offset {at})"
        ))
    })
}

fn annotate_document(args: &Args) -> Result<(), Failure> {
    let text = read_text(args)?;
    let annotations = annotate(&text, &args.options);
    let output = Document {
        annotations: rendered(&text, &annotations, Unit::CodePoint),
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let written = if args.pretty {
        serde_json::to_writer_pretty(&mut out, &output)
    } else {
        serde_json::to_writer(&mut out, &output)
    };
    written.map_err(io::Error::from)?;
    writeln!(out)?;
    out.flush()?;
    Ok(())
}

fn clean_document(args: &Args) -> Result<(), Failure> {
    let text = read_text(args)?;
    let options = Options {
        entities: false,
        statistics: false,
        ..args.options.clone()
    };
    let annotations = annotate(&text, &options);
    let clean = gloss::boilerplate::clean_text(&text, &annotations);
    let stdout = io::stdout();
    let mut out = stdout.lock();
    out.write_all(clean.as_bytes())?;
    if !clean.is_empty() {
        writeln!(out)?;
    }
    out.flush()?;
    Ok(())
}

/// One input record of `--jsonl`.
#[derive(Deserialize)]
struct Record {
    #[serde(default)]
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    html: Option<String>,
}

#[derive(serde::Serialize)]
struct RecordOut<'t> {
    id: serde_json::Value,
    annotations: gloss::Rendered<'t, 't>,
}

/// A batch is annotated in parallel, then written in input order before the next one is read,
/// so memory stays bounded by the batch, whatever the number of records.
const BATCH_RECORDS: usize = 256;
const BATCH_BYTES: usize = 16 << 20;

/// The result of one input line: its output line, nothing (a blank line), or why it was skipped.
enum LineResult {
    Out(Vec<u8>),
    Blank,
    Bad(String),
}

fn annotate_jsonl(options: &Options, threads: usize) -> Result<(), Failure> {
    use rayon::prelude::*;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| Failure::Io(io::Error::other(e)))?;
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut bad = Vec::new();
    let mut first_line = 1usize;
    loop {
        let mut batch: Vec<Vec<u8>> = Vec::new();
        let mut bytes = 0usize;
        while batch.len() < BATCH_RECORDS && bytes < BATCH_BYTES {
            let mut line = Vec::new();
            if input.read_until(b'\n', &mut line)? == 0 {
                break;
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
            match result {
                LineResult::Out(line) => {
                    out.write_all(&line)?;
                    out.write_all(b"\n")?;
                }
                LineResult::Blank => {}
                LineResult::Bad(why) => {
                    let number = first_line + i;
                    eprintln!("gloss: line {number}: {why}; skipped");
                    bad.push(number);
                }
            }
        }
        first_line += batch.len();
    }
    out.flush()?;
    if bad.is_empty() {
        Ok(())
    } else {
        Err(Failure::Input(format!(
            "{} malformed record(s) skipped (lines {})",
            bad.len(),
            bad.iter()
                .map(|n| n.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        )))
    }
}

fn annotate_line(line: &[u8], options: &Options) -> LineResult {
    let Ok(line) = std::str::from_utf8(line) else {
        return LineResult::Bad("not valid UTF-8".into());
    };
    if line.trim().is_empty() {
        return LineResult::Blank;
    }
    let record: Record = match serde_json::from_str(line) {
        Ok(r) => r,
        Err(e) => {
            return LineResult::Bad(format!(
                "not a JSON record {{\"id\": ..., \"text\": \"...\"}}: {e}"
            ))
        }
    };
    let options = Options {
        html: record.html,
        ..options.clone()
    };
    let annotations = annotate(&record.text, &options);
    let result = RecordOut {
        id: record.id,
        annotations: rendered(&record.text, &annotations, Unit::CodePoint),
    };
    match serde_json::to_vec(&result) {
        Ok(line) => LineResult::Out(line),
        Err(e) => LineResult::Bad(format!("cannot write the result: {e}")),
    }
}
