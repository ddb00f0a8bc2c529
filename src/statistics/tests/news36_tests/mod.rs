//! Named cases of the classes the sixth news-figures set showed (branch `newsfigs36`, issue 12:
//! `tests/fixtures/news-figures-36.txt`, its tuned part, and made-up sentences written to probe
//! each class), each class with several made-up sentences and the look-alikes it must leave
//! alone. No sentence is taken from the set.

mod ages_and_factors;
mod labels_and_money;
mod lengths_and_dates;
