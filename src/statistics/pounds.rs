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
    // Winning, betting, fares and tickets, savings: "won a hundred pounds", "tickets are 15
    // pounds each".
    "win",
    "wins",
    "won",
    "winning",
    "winnings",
    "bet",
    "bets",
    "stake",
    "wager",
    "ticket",
    "tickets",
    "fare",
    "fares",
    "rent",
    "tip",
    "tips",
    "refund",
    "refunded",
    "reward",
    "saved",
    "savings",
    "afford",
    "expensive",
    "cheap",
    "sells",
    "selling",
    "sale",
    "buying",
    "buys",
    "purchase",
    "purchased",
    "income",
    "earnings",
    "earning",
    "owes",
    "charges",
    "wallet",
    "pocket",
    "pocketed",
    "bank",
];

/// Words of weight in the same sentence.
const WEIGHT_WORDS: &[&str] = &[
    "weigh", "weighs", "weighed", "weighing", "weight", "weights", "heavy", "heavier", "heaviest",
    "lighter", "lb", "lbs", "kg", "kilos", "ounces", "stone", "tons", "tonnes", "pressure",
    "obese", "diet", "payload",
];

/// Verbs of a body's weight changing: a weight only where the amount is one a body may gain or
/// lose ("lost 20 pounds"; "the club lost 2 million pounds" is money).
const BODY_WORDS: &[&str] = &[
    "lose", "loses", "lost", "losing", "gain", "gains", "gained", "gaining", "shed", "sheds",
    "shedding", "baby", "born", "newborn",
];

/// The largest number of pounds [`BODY_WORDS`] make a weight.
const BODY_MAX: f64 = 1000.0;

/// How far around the figure a sentence's words are looked at.
const WINDOW: usize = 14;

// How many tokens before and after the figure the text's currency is looked for when its
// sentence names neither money nor a weight: as far as `cents` looks for the currency of cents
// (about a paragraph before, a sentence after).
use super::cents::{NEAR_AFTER, NEAR_BEFORE};

/// "pound(s)" at token `k`, after a number that starts at token `start` with value `value`,
/// names sterling.
pub fn are_money(cx: &Cx, start: usize, k: usize, value: f64) -> bool {
    if !cx.is_any(k, &["pound", "pounds"]) {
        return false;
    }
    // "5 million pounds of beef", "pounds per square inch": a weight of something.
    if cx.near(k + 1) && cx.is_any(k + 1, &["of", "per", "force"]) && cx.is_word(k + 2) {
        // "of taxpayers' money", "ten pounds of spending power", "pounds of savings": what
        // is counted is money (branch `newsfigs36`: a money word after "of").
        let of_money = cx.is(k + 1, "of")
            && (cx.is_any(k + 2, &["taxpayers", "public"]) || cx.is_any(k + 2, MONEY_WORDS));
        if !of_money {
            return false;
        }
    }
    // "3 pounds and 20 pence", "5 pounds 50p": pence after the pounds make them sterling.
    if pence_after(cx, k + 1) {
        return true;
    }
    let (money, weight) = context(cx, start, k, value);
    if weight > money {
        return false;
    }
    // "3 pounds 50", "a pound twenty for it": a bare number of pence after the pounds, where no
    // weight is spoken of ("7 pounds 8 ounces" has its unit).
    if weight == 0 && super::money::minor_tail(cx, k + 1).is_some() {
        return true;
    }
    // With no word of either, the text's currency decides: "a £5 note … later 20 pounds".
    money > 0
        || value >= 1e6
        || weight == 0 && (cx.home_currency() == "GBP" || sterling_near(cx, start, k))
}

/// Nouns of money that a compound of pounds names the amount of: "a ten-pound note", "a
/// 50-pound fine", "a hundred-pound prize".
const MONEY_NOUNS: &[&str] = &[
    "note",
    "notes",
    "banknote",
    "banknotes",
    "coin",
    "coins",
    "fine",
    "fines",
    "prize",
    "voucher",
    "vouchers",
    "fee",
    "bet",
    "bonus",
    "bill",
];

