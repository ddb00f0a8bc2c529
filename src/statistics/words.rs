//! Short word lists that more than one grammar reads, written once.

/// The letters after a day or an ordinal in digits: "3rd", "21st", "04th".
pub const ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];

/// Apostrophes, straight and curly: "o'clock", "'90s", "valentine’s".
pub const APOSTROPHES: &[&str] = &["'", "’"];

/// What joins the two ends of a range of figures or hours: "5-6", "5–6", "5 to 6".
pub const RANGE_DASHES: &[&str] = &["-", "–", "to"];

/// What joins the two halves of a date range after its first phrase: "May to June",
/// "Monday through Friday", "9~10am".
pub const DATE_RANGE_JOINS: &[&str] = &["-", "–", "to", "through", "thru", "~"];

/// The parts of a day that follow a day or a time: "tomorrow night", "every morning".
pub const PARTS_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night"];

/// Their plurals, for habits: "Friday mornings", "in the evenings".
pub const PARTS_OF_DAY_PLURAL: &[&str] = &["mornings", "afternoons", "evenings", "nights"];

/// The last word of a percentage or a difference of percentages: "5%", "5 per cent", "5 pct",
/// "3 points".
pub const PERCENT_WORDS: &[&str] = &["%", "cent", "percent", "pct", "points", "pts"];
