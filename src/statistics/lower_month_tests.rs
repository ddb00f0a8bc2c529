//! Branch `dates31` (issue 12): two classes of dates that generalise.
//!
//! A month written "may" or "march" in lower case (chat, comments, all-lower-case text) is the
//! month where the grammar around it says so: a year after it, a preposition or a word of a
//! part of a month before it with the date's end after it, a join to another month, a day
//! before it with a year or the sentence's end after it. The modal, the verb and the noun stay
//! no date ("you may go", "plan to march to the capitol", "the last march of the season").
//!
//! One unit next to the story's time or to a date: "the next day", "the following day", "the
//! day before", "the night after", "the week after Christmas".

use super::date_class_tests::figures;

fn dates(text: &str) -> Vec<String> {
    figures(text)
        .into_iter()
        .filter(|(k, _, _)| matches!(*k, "DATE" | "TIME"))
        .map(|(_, t, _)| t)
        .collect()
}

fn has(text: &str, want: &str) {
    let got = dates(text);
    assert!(got.iter().any(|t| t == want), "{text:?}: {got:?}");
}

#[test]
fn a_lower_case_may_or_march_after_a_preposition_is_the_month() {
    for (text, want) in [
        ("we moved house in march", "march"),
        ("prices have risen since may, the agency said", "since may"),
        ("the offer runs until march.", "until march"),
        ("the work should be done by may", "may"),
        ("we'll know more after march", "after march"),
        ("it was cold during march; then it warmed", "march"),
        ("every may the town holds a fair", "may"),
        ("from march to june the river floods", "from march to june"),
        (
            "sales slowed between march and june",
            "between march and june",
        ),
    ] {
        has(text, want);
    }
}

#[test]
fn a_lower_case_may_or_march_with_a_part_word_is_the_month() {
    for (text, want) in [
        ("the vote is due mid-march", "mid-march"),
        ("we expect a decision in late may", "late may"),
        ("in early march the snow melted", "early march"),
        ("the show opens next may", "next may"),
        ("i saw them last march, i think", "last march"),
        ("the report came at the end of may", "end of may"),
        (
            "the first monday of march is a holiday",
            "the first monday of march",
        ),
    ] {
        has(text, want);
    }
}

#[test]
fn a_lower_case_may_or_march_with_a_year_or_a_day_is_the_month() {
    for (text, want, iso) in [
        ("the law changed in march 2015", "march 2015", "2015-03"),
        ("opened may 2019.", "may 2019", "2019-05"),
        ("born 3 march 1990", "3 march 1990", "1990-03-03"),
        ("due on 12 may 2024, they said", "12 may 2024", "2024-05-12"),
    ] {
        let got = figures(text);
        assert!(
            got.iter()
                .any(|(_, t, i)| t == want && i.as_deref() == Some(iso)),
            "{text:?}: {got:?}"
        );
    }
    has("the deadline is 14 march.", "14 march");
    has(
        "from march 1 to march 10, the museum shuts",
        "from march 1 to march 10",
    );
    has("it runs may 4 to june 3", "may 4 to june 3");
    has("sales were flat march to june", "march to june");
}

#[test]
fn a_lower_case_may_or_march_that_is_a_modal_a_verb_or_a_noun_is_no_date() {
    for text in [
        "you may go now",
        "prices may rise",
        "what may or may not happen next",
        "they plan to march to the capitol.",
        "we sing and march.",
        "we will join this march.",
        "it was the last march of the season",
        "their late march was slow",
        "the 3 may be enough",
        "in march of the toy soldiers",
    ] {
        let got = dates(text);
        assert!(
            !got.iter().any(|t| t.contains("may") || t.contains("march")),
            "{text:?}: {got:?}"
        );
    }
}

