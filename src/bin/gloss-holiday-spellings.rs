//! Writes `generated/statistics/holiday_spellings.tsv` to standard output: the spellings that
//! transliteration gives the holiday names of `generated/statistics/holidays.tsv` ("eid ul -
//! adha", "rosh hashana"), made by the rules of `src/statistics/holiday_spellings.rs`, so that
//! Gloss reads them as a table instead of running the rules when it starts.
//!
//! `cargo run --release --features tools --bin gloss-holiday-spellings >
//! generated/statistics/holiday_spellings.tsv` (`make lexicons` runs it after
//! `scripts/lexicons/holiday_dates.py`).

fn main() {
    print!("{}", gloss::holiday_spellings_file());
}
