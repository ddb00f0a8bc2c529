//! Amounts, bounds, changes and names as reports write them.

use super::{check, lines};

#[test]
fn up_to_as_a_bound_is_no_rise() {
    check(&[
        (
            "buy back",
            "It will buy back up to $10 billion of its stock.",
            "MONEY \"$10 billion\" value=10000000000 unit=USD qualifier=up to max=10000000000",
        ),
        (
            "gusts",
            "The storm brought gusts of up to 93mph.",
            "QUANTITY \"93mph\" value=93 unit=mph qualifier=up to max=93",
        ),
        (
            "staff",
            "Each site employs up to 40 staff.",
            "CARDINAL \"40\" value=40 qualifier=up to max=40",
        ),
        // The look-alike: a verb of change with its particle reaches a level.
        (
            "ticked up to",
            "Inflation ticked up to 3.9% in May.",
            "PERCENT \"3.9%\" value=3.9 unit=% change=Up",
        ),
    ]);
}

#[test]
fn a_change_and_the_level_it_reached_are_no_range() {
    check(&[
        (
            "raised by, first",
            "It raised its plan by $2 billion to $18 billion.",
            "MONEY \"$2 billion\" value=2000000000 unit=USD change=Up",
        ),
        (
            "raised by, second",
            "It raised its plan by $2 billion to $18 billion.",
            "MONEY \"$18 billion\" value=18000000000 unit=USD",
        ),
        (
            "rose without by",
            "Revenue rose $2 billion to $18 billion.",
            "MONEY \"$18 billion\" value=18000000000 unit=USD",
        ),
        (
            "cut by, a unit",
            "The route was cut by 3km to 5km.",
            "QUANTITY \"5km\" value=5 unit=km",
        ),
        // The look-alikes: a price range, and a range after "from".
        (
            "price range",
            "Tickets cost $10 to $20 each.",
            "MONEY \"$10 to $20\" unit=USD per=each qualifier=between min=10 max=20",
        ),
        (
            "from a to b",
            "Seats cost from £5 to £8.",
            "MONEY \"£5 to £8\" unit=GBP qualifier=between min=5 max=8",
        ),
    ]);
}

#[test]
fn a_margin_in_words_is_positive() {
    check(&[
        (
            "percentage points in words",
            "The margin of error is plus or minus three percentage points.",
            "PERCENT \"three percentage points\" value=3 unit=pp qualifier=plus or minus",
        ),
        (
            "points in digits",
            "The margin is plus or minus 3 points.",
            "QUANTITY \"3 points\" value=3 unit=points qualifier=plus or minus",
        ),
        (
            "a minus alone is a sign",
            "It fell to minus three degrees.",
            "QUANTITY \"minus three degrees\" value=-3 unit=° change=Down",
        ),
    ]);
}

#[test]
fn a_bound_written_after_the_figure() {
    check(&[
        (
            "aged and over",
            "Those aged 65 and over get a free pass.",
            "QUANTITY \"aged 65\" value=65 unit=year qualifier=or more min=65",
        ),
        (
            "or older",
            "Adults aged 18 or older may vote.",
            "QUANTITY \"aged 18\" value=18 unit=year qualifier=or more min=18",
        ),
        (
            "or more, words",
            "One in four drank five or more glasses.",
            "CARDINAL \"five\" value=5 qualifier=or more min=5",
        ),
        (
            "or fewer",
            "Firms with 100 or fewer staff are exempt.",
            "CARDINAL \"100\" value=100 qualifier=or less max=100",
        ),
        (
            "or less, money",
            "Homes worth £50,000 or less pay no tax.",
            "MONEY \"£50,000\" value=50000 unit=GBP qualifier=or less max=50000",
        ),
        (
            "percent or more",
            "A swing of 10% or more would topple them.",
            "PERCENT \"10%\" value=10 unit=% qualifier=or more min=10",
        ),
        (
            "hyphen plus",
            "The 60-plus group grew fastest.",
            "CARDINAL \"60\" value=60 qualifier=or more min=60",
        ),
        (
            "a length of time",
            "They had lived there for 10 years or more.",
            "DURATION \"10 years\" qualifier=or more iso=P10Y",
        ),
        // The look-alikes: a preposition with its object.
        (
            "and over the year",
            "Sales rose 5% and over the year they fell.",
            "PERCENT \"5%\" value=5 unit=% change=Up",
        ),
        (
            "or below the target",
            "It fell 3 or below the target.",
            "CARDINAL \"3\" value=3 change=Down",
        ),
    ]);
}