/// "-pound" glued after a number ending before token `k` ("a ten-pound note", "a 20-pound
/// fine") names sterling when the noun after it is one of money; "a ten-pound turkey", "a
/// 200-pound man", "sold a ten-pound turkey" stay weights (the sentence's words of money do
/// not decide a compound: the noun it qualifies does).
pub fn hyphened_money(cx: &Cx, k: usize) -> bool {
    cx.is(k, "-")
        && cx.attached(k)
        && cx.attached(k + 1)
        && cx.is(k + 1, "pound")
        && cx.near(k + 2)
        && cx.is_any(k + 2, MONEY_NOUNS)
}

/// A sign of sterling ("£", "GBP", "sterling", "pence", "quid") within a paragraph of tokens
/// `start..=end`, across sentences.
fn sterling_near(cx: &Cx, start: usize, end: usize) -> bool {
    let sterling = |i: usize| cx.is_any(i, &["£", "gbp", "sterling", "pence", "quid"]);
    (start.saturating_sub(NEAR_BEFORE)..start).any(sterling)
        || (end + 1..(end + 1 + NEAR_AFTER).min(cx.len())).any(sterling)
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

/// Whether the sentence around tokens `start..=end` speaks of money ("cost", "paid",
/// "price", …) more than of weights: what makes "R 200" after a country's name an amount.
pub fn money_spoken_of(cx: &Cx, start: usize, end: usize) -> bool {
    let (money, weight) = context(cx, start, end, f64::INFINITY);
    money > weight
}

/// Money words and weight words in the sentence around tokens `start..=end`, about an amount
/// of `value` pounds.
fn context(cx: &Cx, start: usize, end: usize, value: f64) -> (usize, usize) {
    let (mut money, mut weight) = (0, 0);
    let body = value < BODY_MAX;
    let mut count = |i: usize| {
        if cx.is_any(i, MONEY_WORDS) {
            money += 1;
        } else if cx.is_any(i, WEIGHT_WORDS) || body && cx.is_any(i, BODY_WORDS) {
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
/// is then a thousand pounds. When that sentence names no currency at all, the sentence
/// before it decides by the currency it names last ("sold for £1.1m. He had been offered 10
/// grand" is pounds; "$" or "€" there keeps the dollar's reading).
pub fn sterling_around(cx: &Cx, start: usize, end: usize) -> bool {
    let sterling = |i: usize| cx.is_any(i, &["£", "pounds", "pound", "sterling", "quid"]);
    let other = |i: usize| cx.is_any(i, OTHER_CURRENCIES);
    let mut named_other = false;
    let mut i = start;
    while i > 0 && start - i < WINDOW && !cx.sentence_start(i) {
        i -= 1;
        if sterling(i) {
            return true;
        }
        named_other |= other(i);
    }
    let opens_sentence = cx.sentence_start(i);
    let mut j = end + 1;
    while j < cx.len() && j - end <= WINDOW && !cx.sentence_start(j) {
        if sterling(j) {
            return true;
        }
        named_other |= other(j);
        j += 1;
    }
    if named_other || !opens_sentence || i == 0 {
        return false;
    }
    // The sentence before, walked back from its end; a decimal point ("£1.1m") ends no
    // sentence here.
    let mut k = i;
    while k > 0 && i - k < 3 * WINDOW {
        k -= 1;
        if sterling(k) {
            return true;
        }
        if other(k) {
            return false;
        }
        let decimal = cx.is_digits(k) && k > 1 && cx.is(k - 1, ".") && cx.is_digits(k - 2);
        if cx.sentence_start(k) && !decimal {
            break;
        }
    }
    false
}

/// Currencies other than sterling that, named in a sentence, keep "grand" from the pound of
/// the sentence before.
const OTHER_CURRENCIES: &[&str] = &["$", "dollars", "dollar", "€", "euros", "euro", "¥", "₹"];
