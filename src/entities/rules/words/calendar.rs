//! Months and weekdays.

use super::word_list;

word_list! {
MONTH_WORDS;
/// Month names and their abbreviations; "May", "March", "April" and "August" only as
/// abbreviations or with a day number (they are names and verbs too).
pub fn is_month(b: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"jan"
                | b"feb"
                | b"mar"
                | b"apr"
                | b"jun"
                | b"jul"
                | b"aug"
                | b"sep"
                | b"sept"
                | b"oct"
                | b"nov"
                | b"dec"
                | b"january"
                | b"february"
                | b"june"
                | b"july"
                | b"september"
                | b"october"
                | b"november"
                | b"december"
        )
    }
    of(b.as_ref())
}
}

word_list! {
ANY_MONTH_WORDS;
pub fn is_any_month(b: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(b, b"march" | b"april" | b"may" | b"august") || is_month(b)
    }
    of(b.as_ref())
}
}

word_list! {
WEEKDAY_WORDS;
pub fn is_weekday(b: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"monday"
                | b"tuesday"
                | b"wednesday"
                | b"thursday"
                | b"friday"
                | b"saturday"
                | b"sunday"
        )
    }
    of(b.as_ref())
}
}
