//! Named cases of the classes the fourth news-figures set showed (branch `newsfigs34`, issue
//! 12: `tests/fixtures/news-figures-34.txt`, its tuned part, and the made-up sentences written
//! to probe each class), each class with several made-up sentences and the look-alikes it must
//! leave alone. No sentence is taken from the set.

mod money_and_ranges;
mod rates_and_periods;
