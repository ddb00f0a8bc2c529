//! How long something took when the verb's object stands between the verb and "in": "ran the
//! 100m in 9.58 seconds" is a DURATION, not a date from now. Its look-alikes: a time still to
//! come ("will finish the work in two weeks", "said the plant would close in two years") and a
//! past verb whose object is still to come ("promised the report in three weeks"). Every
//! sentence is made up.

use super::{absent, check};

#[test]
fn a_time_taken_past_the_object() {
    check(&[
        (
            "a sprint",
            "Bolt ran the 100m in 9.58 seconds in Berlin.",
            "DURATION \"9.58 seconds\" iso=PT9.58S",
        ),
        (
            "a course",
            "She completed the course in 3 hours 12 minutes.",
            "DURATION \"3 hours 12 minutes\" iso=PT3H12M",
        ),
        (
            "a final with a grouped distance",
            "He won the 10,000m final in 27 minutes.",
            "DURATION \"27 minutes\" iso=PT27M",
        ),
        (
            "a bridge",
            "The team built the bridge in six months.",
            "DURATION \"six months\" iso=P6M",
        ),
        (
            "a capitalised object",
            "They swam the Channel in 13 hours.",
            "DURATION \"13 hours\" iso=PT13H",
        ),
        (
            "a search",
            "Police found the car in 20 minutes.",
            "DURATION \"20 minutes\" iso=PT20M",
        ),
    ]);
}

#[test]
fn a_time_to_come_past_the_object_stays_a_date() {
    check(&[
        (
            "a modal in the object",
            "He said the plant would close in two years.",
            "DATE \"in two years\" iso=P2Y",
        ),
        (
            "will",
            "We will finish the work in two weeks.",
            "DATE \"in two weeks\" iso=P2W",
        ),
        (
            "a promise",
            "The minister promised the report in three weeks.",
            "DATE \"in three weeks\" iso=P3W",
        ),
        (
            "an announcement",
            "The firm announced the results in two weeks.",
            "DATE \"in two weeks\" iso=P2W",
        ),
        (
            "to sign",
            "She is expected to sign the deal in a month.",
            "DATE \"in a month\" iso=P1M",
        ),
    ]);
    absent(&[(
        "not a duration after a present verb",
        "Officials said the road reopens in 10 days.",
        "10 days",
    )]);
}

#[test]
fn the_fixture_sprint_is_a_time_taken() {
    const READERS: &str = include_str!("readers.txt");
    let text = "He ran the 100m in 9.58 seconds in 2009, a world record that still stands.";
    assert!(
        READERS.lines().any(|l| l == text),
        "not a line of readers.txt"
    );
    check(&[(
        "fixture, a sprint",
        text,
        "DURATION \"9.58 seconds\" iso=PT9.58S",
    )]);
}
