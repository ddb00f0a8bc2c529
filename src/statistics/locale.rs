//! The reader's region (`en-AU`, `en_GB`): what a text leaves to its reader's locale. "$",
//! "dollars", "bucks" and the coins are the region's dollar where it writes its currency "$"
//! (AUD in Australia, USD elsewhere), "10 grand" is thousands of the region's currency (GBP in
//! Britain), and a numeric date that could be read either way ("03/04/2020") puts the day
//! first where the region writes dates day first. The facts come from CLDR, generated into
//! `generated/statistics/regions.txt` by `scripts/lexicons/regions.py`. Without a locale every
//! reading is as before (USD; "/" dates month first, "-" and "." day first).

const DATA: &str = include_str!("../../generated/statistics/regions.txt");

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
    /// A BCP 47 tag with a region ("en-AU", "en_GB", "zh-Hant-HK"; case does not matter). The
    /// error says what is wrong with the tag.
    pub fn parse(tag: &str) -> Result<Locale, &'static str> {
        let mut parts = tag.trim().split(['-', '_']);
        let language = parts.next().unwrap_or("").as_bytes();
        if !(2..=3).contains(&language.len()) || !language.iter().all(u8::is_ascii_alphabetic) {
            return Err("expected a language and a region, like en-AU");
        }
        let region = parts
            .map(str::as_bytes)
            .find_map(|p| match *p {
                [a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
                    Some([a.to_ascii_uppercase(), b.to_ascii_uppercase()])
                }
                _ => None,
            })
            .ok_or("no region (expected a tag like en-AU)")?;
        DATA.lines()
            .find_map(|line| line_regions(line).find(|r| *r == region).map(|_| line))
            .and_then(|line| Locale::from_line(line, region))
            .ok_or("unknown region")
    }

    /// Every region Gloss knows, one locale each, in the generated file's order (by currency):
    /// the list the page offers its reader, from the same data [`Locale::parse`] reads.
    pub fn known() -> impl Iterator<Item = Locale> {
        DATA.lines()
            .flat_map(|line| line_regions(line).filter_map(move |r| Locale::from_line(line, r)))
    }

    /// The locale of `region` from its line of the generated file ("AUD3AUCCCXKI": a currency,
    /// its flags and its regions; see the generator).
    fn from_line(line: &'static str, region: [u8; 2]) -> Option<Locale> {
        let currency = line.get(..3)?;
        let flags = line.as_bytes().get(3).map_or(0, |f| f.wrapping_sub(b'0'));
        let dollar_if = |bit: u8| if flags & bit != 0 { currency } else { "USD" };
        Some(Locale {
            region,
            currency,
            symbol_dollar: dollar_if(1),
            dollar: dollar_if(2),
            day_first: flags & 4 == 0,
        })
    }

    /// The region, upper case ("AU").
    pub fn region(&self) -> &str {
        std::str::from_utf8(&self.region).unwrap_or("")
    }

    /// The currency the region uses ("10 grand"), ISO 4217.
    pub fn currency(&self) -> &'static str {
        self.currency
    }

    /// What "$" alone means there.
    pub fn symbol_dollar(&self) -> &'static str {
        self.symbol_dollar
    }

    /// What "dollars", "bucks" and the coins mean there.
    pub fn dollar(&self) -> &'static str {
        self.dollar
    }

    /// Whether a numeric date that reads either way puts the day first there.
    pub fn day_first(&self) -> bool {
        self.day_first
    }
}

/// The regions of one line of the generated file: those listed after the code and flags, or
/// the code's first two letters when none are ("AED0": AE).
fn line_regions(line: &str) -> impl Iterator<Item = [u8; 2]> + '_ {
    let bytes = line.as_bytes();
    let own = match bytes {
        [a, b, _, _] => Some([*a, *b]),
        _ => None,
    };
    bytes
        .get(4..)
        .unwrap_or(&[])
        .chunks_exact(2)
        .map(|r| [r[0], r[1]])
        .chain(own)
}