#[test]
fn ordinals_in_compounds_of_time_and_order() {
    check(&[
        (
            "minute in digits",
            "A 12th-minute penalty put them ahead.",
            "ORDINAL \"12th\" value=12",
        ),
        (
            "winner",
            "Mensah's 89th-minute winner sealed it.",
            "ORDINAL \"89th\" value=89",
        ),
        (
            "half in words",
            "His first-half goal was his sixth.",
            "DATE \"first-half\"",
        ),
        (
            "round",
            "They face a fifth-round tie in January.",
            "ORDINAL \"fifth\" value=5",
        ),
        (
            "grade in digits",
            "Some 5th-grade pupils sat the test.",
            "ORDINAL \"5th\" value=5",
        ),
    ]);
    // The look-alikes: compound adjectives with no figure.
    for text in [
        "First-time buyers pay less.",
        "A third-party app leaked it.",
        "He was charged with first-degree murder.",
        "Second-hand cars cost more.",
    ] {
        assert_eq!(lines(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_number_named_after_an_acronym_or_a_label_is_no_figure() {
    for text in [
        "The FTSE 100 fell in early trading.",
        "Shares in the CAC 40 index rose.",
        "Call NHS 111 for advice.",
        "The COP 29 summit opens today.",
        "Britain triggered Article 50 in March.",
    ] {
        let got = lines(text);
        assert!(
            !got.iter().any(|l| l.starts_with("CARDINAL")),
            "{text}: {got:?}"
        );
    }
    // The look-alikes: a currency code, a line in capitals, a month, a grouped number.
    check(&[
        (
            "currency code",
            "It cost USD 500 in all.",
            "MONEY \"USD 500\" value=500 unit=USD",
        ),
        (
            "line in capitals",
            "STORM KILLS 12 IN TEXAS",
            "CARDINAL \"12\" value=12",
        ),
        (
            "grouped",
            "The BBC 2,000 jobs plan was dropped.",
            "CARDINAL \"2,000\" value=2000",
        ),
        (
            "index with a change",
            "The FTSE 250 rose 0.5%.",
            "PERCENT \"0.5%\" value=0.5 unit=% change=Up",
        ),
    ]);
}

#[test]
fn ages_and_members_of_a_group() {
    check(&[
        (
            "at the age of",
            "She studied medicine at the age of 17.",
            "QUANTITY \"age of 17\" value=17 unit=year",
        ),
        (
            "one of only, the count",
            "She was one of only three women in her class.",
            "CARDINAL \"three\" value=3",
        ),
        (
            "one of a number",
            "He was one of 12 finalists.",
            "CARDINAL \"12\" value=12",
        ),
    ]);
    for text in [
        "She was one of only three women in her class.",
        "He was one of 12 finalists.",
        "It is one of just two left.",
    ] {
        let got = lines(text);
        assert!(
            !got.iter().any(|l| l.contains("\"one\"")),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_battery_charge_is_a_quantity() {
    check(&[
        (
            "milliampere-hours",
            "Its 5,000mAh battery lasts a day.",
            "QUANTITY \"5,000mAh\" value=5000 unit=mAh",
        ),
        (
            "ampere-hours",
            "A 100Ah cell powers the van.",
            "QUANTITY \"100Ah\" value=100 unit=Ah",
        ),
    ]);
    // "ah" apart from a number is the interjection.
    assert!(!lines("Ah, 5 ah well.")
        .iter()
        .any(|l| l.starts_with("QUANTITY")));
}

#[test]
fn a_verb_its_object_and_by_state_a_change() {
    check(&[
        (
            "raise",
            "The council will raise council tax by 4.99%.",
            "PERCENT \"4.99%\" value=4.99 unit=% change=Up",
        ),
        (
            "cut",
            "The bill would cut spending by $1.5 trillion.",
            "MONEY \"$1.5 trillion\" value=1500000000000 unit=USD change=Down",
        ),
        (
            "reduce",
            "It pledged to reduce emissions by 40% by 2030.",
            "PERCENT \"40%\" value=40 unit=% change=Down",
        ),
        (
            "slashed",
            "The firm slashed prices by 20%.",
            "PERCENT \"20%\" value=20 unit=% change=Down",
        ),
        // The look-alike: money raised is no change.
        (
            "raised for charity",
            "The walk raised £5m for charity.",
            "MONEY \"£5m\" value=5000000 unit=GBP",
        ),
    ]);
}

#[test]
fn a_bound_is_no_change() {
    check(&[
        (
            "fewer than",
            "Those who managed fewer than 2,000 steps fared worst.",
            "CARDINAL \"2,000\" value=2000 qualifier=less than max=2000",
        ),
        (
            "up to about",
            "The benefit grew up to about 10,000 steps.",
            "CARDINAL \"10,000\" value=10000 qualifier=about",
        ),
        // The look-alike: a verb of change before the bound.
        (
            "fell less than",
            "Costs fell less than 2%.",
            "PERCENT \"2%\" value=2 unit=% qualifier=less than max=2 change=Down",
        ),
    ]);
}

#[test]
fn a_share_more_or_less_than_a_baseline() {
    check(&[
        (
            "a quarter more",
            "Some 36,800 crossed in 2024, a quarter more than in 2023.",
            "CARDINAL \"a quarter\" value=0.25 change=Up",
        ),
        (
            "a third fewer",
            "There were a third fewer than last year.",
            "CARDINAL \"a third\" value=0.333333333333333 change=Down",
        ),
    ]);
}

#[test]
fn factors_with_comparatives() {
    check(&[
        (
            "weaker divides",
            "Sunlight there is 25 times weaker.",
            "CARDINAL \"25 times weaker\" value=0.04 unit=× change=Down",
        ),
        (
            "less divides",
            "It uses five times less water.",
            "CARDINAL \"five times less\" value=0.2 unit=× change=Down",
        ),
        (
            "faster multiplies",
            "The chip is ten times faster.",
            "CARDINAL \"ten times faster\" value=10 unit=× change=Up",
        ),
        (
            "times those",
            "Radiation is a million times those on Earth.",
            "CARDINAL \"a million times\" value=1000000 unit=× change=Up",
        ),
        // The look-alike: a count of times in a period.
        (
            "three times a day",
            "Take it three times a day.",
            "DATE \"three times a day\" qualifier=every",
        ),
    ]);
}

#[test]
fn temperatures_bounds_and_nouns_of_change() {
    check(&[
        (
            "far below zero with a sign",
            "The surface is rarely above -160C.",
            "QUANTITY \"-160C\" value=-160 unit=°C qualifier=more than min=-160",
        ),
        (
            "as low as",
            "It passes as low as 16 miles above the ice.",
            "QUANTITY \"16 miles\" value=16 unit=mi qualifier=as low as min=16",
        ),
        (
            "as high as",
            "Rates may go as high as 7%.",
            "PERCENT \"7%\" value=7 unit=% qualifier=as high as max=7",
        ),
        (
            "pay rise",
            "Teachers will get a 5.5% pay rise.",
            "PERCENT \"5.5%\" value=5.5 unit=% change=Up",
        ),
        (
            "price cut",
            "Shoppers saw a 10% price cut.",
            "PERCENT \"10%\" value=10 unit=% change=Down",
        ),
        // The look-alike: a noun that is no change.
        (
            "pay freeze",
            "Staff took a 2% pay freeze.",
            "PERCENT \"2%\" value=2 unit=%",
        ),
    ]);
}

#[test]
fn a_maximum_or_a_minimum_is_a_bound() {
    check(&[
        (
            "maximum of",
            "The sum is capped up to a maximum of £268,275.",
            "MONEY \"£268,275\" value=268275 unit=GBP qualifier=at most max=268275",
        ),
        (
            "minimum of",
            "Each site needs a minimum of 20 staff.",
            "CARDINAL \"20\" value=20 qualifier=at least min=20",
        ),
        (
            "capped at",
            "The lump sum is capped at 25% of the pot.",
            "PERCENT \"25%\" value=25 unit=% qualifier=at most max=25",
        ),
    ]);
}

#[test]
fn an_age_reached() {
    check(&[
        (
            "turns next month",
            "James, who turns 40 next month, scored 38.",
            "QUANTITY \"40\" value=40 unit=year",
        ),
        (
            "turned in May",
            "She turned 18 in May.",
            "QUANTITY \"18\" value=18 unit=year",
        ),
        (
            "at the end",
            "She turned 30.",
            "QUANTITY \"30\" value=30 unit=year",
        ),
        // The look-alikes: a count or a unit follows.
        ("corners", "He turned 3 corners.", "CARDINAL \"3\" value=3"),
        (
            "degrees",
            "The ship turns 180 degrees.",
            "QUANTITY \"180 degrees\" value=180 unit=°",
        ),
    ]);
}

#[test]
fn fractions_of_a_scale_and_fold_words() {
    check(&[
        (
            "a quarter of a million",
            "A quarter of a million homes were built.",
            "CARDINAL \"A quarter of a million\" value=250000",
        ),
        (
            "three quarters of a billion",
            "Three quarters of a billion people use it.",
            "CARDINAL \"Three quarters of a billion\" value=750000000",
        ),
        (
            "up tenfold",
            "Profit was up tenfold on the year.",
            "CARDINAL \"tenfold\" value=10 unit=× change=Up",
        ),
        (
            "a fourfold rise",
            "It saw a fourfold rise in claims.",
            "CARDINAL \"fourfold\" value=4 unit=× change=Up",
        ),
        // The look-alikes: a share of a whole, and a fraction before a noun.
        (
            "a quarter of voters",
            "A quarter of voters stayed home.",
            "CARDINAL \"A quarter\" value=0.25",
        ),
    ]);
}
