//! A lower-case word of a kind or a grade labels the number after it ("type 2 diabetes",
//! "class 5", "stage 4 cancer") unless a count follows; "ten pounds of spending power" is
//! money, as "pounds of taxpayers' money" was.

use crate::statistics::tests::report_form_tests::{absent, check, lines};

#[test]
fn a_lower_case_kind_labels_its_number() {
    absent(&[
        ("type 2", "Adults with type 2 diabetes were tracked.", "2"),
        ("type 1 and", "Both type 1 and type 2 were studied.", "1"),
        ("stage 4", "She has stage 4 cancer.", "4"),
        ("class 5", "He teaches class 5 on Mondays.", "5"),
        ("end of sentence", "It was a storm of class 3.", "3"),
    ]);
    // Look-alikes: a count of people, a share, a count after "type".
    check(&[
        (
            "stage then a count",
            "At this stage 40 people had died.",
            "CARDINAL \"40\" value=40",
        ),
        (
            "stage then a share",
            "At that stage 12% had voted.",
            "PERCENT \"12%\" value=12 unit=%",
        ),
    ]);
}

#[test]
fn pounds_of_a_money_noun_are_money() {
    check(&[
        (
            "spending power",
            "Savers lost ten pounds of spending power for every £100 in cash.",
            "MONEY \"ten pounds\" value=10 unit=GBP change=Down",
        ),
        (
            "savings",
            "Families lost 200 pounds of savings to the scam.",
            "MONEY \"200 pounds\" value=200 unit=GBP change=Down",
        ),
    ]);
    // Look-alikes: a weight of something.
    for (text, span) in [
        ("He lost ten pounds of fat.", "ten pounds"),
        ("They shipped 5 million pounds of beef.", "5 million pounds"),
    ] {
        let want = format!("QUANTITY {span:?}");
        assert!(
            lines(text)
                .iter()
                .any(|l| l.starts_with(&want) && l.contains("unit=lb")),
            "{text}: a weight"
        );
    }
}
