//! `gloss-eval`: scores each layer on labelled data. See `gloss-eval --help`.

mod args;
mod boilerplate;
mod duckling;
mod entities;
mod gum;
mod gum_time;
mod news;
mod news_figures;
mod scores;
mod statistics;
mod wnut;

use std::process::ExitCode;

const HELP: &str = "\
gloss-eval — score Gloss's layers on labelled data

USAGE:
    gloss-eval [--entity-model FILE] COMMAND ...
        --entity-model: score with the entity model in FILE (as gloss-train writes it) instead
        of the shipped one (scripts/gum-cv.sh)
    gloss-eval statistics [--part tuned|held|all] [--min F] [--min-dates F] [-v] [DIR]
        Recognizers-Text spec files (default ../shared/data/recognizers)
    gloss-eval duckling [--part tuned|held|all] [--min F] [--min-dim DIMENSION=F]... [-v] [DIR]
        Duckling's English corpora, per dimension (default ../shared/data/duckling)
    gloss-eval entities [--min F] [--part tuned|held|all] [--errors] [FILE]
        CoNLL-2003 file (default ../shared/data/conll2003/dev.txt)
    gloss-eval gum [--min F] [--part tuned|held|all] [--errors] [--strict-norp] [FILE]
        GUM raw-text names, PER/ORG/LOC/NORP (default ../shared/data/gum-dev/docs.jsonl); a NORP
        where GUM marks no name is not scored (GUM never marks nationality adjectives) unless
        --strict-norp
    gloss-eval gum-time [--min F] [--min-overlap F] [--part tuned|held|all] [--errors] [FILE]
        Our DATE, TIME and DURATION figures against GUM's TIME spans (same file and split as
        gum): P/R/F1 by exact span (up to a leading \"the\" of GUM's) and by overlap, recall on all
        spans and on those a figure reader should find (a digit, a month or weekday, a number
        word or a calendar word); --min floors the exact findable F1
    gloss-eval wnut [--min F] [--part tuned|held|all] [--errors] [FILE]
        WNUT-17 posts, types mapped to PER/ORG/LOC/MISC (default ../shared/data/wnut17/dev.conll)
    gloss-eval news [--min F] [--part tuned|held|all] [--errors] [FILE]
        Made-up news passages marked [TYPE words], PER/ORG/LOC/NORP
        (default tests/fixtures/news-entities.txt)
    gloss-eval news-figures [--min F] [--part tuned|held|all] [-v] [FILE]
        Made-up news passages with their figures marked [[TYPE span | value]]: span + type
        F1 per type (exact span), and the share of found figures whose value is right
        (default tests/fixtures/news-figures.txt)
    gloss-eval boilerplate [--html [--without-h1] | --html-file FILE] [--min F] [-v] [--errors]
                           [--part tuned|held|all] [FILE]
        Line-labelled pages (default ../shared/data/boilerplate/dev.jsonl; a FILE ending in
        .txt is read as hand-labelled pages, e.g. tests/fixtures/pages-40.txt: `=== id`, then
        `A|C|H|S text` a line); -v lists the wrong headlines of the tuned pages; --errors lists
        the tuned pages' wrongly called lines; --without-h1 turns each <h1> into a <div> (the
        headline from og:title/<title> alone)
    gloss-eval boilerplate --clean [-v] [FILE]
        The clean-text family: each page's article lines alone must lose nothing (exit 1
        when some are lost); -v lists each lost line

Each prints its scores. Every data set keeps a fixed held-out part (one case or document in
five by FNV-1a of the case's text or the document's id): --part picks it (default all;
fold:K/N is fold K of N of the tuned part, for cross-validation); -v and
--errors list errors of the tuned part only (never tune on the held-out errors). With --min F
(a fraction), exits 1 when the headline score is below F.
Exit 2: usage error or unreadable data.
";

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().is_some_and(|a| a == "--entity-model") {
        let Some(file) = args.get(1) else {
            eprintln!("gloss-eval: --entity-model needs a file");
            return ExitCode::from(2);
        };
        if let Err(msg) = gloss::entities::use_model_file(std::path::Path::new(file)) {
            eprintln!("gloss-eval: {msg}");
            return ExitCode::from(2);
        }
        args.drain(..2);
    }
    let Some(command) = args.first() else {
        eprint!("{HELP}");
        return ExitCode::from(2);
    };
    let rest = &args[1..];
    let result = match command.as_str() {
        "-h" | "--help" => {
            print!("{HELP}");
            return ExitCode::SUCCESS;
        }
        "statistics" => statistics::run(rest),
        "duckling" => duckling::run(rest),
        "entities" => entities::run(rest),
        "gum" => gum::run(rest),
        "gum-time" => gum_time::run(rest),
        "wnut" => wnut::run(rest),
        "news" => news::run(rest),
        "news-figures" => news_figures::run(rest),
        "boilerplate" => boilerplate::run(rest),
        other => Err(format!("unknown command '{other}'")),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => {
            eprintln!("gloss-eval: score below the floor");
            ExitCode::from(1)
        }
        Err(msg) => {
            eprintln!("gloss-eval: {msg}");
            ExitCode::from(2)
        }
    }
}
