//! Named cases of the classes the third news-figures set showed (branch `newsfigs33`, issue
//! 12: `tests/fixtures/news-figures-33.txt`, its tuned part), each class with several made-up
//! sentences and the look-alikes it must leave alone. No sentence is taken from the set.

mod factors_and_results;
mod periods_and_ages;
