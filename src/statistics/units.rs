//! Units of measure and currencies: the words that name them and their canonical symbols.
//!
//! Values are kept as written ("200 lbs" is 200 lb, not 90.7 kg); only the unit name is
//! normalised, so a reader can check the figure against the text.

/// A unit of measure. `words` are lower-case spellings matched case-insensitively, except the
/// ones listed in `CASE_SENSITIVE` below.
#[derive(Debug)]
pub struct MeasureUnit {
    pub words: &'static [&'static str],
    pub symbol: &'static str,
    pub kind: &'static str,
}

const fn u(
    words: &'static [&'static str],
    symbol: &'static str,
    kind: &'static str,
) -> MeasureUnit {
    MeasureUnit {
        words,
        symbol,
        kind,
    }
}

pub const MEASURE_UNITS: &[MeasureUnit] = &[
    u(
        &[
            "mm",
            "millimetre",
            "millimetres",
            "millimeter",
            "millimeters",
        ],
        "mm",
        "length",
    ),
    u(
        &[
            "cm",
            "centimetre",
            "centimetres",
            "centimeter",
            "centimeters",
            "cms",
        ],
        "cm",
        "length",
    ),
    u(
        &["dm", "decimetre", "decimetres", "decimeter", "decimeters"],
        "dm",
        "length",
    ),
    u(
        &["m", "metre", "metres", "meter", "meters", "mtr", "mtrs"],
        "m",
        "length",
    ),
    u(
        &[
            "km",
            "kms",
            "kilometre",
            "kilometres",
            "kilometer",
            "kilometers",
            "klicks",
        ],
        "km",
        "length",
    ),
    u(
        &[
            "μm",
            "micrometre",
            "micrometres",
            "micrometer",
            "micrometers",
            "micron",
            "microns",
        ],
        "μm",
        "length",
    ),
    u(
        &["nm", "nanometre", "nanometres", "nanometer", "nanometers"],
        "nm",
        "length",
    ),
    u(
        &["picometre", "picometres", "picometer", "picometers"],
        "pm",
        "length",
    ),
    u(&["inch", "inches"], "in", "length"),
    u(&["ft", "foot", "feet"], "ft", "length"),
    u(&["yd", "yds", "yard", "yards"], "yd", "length"),
    u(&["mi", "mile", "miles"], "mi", "length"),
    u(
        &[
            "mg",
            "milligram",
            "milligrams",
            "milligramme",
            "milligrammes",
        ],
        "mg",
        "weight",
    ),
    u(
        &["μg", "mcg", "ug", "microgram", "micrograms"],
        "μg",
        "weight",
    ),
    u(
        &["g", "gram", "grams", "gramme", "grammes", "gr"],
        "g",
        "weight",
    ),
    u(
        &[
            "kg",
            "kgs",
            "kilo",
            "kilos",
            "kilogram",
            "kilograms",
            "kilogramme",
            "kilogrammes",
        ],
        "kg",
        "weight",
    ),
    u(&["tonne", "tonnes", "ton", "tons"], "t", "weight"),
    u(&["lb", "lbs", "pound", "pounds"], "lb", "weight"),
    u(&["oz", "ounce", "ounces"], "oz", "weight"),
    u(&["stone"], "st", "weight"),
    u(&["dram", "drams", "drachma", "drachmas"], "dr", "weight"),
    u(&["ha", "hectare", "hectares"], "ha", "area"),
    u(&["acre", "acres"], "acre", "area"),
    u(&["km2", "km²"], "km²", "area"),
    u(&["m2", "m²"], "m²", "area"),
    u(
        &["l", "litre", "litres", "liter", "liters", "ltr", "ltrs"],
        "l",
        "volume",
    ),
    u(
        &[
            "ml",
            "millilitre",
            "millilitres",
            "milliliter",
            "milliliters",
        ],
        "ml",
        "volume",
    ),
    u(&["cl", "centilitre", "centilitres"], "cl", "volume"),
    u(&["gal", "gallon", "gallons"], "gal", "volume"),
    u(&["pint", "pints"], "pt", "volume"),
    u(&["barrel", "barrels", "bbl", "bbls"], "bbl", "volume"),
    u(&["teaspoon", "teaspoons", "tsp"], "tsp", "volume"),
    u(&["tablespoon", "tablespoons", "tbsp"], "tbsp", "volume"),
    u(&["mph"], "mph", "speed"),
    u(&["kph", "kmh"], "km/h", "speed"),
    u(&["knot", "knots"], "kn", "speed"),
    u(&["bit", "bits"], "bit", "data"),
    u(&["byte", "bytes"], "B", "data"),
    u(&["kb", "kilobyte", "kilobytes"], "kB", "data"),
    u(&["mb", "megabyte", "megabytes"], "MB", "data"),
    u(&["gb", "gigabyte", "gigabytes"], "GB", "data"),
    u(&["tb", "terabyte", "terabytes"], "TB", "data"),
    u(&["mbps"], "Mbit/s", "data rate"),
    u(&["gbps"], "Gbit/s", "data rate"),
    u(&["kw", "kilowatt", "kilowatts"], "kW", "power"),
    u(&["mw", "megawatt", "megawatts"], "MW", "power"),
    u(&["gw", "gigawatt", "gigawatts"], "GW", "power"),
    u(&["kwh"], "kWh", "energy"),
    u(&["mwh"], "MWh", "energy"),
    u(&["gwh"], "GWh", "energy"),
    u(&["twh"], "TWh", "energy"),
    u(&["calorie", "calories", "kcal"], "kcal", "energy"),
    u(&["rad", "radian", "radians"], "rad", "angle"),
    u(&["turn", "turns"], "turn", "angle"),
    u(&["ms", "millisecond", "milliseconds"], "ms", "time"),
];

/// Unit spellings that are something else in another case: "M" is a million, "G" a billion.
pub fn unit_case_ok(written: &str) -> bool {
    !matches!(written, "M" | "G" | "B" | "T" | "K")
}

/// Unit symbols that may follow a number only when written attached to it or inside a clearly
/// unit-like context, because on their own they are common words or letters.
pub fn needs_attachment(symbol_word: &str) -> bool {
    matches!(
        super::lower::lower(symbol_word).as_str(),
        "l" | "t" | "h" | "gr" | "ms"
    )
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
    c(&["dollar", "dollars", "usd", "bucks"], "USD", 1.0),
    c(&["cent", "cents"], "USD", 100.0),
    c(&["euro", "euros", "eur"], "EUR", 1.0),
    c(&["sterling", "gbp"], "GBP", 1.0),
    c(&["pence", "penny", "pennies"], "GBP", 100.0),
    c(&["yen", "jpy"], "JPY", 1.0),
    c(&["yuan", "renminbi", "rmb", "cny", "kuai"], "CNY", 1.0),
    c(&["rupee", "rupees", "inr"], "INR", 1.0),
    c(&["lira", "liras", "lire", "try"], "TRY", 1.0),
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
        _ => return None,
    })
}

/// Letters before "$" that name a dollar: "US$", "C$", "A$", "HK$", "NZ$", "S$", "Mex$".
pub fn dollar_prefix(letters: &str) -> Option<&'static str> {
    Some(match super::lower::lower(letters).as_str() {
        "us" | "u.s." => "USD",
        "c" | "ca" | "can" | "cad" => "CAD",
        "a" | "au" | "aud" => "AUD",
        "hk" | "hkd" => "HKD",
        "nz" | "nzd" => "NZD",
        "s" | "sg" | "sgd" => "SGD",
        "mex" | "mx" | "mxn" => "MXN",
        "r" => "BRL",
        _ => return None,
    })
}
