//! The reader's region (`en-AU`, `en_GB`): what a text leaves to its reader's locale. "$",
//! "dollars", "bucks" and the coins are the region's dollar where it writes its currency "$"
//! (AUD in Australia, USD elsewhere), "10 grand" is thousands of the region's currency (GBP in
//! Britain), and a numeric date that could be read either way ("03/04/2020") puts the day
//! first where the region writes dates day first. The facts come from CLDR, generated into
//! `generated/statistics/regions.tsv` by `scripts/lexicons/regions.py`. Without a locale every
//! reading is as before (USD; "/" dates month first, "-" and "." day first).

use super::currencies;

const DATA: &str = include_str!("../../generated/statistics/regions.tsv");

/// A reader's region and what it makes of figures a text does not pin down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    region: [u8; 2],
    /// The currency the region uses: "10 grand".
    currency: &'static str,
    /// What "$" alone means there.
    symbol_dollar: &'static str,
    /// What "dollars", "bucks", "a dime" mean there: the region's currency when it is written
    /// "$" and named a dollar, else USD.
    dollar: &'static str,
    /// Whether a numeric date that could be read either way puts the day first.
    day_first: bool,
}

impl Locale {
    /// A BCP 47 tag with a region ("en-AU", "en_GB", "zh-Hant-HK"; case does not matter).
    pub fn parse(tag: &str) -> Result<Locale, String> {
        let mut parts = tag.trim().split(['-', '_']);
        let language = parts.next().unwrap_or("");
        if !(2..=3).contains(&language.len()) || !language.bytes().all(|b| b.is_ascii_alphabetic())
        {
            return Err(format!(
                "locale '{tag}': expected a language and region, like en-AU"
            ));
        }
        let region = parts
            .find(|p| p.len() == 2 && p.bytes().all(|b| b.is_ascii_alphabetic()))
            .ok_or_else(|| format!("locale '{tag}': no region (expected one like en-AU)"))?;
        let region = region.to_ascii_uppercase();
        let currency = currency_of(&region)
            .ok_or_else(|| format!("locale '{tag}': unknown region {region}"))?;
        let symbol_dollar = if field('$').any(|c| c == currency) {
            currency
        } else {
            "USD"
        };
        let dollar = if currencies::name_ends(symbol_dollar, "dollar") {
            symbol_dollar
        } else {
            "USD"
        };
        let b = region.as_bytes();
        Ok(Locale {
            region: [b[0], b[1]],
            currency,
            symbol_dollar,
            dollar,
            day_first: !field('M').any(|r| r == region),
        })
    }

    /// The region, upper case ("AU").
    pub fn region(&self) -> &str {
        std::str::from_utf8(&self.region).unwrap_or("")
    }

    pub(super) fn currency(&self) -> &'static str {
        self.currency
    }

    pub(super) fn symbol_dollar(&self) -> &'static str {
        self.symbol_dollar
    }

    pub(super) fn dollar(&self) -> &'static str {
        self.dollar
    }

    pub(super) fn day_first(&self) -> bool {
        self.day_first
    }
}

/// The values of the record of kind `kind` that has no key ("$ AUD CAD …").
fn field(kind: char) -> impl Iterator<Item = &'static str> {
    DATA.lines()
        .find_map(|l| l.strip_prefix(kind)?.strip_prefix('\t'))
        .unwrap_or("")
        .split(' ')
}

/// The currency region `region` (upper case) uses: listed when its code does not start with
/// the region, else the first current code that does.
fn currency_of(region: &str) -> Option<&'static str> {
    let listed = DATA.lines().find_map(|l| {
        let mut f = l.strip_prefix("R\t")?.split('\t');
        let code = f.next()?;
        f.next()?.split(' ').any(|r| r == region).then_some(code)
    });
    listed.or_else(|| currencies::current_starting_with(region))
}
