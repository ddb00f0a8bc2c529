//! Named cases of the classes the fifth news-figures set showed (branch `newsfigs35`, issue 12:
//! `tests/fixtures/news-figures-35.txt`, its tuned part, and the made-up sentences written to
//! probe each class), each class with several made-up sentences and the look-alikes it must
//! leave alone. No sentence is taken from the set.

mod counts_and_money;
mod left_over;
mod words_and_periods;
