//! Units of measure and currencies: the words that name them and their canonical symbols.
//!
//! Values are kept as written ("200 lbs" is 200 lb, not 90.7 kg) and the unit name is
//! normalised, so a reader can check the figure against the text; the figure's detail adds the
//! value in SI units (`si_value`, `si_unit`: 90.7 kg) from the generated table's factors.

use std::collections::HashSet;
use std::sync::OnceLock;

/// The generated unit table: Pint's default registry, filtered to the units news and everyday
/// text write (`scripts/lexicons/units.py`, see `generated/statistics/README.md`).
const UNITS_TSV: &str = include_str!("../../generated/statistics/units.tsv");

/// A unit of measure. `words` are lower-case spellings matched case-insensitively, except the
/// capitals [`unit_case_ok`] refuses.
#[derive(Debug)]
pub struct MeasureUnit {
    pub words: Vec<&'static str>,
    pub symbol: &'static str,
    /// What it measures: "length", "weight", "volume", "speed", …
    pub kind: &'static str,
    /// One unit in `si_unit`: 1609.344 for a mile in metres.
    pub si_factor: f64,
    pub si_unit: &'static str,
}

struct UnitTable {
    units: Vec<MeasureUnit>,
    /// Spellings read as a unit only when attached to the number ("6in", "3l"): common words
    /// or single letters.
    attached_only: HashSet<&'static str, std::hash::BuildHasherDefault<super::lexicon::FxHasher>>,
}

fn unit_table() -> &'static UnitTable {
    static TABLE: OnceLock<UnitTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = UnitTable {
            units: Vec::new(),
            attached_only: HashSet::default(),
        };
        for line in UNITS_TSV.lines().filter(|l| !l.starts_with('#')) {
            let f: Vec<&'static str> = line.split('\t').collect();
            let ["U", symbol, kind, factor, si_unit, words] = f.as_slice() else {
                continue;
            };
            let Ok(si_factor) = factor.parse::<f64>() else {
                continue;
            };
            let mut list = Vec::new();
            for w in words.split(' ') {
                match w.strip_prefix('+') {
                    Some(bare) => {
                        t.attached_only.insert(bare);
                        list.push(bare);
                    }
                    None => list.push(w),
                }
            }
            t.units.push(MeasureUnit {
                words: list,
                symbol,
                kind,
                si_factor,
                si_unit,
            });
        }
        t
    })
}

/// Every unit of the generated table, in its order (the lexicon's `measure` indexes it).
pub fn measure_units() -> &'static [MeasureUnit] {
    &unit_table().units
}

/// The unit the lexicon's `measure` index names.
pub fn measure_unit(idx: u16) -> Option<&'static MeasureUnit> {
    measure_units().get(usize::from(idx))
}

/// The unit whose symbol is `symbol` ("t": the tonne).
pub fn unit_by_symbol(symbol: &str) -> Option<&'static MeasureUnit> {
    measure_units().iter().find(|u| u.symbol == symbol)
}

/// Unit spellings that are something else in another case: "M" is a million, "G" a billion.
pub fn unit_case_ok(written: &str) -> bool {
    !matches!(written, "M" | "G" | "B" | "T" | "K")
}

/// Unit spellings that may follow a number only when written attached to it, because on their
/// own they are common words or letters ("3l", "6in", "5t").
pub fn needs_attachment(symbol_word: &str) -> bool {
    let lower = super::lower::lower(symbol_word);
    unit_table().attached_only.contains(lower.as_str())
}

/// A currency named by a word or code written next to a number.
#[derive(Debug)]
pub struct CurrencyWord {
    pub words: &'static [&'static str],
    pub iso: &'static str,
    /// 100 for "pence", "cents": the written number is in hundredths of `iso`.
    pub minor: f64,
    /// The unit reported for amounts in the minor unit, kept as written: "GBX" (pence
    /// sterling, the market convention), "USX" (US cents), "satoshi".
    pub minor_unit: &'static str,
}

const fn c(words: &'static [&'static str], iso: &'static str, minor: f64) -> CurrencyWord {
    let minor_unit = match iso.as_bytes() {
        [b'G', ..] => "GBX",
        [b'U', ..] => "USX",
        _ => "satoshi",
    };
    CurrencyWord {
        words,
        iso,
        minor,
        minor_unit,
    }
}

