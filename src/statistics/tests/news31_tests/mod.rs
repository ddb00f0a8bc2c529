//! Named cases of the classes the second news-figures set showed (branch `figs31`, issue 12:
//! `tests/fixtures/news-figures-31.txt` and the tuned errors of the first set), each class with
//! several made-up sentences and the look-alikes it must leave alone. No sentence is taken from
//! either set.

mod ahead;
mod bounds_and_periods;
mod names_and_numbers;
mod units_and_ages;
