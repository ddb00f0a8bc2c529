//! "Pounds": sterling or a weight. The unit table reads "pound" as the avoirdupois pound; this
//! decides from the sentence when it is money instead: "millions of pounds", "cost ten pounds",
//! "a 5 million pound contract" are GBP, "lost 20 pounds", "5 million pounds of beef" are weights.

use super::cursor::Cx;

/// Words of money in the same sentence: spending, prices, earnings, the pound sign.
const MONEY_WORDS: &[&str] = &[
    "cost",
    "costs",
    "costing",
    "spent",
    "spend",
    "spending",
    "paid",
    "pay",
    "pays",
    "paying",
    "worth",
    "price",
    "prices",
    "priced",
    "fine",
    "fined",
    "sold",
    "sell",
    "bought",
    "buy",
    "raised",
    "raise",
    "funding",
    "fund",
    "funds",
    "budget",
    "sterling",
    "bid",
    "deal",
    "fee",
    "fees",
    "compensation",
    "earn",
    "earned",
    "earns",
    "salary",
    "wage",
    "wages",
    "bill",
    "charged",
    "charge",
    "owed",
    "owe",
    "debt",
    "debts",
    "loan",
    "loans",
    "invest",
    "invested",
    "investment",
    "profit",
    "profits",
    "revenue",
    "revenues",
    "tax",
    "taxes",
    "taxpayers",
    "contract",
    "pension",
    "bonus",
    "award",
    "awarded",
    "grant",
    "cheaper",
    "costly",
    "£",
    "money",
    "cash",
    "lottery",
    "jackpot",
    "donated",
    "donation",
    "prize",
];

/// Words of weight in the same sentence.
const WEIGHT_WORDS: &[&str] = &[
    "weigh", "weighs", "weighed", "weighing", "weight", "weights", "heavy", "heavier", "heaviest",
    "lighter", "lb", "lbs", "kg", "kilos", "ounces", "stone", "tons", "tonnes", "pressure",
    "obese", "diet", "payload",
];

/// How far around the figure a sentence's words are looked at.
const WINDOW: usize = 14;

/// "pound(s)" at token `k`, after a number that starts at token `start` with value `value`,
/// names sterling.
pub fn are_money(cx: &Cx, start: usize, k: usize, value: f64) -> bool {
    if !cx.is_any(k, &["pound", "pounds"]) {
        return false;
    }
    // "5 million pounds of beef", "pounds per square inch": a weight of something.
    if cx.near(k + 1) && cx.is_any(k + 1, &["of", "per", "force"]) && cx.is_word(k + 2) {
        let of_money = cx.is(k + 1, "of") && cx.is_any(k + 2, &["taxpayers", "public"]);
        if !of_money {
            return false;
        }
    }
    // "3 pounds and 20 pence", "5 pounds 50p": pence after the pounds make them sterling.
    if pence_after(cx, k + 1) {
        return true;
    }
    let (money, weight) = context(cx, start, k);
    if weight > money {
        return false;
    }
    money > 0 || value >= 1e6
}

/// "and 20 pence", "20p", "50 pence" at token `k`: a number of pence after the pounds.
fn pence_after(cx: &Cx, k: usize) -> bool {
    let at = if cx.is(k, "and") { k + 1 } else { k };
    let number = |m: usize| {
        cx.is_digits(m)
            || cx
                .word(m)
                .is_some_and(|w| w.unit.is_some() || w.ten.is_some())
    };
    if !(cx.near(k) && cx.near(at) && number(at)) {
        return false;
    }
    // The number's end: digits are one token, words up to four ("twenty-five").
    (at + 1..at + 5).any(|e| {
        cx.is_any(e, &["pence", "p", "penny"])
            && cx.near(e)
            && (!cx.is(e, "p") || cx.attached(e))
            && (at..e).all(|m| number(m) || cx.is(m, "-"))
    })
}

/// Money words and weight words in the sentence around tokens `start..=end`.
fn context(cx: &Cx, start: usize, end: usize) -> (usize, usize) {
    let (mut money, mut weight) = (0, 0);
    let mut count = |i: usize| {
        if cx.is_any(i, MONEY_WORDS) {
            money += 1;
        } else if cx.is_any(i, WEIGHT_WORDS) {
            weight += 1;
        }
    };
    let mut i = start;
    while i > 0 && start - i < WINDOW && !cx.sentence_start(i) {
        i -= 1;
        count(i);
    }
    let mut j = end + 1;
    while j < cx.len() && j - end <= WINDOW && !cx.sentence_start(j) {
        count(j);
        j += 1;
    }
    (money, weight)
}

/// The sentence around tokens `start..=end` names sterling ("£", "pounds", "sterling"): "grand"
/// is then a thousand pounds.
pub fn sterling_around(cx: &Cx, start: usize, end: usize) -> bool {
    let sterling = |i: usize| cx.is_any(i, &["£", "pounds", "pound", "sterling", "quid"]);
    let mut i = start;
    while i > 0 && start - i < WINDOW && !cx.sentence_start(i) {
        i -= 1;
        if sterling(i) {
            return true;
        }
    }
    let mut j = end + 1;
    while j < cx.len() && j - end <= WINDOW && !cx.sentence_start(j) {
        if sterling(j) {
            return true;
        }
        j += 1;
    }
    false
}