pub const CURRENCY_WORDS: &[CurrencyWord] = &[
    // The first entry is the reader's dollar (`Cx::dollar`): USD unless a locale says otherwise.
    c(&["dollar", "dollars", "bucks"], "USD", 1.0),
    c(&["usd"], "USD", 1.0),
    c(&["cent", "cents"], "USD", 100.0),
    c(&["euro", "euros", "eur"], "EUR", 1.0),
    // "quid": sterling in speech, the same word for one and many ("20 quid").
    c(&["sterling", "gbp", "quid"], "GBP", 1.0),
    c(&["pence", "penny", "pennies"], "GBP", 100.0),
    c(&["yen", "jpy"], "JPY", 1.0),
    c(&["yuan", "renminbi", "rmb", "cny", "kuai"], "CNY", 1.0),
    c(&["rupee", "rupees", "inr"], "INR", 1.0),
    c(&["lira", "liras", "try"], "TRY", 1.0),
    c(&["franc", "francs", "chf"], "CHF", 1.0),
    c(&["rand", "zar"], "ZAR", 1.0),
    c(&["rouble", "roubles", "ruble", "rubles", "rub"], "RUB", 1.0),
    c(&["peso", "pesos", "mxn"], "MXN", 1.0),
    c(&["krona", "kronor", "sek"], "SEK", 1.0),
    c(&["krone", "kroner", "nok"], "NOK", 1.0),
    c(&["dkk"], "DKK", 1.0),
    c(&["cad"], "CAD", 1.0),
    c(&["aud"], "AUD", 1.0),
    c(&["nzd"], "NZD", 1.0),
    c(&["hkd"], "HKD", 1.0),
    c(&["sgd"], "SGD", 1.0),
    c(&["brl", "reais"], "BRL", 1.0),
    c(&["krw"], "KRW", 1.0),
    c(&["naira", "ngn"], "NGN", 1.0),
    c(&["shekel", "shekels", "ils"], "ILS", 1.0),
    c(&["zloty", "zlotys", "pln"], "PLN", 1.0),
    c(&["bitcoin", "bitcoins", "btc"], "XBT", 1.0),
    c(&["satoshi", "satoshis"], "XBT", 1e8),
];

/// Currency codes written in capitals that are also everyday words in lower case.
pub fn code_needs_caps(word: &str) -> bool {
    matches!(
        super::lower::lower(word).as_str(),
        "try" | "rub" | "ils" | "rand" | "cad"
    )
}

/// A nationality that picks the dollar (or other currency) meant: "Canadian dollars".
pub fn currency_adjective(word: &str, base_iso: &str) -> Option<&'static str> {
    let w = super::lower::lower(word);
    match (w.as_str(), base_iso) {
        ("us" | "american", "USD") => Some("USD"),
        ("canadian", "USD") => Some("CAD"),
        ("australian", "USD") => Some("AUD"),
        ("singapore", "USD") => Some("SGD"),
        ("chinese", "CNY") => Some("CNY"),
        ("turkish", "TRY") => Some("TRY"),
        ("indian", "INR") => Some("INR"),
        ("japanese", "JPY") => Some("JPY"),
        ("mexican", "MXN") => Some("MXN"),
        ("swiss", "CHF") => Some("CHF"),
        ("russian", "RUB") => Some("RUB"),
        ("swedish", "SEK") => Some("SEK"),
        ("norwegian", "NOK") => Some("NOK"),
        // "Brazilian reais", "Israeli shekels": the first word of the currency's CLDR name.
        (adj, iso) if super::currencies::name_opens_with(iso, adj) => super::currencies::known(iso),
        _ => None,
    }
}

/// A currency symbol, with the letters that may be written before it to pick a dollar
/// ("US$", "C$", "HK$").
pub fn symbol_currency(symbol: char) -> Option<&'static str> {
    Some(match symbol {
        '$' => "USD",
        '£' => "GBP",
        '€' => "EUR",
        '¥' => "JPY",
        '₹' => "INR",
        '₡' => "CRC",
        '₭' => "LAK",
        '₩' => "KRW",
        '₽' => "RUB",
        '₺' => "TRY",
        '₦' => "NGN",
        '₱' => "PHP",
        '₪' => "ILS",
        '₫' => "VND",
        '฿' => "THB",
        '₿' => "XBT",
        // "₴", "₸": the marks of the generated lexicon, beyond ASCII only (this is asked of
        // every token's first character).
        _ if !symbol.is_ascii() => return super::currencies::mark(symbol),
        _ => return None,
    })
}

/// Letters written before a currency mark that pick the currency: "US$", "NT$", "HK$" (the
/// dollars by [`dollar_prefix`] in any case, then the generated lexicon as written), "E£"
/// (Egyptian pounds), "CN¥".
pub fn prefixed_currency(letters: &str, mark: &str) -> Option<&'static str> {
    match mark {
        "$" => dollar_prefix(letters).or_else(|| super::currencies::prefixed(letters, mark)),
        "£" | "¥" => super::currencies::prefixed(letters, mark),
        _ => None,
    }
}

/// Letters before "$" that name a dollar: "US$", "C$", "A$", "HK$", "NZ$", "S$", "Mex$".
pub fn dollar_prefix(letters: &str) -> Option<&'static str> {
    Some(match super::lower::lower(letters).as_str() {
        "us" | "u.s." => "USD",
        "c" | "ca" | "can" | "cad" | "cdn" => "CAD",
        "a" | "au" | "aud" => "AUD",
        "hk" | "hkd" => "HKD",
        "nz" | "nzd" => "NZD",
        "s" | "sg" | "sgd" => "SGD",
        "mex" | "mx" | "mxn" => "MXN",
        "r" => "BRL",
        _ => return None,
    })
}
