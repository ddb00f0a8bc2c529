//! `gloss`: the command-line shell over the library. See `gloss --help`.

mod jsonl;
mod memory;
mod signals;
mod trace;

use std::io::{self, BufWriter, Read, Write};
use std::mem::ManuallyDrop;
use std::path::PathBuf;
use std::process::ExitCode;

use gloss::{
    annotate, annotate_between, annotate_side_by_side, clean_text, rendered, write_document,
    write_document_in_halves, Locale, Options, Unit,
};

const HELP: &str = "\
gloss — annotate news text: boilerplate, entities and statistics

USAGE:
    gloss annotate [OPTIONS] [FILE]
    gloss annotate --jsonl [OPTIONS] < records.jsonl
    gloss clean [FILE]

Reads FILE (or standard input when FILE is absent or '-') as UTF-8 and prints one JSON object
{\"annotations\": [...]} on standard output. A byte order mark at the start is skipped (offsets
count from after it).

With --jsonl, reads JSON Lines records {\"id\": ..., \"text\": \"...\", \"html\": \"...\"} on
standard input (\"html\", optional, is the page the text was copied from) and writes exactly one
line per record, in input order, as it goes: {\"id\": ..., \"annotations\": [...]}, or, for a
record that cannot be read, {\"id\": ..., \"error\": \"...\"} (the id when it could be read,
else null; the message also goes to standard error). Blank lines are not records and get no
output line. Records are annotated in parallel in batches, so memory stays bounded whatever the
number of records. Each output line is written whole with one write: on SIGTERM or SIGINT the
line being written is finished and gloss stops (exit 128 + the signal number), so a reader never
sees half a record.

`gloss clean` prints the article without its boilerplate: the headline on top, then the
standfirst and the body, one paragraph per line (what the page's 'Copy clean text' gives).

Each annotation has:
    layer    \"boilerplate\", \"entity\" or \"statistic\"
    type     entity: PER ORG LOC NORP MISC; statistic: CARDINAL ORDINAL PERCENT MONEY QUANTITY
             DATE TIME DURATION; boilerplate: the reason code
    start    offset of the first character, in Unicode code points
    end      offset after the last character (exclusive), in Unicode code points
    text     exactly the covered text
plus, for entities, `entity` (an id shared by every mention of one thing) and `canonical`;
for statistics, `value`, `unit` and further detail where known (a figure too large for a
double, 310 digits or more, has no `value` but `value_text`, the figure as written); for
boilerplate, `reason`. JSON strings escape U+2028, U+2029 and U+0085, so every record is one line
for any line-splitting reader.

OPTIONS:
    --jsonl              Read JSON Lines records on stdin, write one result line per record
    --layers LIST        Comma-separated layers to run: boilerplate,entity,statistic (default: all)
    --locale TAG         The reader's region, as a BCP 47 tag (en-AU, en_GB, en-IN): \"$\", \"dollars\"
                         and the coins are that region's dollar where it writes its currency \"$\",
                         \"10 grand\" is thousands of its currency, and a numeric date that reads
                         either way (03/04/2020) is day first where the region writes dates so
                         (from CLDR). Default: none (\"$\" is USD; \"03/04/2020\" is 4 March)
    --pretty             Indent the JSON (single-document mode only)
    --threads N          Worker threads for --jsonl (default 0: one per core; at most 4 per core);
                         for one document under 1 MiB, 1 keeps all work on the main thread
                         (by default the entity pass runs beside the other layers on a second
                         core, and half of the JSON is written on a third thread)
    -h, --help           Print this help
    -V, --version        Print the version

EXIT STATUS:
    0  success
    1  bad input (not UTF-8, a malformed JSON Lines record); the message names the line.
       In --jsonl mode the other records are still processed.
    2  usage error, or input/output failure (FILE missing or a directory, standard output
       closed)
    130, 143  stopped by SIGINT, SIGTERM (--jsonl: after a whole line)
";

/// More worker threads than this many per core only add switching (10,000 threads took 47 s
/// for one record); a larger `--threads` is lowered to it, with a message.
const THREADS_PER_CORE: usize = 4;

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
    /// Reading the input or writing the output failed; the message says which.
    Io(String),
    /// Stopped by this signal after a whole output line.
    Interrupted(i32),
}

impl Failure {
    fn reading(what: &str, e: io::Error) -> Failure {
        Failure::Io(format!("cannot read {what}: {e}"))
    }

    fn writing(e: io::Error) -> Failure {
        if e.kind() == io::ErrorKind::BrokenPipe {
            Failure::Io("standard output was closed before the output was written".into())
        } else {
            Failure::Io(format!("cannot write to standard output: {e}"))
        }
    }
}

/// A message on standard error; a closed standard error is no reason to panic.
fn say(message: &str) {
    let _ = writeln!(io::stderr().lock(), "gloss: {message}");
}

/// From this many bytes of input a document is large: its layers run one after another, each
/// layer's freed memory handed back before the next. Below it the freed memory is small, and
/// the entity pass runs beside the other layers on a second core.
const LARGE_FROM_BYTES: usize = 1 << 20;

fn main() -> ExitCode {
    trace::stamp("main");
    memory::fixed_mmap_threshold();
    let r = run();
    trace::stamp("exit");
    match r {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Input(msg)) => {
            say(&msg);
            ExitCode::from(1)
        }
        Err(Failure::Usage(msg)) => {
            say(&format!("{msg}\nTry 'gloss --help'."));
            ExitCode::from(2)
        }
        Err(Failure::Io(msg)) => {
            say(&msg);
            ExitCode::from(2)
        }
        Err(Failure::Interrupted(signal)) => ExitCode::from((128 + signal).clamp(0, 255) as u8),
    }
}

fn run() -> Result<(), Failure> {
    let Some(args) = parse_args()? else {
        return Ok(());
    };
    if args.clean {
        clean_document(&args)
    } else if args.jsonl {
        jsonl::annotate_jsonl(&args.options, thread_count(args.threads))
    } else {
        annotate_document(&args)
    }
}

/// The pool size for `--threads n`: 0 stays 0 (rayon's one per core); more than
/// [`THREADS_PER_CORE`] per core is lowered to that, with a message.
fn thread_count(asked: usize) -> usize {
    let cores = cores();
    let cap = cores * THREADS_PER_CORE;
    if asked > cap {
        say(&format!(
            "--threads {asked} is more than {THREADS_PER_CORE} per core ({cores} cores); using {cap}"
        ));
        cap
    } else {
        asked
    }
}

fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
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
    let print = |text: &str| -> Result<Option<Args>, Failure> {
        let mut out = io::stdout().lock();
        out.write_all(text.as_bytes())
            .and_then(|()| out.flush())
            .map_err(Failure::writing)?;
        Ok(None)
    };
    while let Some(arg) = parser.next().map_err(usage)? {
        match arg {
            Short('h') | Long("help") => return print(HELP),
            Short('V') | Long("version") => {
                return print(&format!("gloss {}\n", env!("CARGO_PKG_VERSION")))
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
                args.options = Options {
                    locale: args.options.locale,
                    ..layers(&list)?
                };
            }
            Long("locale") => {
                let tag = parser.value().map_err(usage)?.string().map_err(usage)?;
                let locale = Locale::parse(&tag)
                    .map_err(|e| Failure::Usage(format!("--locale '{tag}': {e}")))?;
                args.options.locale = Some(locale);
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
        locale: None,
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

/// The UTF-8 byte order mark, which some editors put at the start of a file.
const BOM: &[u8] = b"\xef\xbb\xbf";

/// The whole input, FILE or stdin, as UTF-8 without a leading byte order mark; the error names
/// the line of the first bad byte.
fn read_text(args: &Args) -> Result<String, Failure> {
    let mut bytes = Vec::new();
    let name = match &args.file {
        Some(path) if path.as_os_str() != "-" => {
            let name = path.display().to_string();
            // A directory opens fine on Unix and fails on the read, with "Is a directory".
            bytes = std::fs::read(path).map_err(|e| Failure::reading(&name, e))?;
            name
        }
        _ => {
            io::stdin()
                .lock()
                .read_to_end(&mut bytes)
                .map_err(|e| Failure::reading("standard input", e))?;
            "standard input".to_string()
        }
    };
    if bytes.starts_with(BOM) {
        bytes.drain(..BOM.len());
    }
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
    trace::stamp("read");
    // A large document runs one layer at a time and hands each layer's freed memory back, so
    // that peak memory stays a small multiple of the input; a smaller one uses two cores.
    let large = text.len() >= LARGE_FROM_BYTES;
    if !large {
        memory::roomy_heap();
    }
    trace::stamp("heap");
    let one_core = large || args.threads == 1 || cores() < 2;
    // The process ends when they are written: the system takes their memory back then, in one
    // piece, where freeing them here went block by block (each entity's name, each figure's
    // shared detail: ~5 M instructions on 1 MB of news, after the last layer).
    let text = ManuallyDrop::new(text);
    let annotations = ManuallyDrop::new(if one_core {
        annotate_between(&text, &args.options, || {
            if large {
                memory::release_free_memory();
            }
        })
    } else {
        annotate_side_by_side(&text, &args.options)
    });
    trace::stamp("annotated");
    let output = rendered(&text, &*annotations, Unit::CodePoint);
    trace::stamp("rendered");
    let mut out = BufWriter::new(raw_stdout());
    // The bytes `write_json` writes for a `Document`, by hand for the fixed shape (faster).
    let written = if one_core {
        write_document(&mut out, &output, args.pretty)
    } else {
        write_document_in_halves(&mut out, &output, args.pretty)
    };
    let r = written
        .and_then(|()| writeln!(out))
        .and_then(|()| out.flush())
        .map_err(Failure::writing);
    trace::stamp("flushed");
    r
}

/// Standard output without its line buffer: `Stdout` searches every write for its last line
/// end (a byte loop over each 64 KB block the JSON writer hands it, ~1 instruction a byte of
/// output) to flush at it, which a document written whole does not need. A duplicate of the
/// descriptor where there is one, else `Stdout` itself; the same bytes either way.
fn raw_stdout() -> Box<dyn Write> {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        if let Ok(fd) = io::stdout().as_fd().try_clone_to_owned() {
            return Box::new(std::fs::File::from(fd));
        }
    }
    Box::new(io::stdout().lock())
}

fn clean_document(args: &Args) -> Result<(), Failure> {
    let text = read_text(args)?;
    let options = Options {
        entities: false,
        statistics: false,
        ..args.options.clone()
    };
    let annotations = annotate(&text, &options);
    let mut clean = clean_text(&text, &annotations);
    if !clean.is_empty() {
        clean.push('\n');
    }
    let mut out = io::stdout().lock();
    out.write_all(clean.as_bytes())
        .and_then(|()| out.flush())
        .map_err(Failure::writing)
}
