//! Prices: an amount and what it is paid for ("$15 an hour", "$13 a share", "140p per litre",
//! "$0.03/kWh", "£5 each"). The span stays the amount; `per` names the unit (a unit of measure by
//! its symbol: "l", "kWh"). A unit of time
//! that dates something ("£450 a month ago") or a measure of what was bought ("$5 a pound of
//! apples") is no rate.

use super::{check, lines};

#[test]
fn an_amount_and_what_it_is_paid_for() {
    check(&[
        (
            "an hour",
            "Cleaners earn $17 an hour there.",
            "MONEY \"$17\" value=17 unit=USD per=hour",
        ),
        (
            "a share",
            "The bid values it at 310p a share.",
            "MONEY \"310p\" value=310 unit=GBX per=share",
        ),
        (
            "per and a unit",
            "Diesel sold at €1.62 per litre.",
            "MONEY \"€1.62\" value=1.62 unit=EUR per=l",
        ),
        (
            "a slash and a symbol",
            "Power traded at £95/MWh on Monday.",
            "MONEY \"£95\" value=95 unit=GBP per=MWh",
        ),
        (
            "per annum",
            "The post pays £41,000 per annum.",
            "MONEY \"£41,000\" value=41000 unit=GBP per=year",
        ),
        (
            "each",
            "Seats went for $900 each.",
            "MONEY \"$900\" value=900 unit=USD per=each",
        ),
        (
            "a range",
            "Rooms cost $80-120 a night.",
            "MONEY \"$80-120\" unit=USD per=night qualifier=between min=80 max=120",
        ),
    ]);
}

#[test]
fn what_is_no_rate() {
    for (name, text) in [
        ("a date", "He paid £450 a month ago."),
        ("what was bought", "She paid $5 a pound of apples."),
        ("per cent", "Wages rose $5 per cent."),
        ("a count after", "It cost $20 a few times."),
    ] {
        let got = lines(text);
        assert!(!got.iter().any(|l| l.contains(" per=")), "{name}: {got:#?}");
    }
}