#[test]
fn a_day_next_to_the_story_time_is_a_date() {
    for (text, want) in [
        ("The next day, police made an arrest.", "next day"),
        ("She flew home the following day.", "following day"),
        ("Shares had fallen the previous day", "previous day"),
        ("He had called her the day before.", "the day before"),
        ("They met again the day after, and agreed.", "the day after"),
        ("It had snowed the night before", "the night before"),
        ("Sales were weaker the year before.", "the year before"),
        ("The week after, the board resigned.", "The week after"),
    ] {
        has(text, want);
    }
}

#[test]
fn a_unit_next_to_a_date_is_one_date() {
    for (text, want) in [
        (
            "Shops reopen the day after Christmas.",
            "the day after Christmas",
        ),
        (
            "He resigned the week before Easter",
            "the week before Easter",
        ),
        ("The vote is the day after 3 May.", "the day after 3 May"),
        (
            "It was the night before Thanksgiving",
            "the night before Thanksgiving",
        ),
        (
            "The talks ended the month after June",
            "the month after June",
        ),
    ] {
        has(text, want);
    }
}

#[test]
fn a_unit_before_or_after_a_noun_is_no_date() {
    for text in [
        "Free next day delivery on all orders.",
        "He spent the day before the hearing with lawyers.",
        "The week before the election was quiet.",
    ] {
        let got = dates(text);
        assert!(
            !got.iter()
                .any(|t| t.starts_with("the day") || t.starts_with("The week") || t == "next day"),
            "{text:?}: {got:?}"
        );
    }
    // The older readings stay.
    has(
        "It rained the day before yesterday.",
        "the day before yesterday",
    );
    has("We leave the week after next.", "the week after next");
}

fn iso_of(text: &str, want: &str) -> Option<String> {
    figures(text)
        .into_iter()
        .find(|(_, t, _)| t == want)
        .and_then(|(_, _, i)| i)
}

#[test]
fn a_decade_in_words_after_the_is_a_date() {
    for (text, want, iso) in [
        ("Hair was big in the eighties.", "eighties", "198X"),
        ("The Sixties changed pop music.", "Sixties", "196X"),
        ("It was built in the late nineties", "late nineties", "199X"),
        ("a hit of the early seventies", "early seventies", "197X"),
        ("the mid-fifties boom", "mid-fifties", "195X"),
        ("in the mid-forties, rationing ended", "mid-forties", "194X"),
        ("the nineteen-thirties slump", "nineteen-thirties", "193X"),
        ("since the nineteen twenties", "nineteen twenties", "192X"),
        ("the 'sixties", "'sixties", "196X"),
    ] {
        assert_eq!(
            iso_of(text, want).as_deref(),
            Some(iso),
            "{text:?}: {:?}",
            figures(text)
        );
    }
}

#[test]
fn a_decade_word_of_an_age_or_a_temperature_is_no_date() {
    for text in [
        "She is in her eighties.",
        "Both men are in their forties",
        "Highs will be in the nineties on Friday.",
        "Temperatures climbed into the eighties.",
    ] {
        let got = dates(text);
        assert!(!got.iter().any(|t| t.ends_with("ies")), "{text:?}: {got:?}");
    }
}

#[test]
fn fall_after_this_last_or_next_is_the_season() {
    for (text, want) in [
        ("The school opens this fall.", "this fall"),
        ("We launched the product last fall.", "last fall"),
        ("They move next fall, officials said.", "next fall"),
        ("Enrollment this fall rose sharply", "this fall"),
        ("She starts classes this fall in Boston", "this fall"),
    ] {
        has(text, want);
    }
}

#[test]
fn fall_as_a_drop_is_no_season() {
    for text in [
        "The next fall in prices came soon.",
        "This fall in unemployment is welcome.",
        "It was a last fall from grace.",
        "The last fall was steeper",
        "Shares could fall next week",
    ] {
        let got = dates(text);
        assert!(
            !got.iter().any(|t| t.ends_with("fall")),
            "{text:?}: {got:?}"
        );
    }
}
