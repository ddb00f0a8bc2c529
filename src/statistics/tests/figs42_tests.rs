//! Named cases of the classes the twelfth figures set showed (branch `figs42`, issue 12:
//! `tests/fixtures/news-figures-42.txt`, everyday writing that is not news: chat, listings,
//! recipes, history, its tuned part), each class with made-up sentences and the look-alikes it
//! must leave alone. No sentence is taken from the set.

use crate::statistics::tests::report_form_tests::{has, lacks};

#[test]
fn half_or_a_quarter_past_an_hour_is_a_time_whatever_follows() {
    has(&[
        (
            "but",
            "Lunch is booked for half past twelve but we can be late.",
            "TIME \"half past twelve\"",
        ),
        (
            "when",
            "It was a quarter past nine when the bus came.",
            "TIME \"a quarter past nine\"",
        ),
    ]);
    // Look-alikes: British "half three" before a unit, minutes as a count.
    lacks(&[
        (
            "half three years",
            "Prices fell by half three years ago.",
            "TIME",
        ),
        ("two to four", "Bring two to four friends.", "TIME"),
    ]);
}

#[test]
fn every_and_a_month_is_a_recurrence() {
    has(&[(
        "every May",
        "The fair comes back every May.",
        "DATE \"every May\"",
    )]);
    lacks(&[("every may", "Not every may agree.", "DATE \"every may\"")]);
}

#[test]
fn the_ones_of_buy_one_get_one_free_are_no_counts() {
    lacks(&[
        (
            "words",
            "Buy one get one free on all socks.",
            "CARDINAL \"one\"",
        ),
        (
            "digits, a comma",
            "Buy 1, get 1 half price this week.",
            "CARDINAL \"1\"",
        ),
    ]);
    has(&[(
        "a count",
        "We only want one ticket, not two.",
        "CARDINAL \"one\"",
    )]);
}

#[test]
fn sizes_an_ovens_mark_and_a_question_are_labels() {
    lacks(&[
        ("sizes", "The boots come in sizes 4 to 9.", "CARDINAL"),
        ("a size", "She wears a size 14 coat.", "CARDINAL"),
        ("gas mark", "Cook at gas mark 5 until golden.", "CARDINAL"),
        (
            "a question",
            "Question 3. Add the two numbers.",
            "CARDINAL \"3\"",
        ),
    ]);
    has(&[(
        "a mark in a count",
        "He passed the mark 12 times.",
        "CARDINAL \"12\"",
    )]);
}

#[test]
fn a_year_that_dates_a_name() {
    has(&[
        (
            "of, a verb after",
            "The Great Storm of 1703 wrecked the fleet.",
            "DATE \"1703\"",
        ),
        ("a car", "2017 Vauxhall Astra, one owner.", "DATE \"2017\""),
    ]);
    lacks(&[
        (
            "a count of people",
            "A Crowd of 1703 people watched.",
            "DATE",
        ),
        ("one capital after", "2017 Britons moved abroad.", "DATE"),
    ]);
}

#[test]
fn a_day_and_bare_hours_after_from() {
    has(&[(
        "till",
        "The sale is on Saturday from 9 till 1 in the hall.",
        "TIME \"Saturday from 9 till 1\"",
    )]);
    lacks(&[(
        "a range of percentages",
        "On Friday from 3 to 6 per cent of votes moved.",
        "TIME",
    )]);
}

#[test]
fn the_next_day_and_a_weekday_after() {
    has(&[
        (
            "next day",
            "The parcel came the next day.",
            "DATE \"next day\"",
        ),
        (
            "following day",
            "We flew on, and left the following day, tired.",
            "DATE \"following day\"",
        ),
        (
            "weekday after",
            "The vet can see him the Tuesday after.",
            "DATE \"the Tuesday after\"",
        ),
    ]);
    lacks(&[
        (
            "a day of",
            "It was the next day of talks.",
            "DATE \"next day\"",
        ),
        (
            "before a name",
            "It was the Friday before Easter.",
            "DATE \"the Friday before\"",
        ),
    ]);
}

#[test]
fn a_couple_of_counted_things_is_two() {
    has(&[
        (
            "plural",
            "It took a couple of goes.",
            "CARDINAL \"a couple\" value=2",
        ),
        (
            "them",
            "A couple of them left early.",
            "CARDINAL \"A couple\" value=2",
        ),
    ]);
    lacks(&[
        (
            "a length",
            "Wait a couple of days.",
            "CARDINAL \"a couple\"",
        ),
        (
            "a scale",
            "A couple of hundred fans came.",
            "CARDINAL \"A couple\"",
        ),
        ("people", "A couple from Hull won.", "CARDINAL"),
    ]);
}

#[test]
fn bowling_figures_after_taken_and_a_score_to_a_side() {
    has(&[
        (
            "had taken",
            "By lunch he had taken 4 for 19.",
            "CARDINAL \"4 for 19\"",
        ),
        (
            "to a side",
            "It is 3-1 to Albion at the break.",
            "CARDINAL \"3-1\"",
        ),
    ]);
    lacks(&[(
        "to a month",
        "The queue grew from 12-10 to March.",
        "CARDINAL \"12-10\"",
    )]);
}
