//! The region a text names as its own, for what its "$" means: a Queensland budget story from a
//! local paper writes Australian dollars "$", as a Canadian or a New Zealand one writes theirs.
//! The text is read as that region's ([`super::Locale`]: "$", "dollars", "10 grand", which way a
//! numeric date reads) when it names one region whose English press writes its own dollar "$"
//! — by the region's name, its people's ("Australian", "New Zealanders"), or its states,
//! provinces and large cities ("Queensland", "Toronto") — at least [`MIN_MENTIONS`] times, and
//!
//! - names no other region that writes its money "$" (the United States or "America" among
//!   them: a story that names both leaves "$" to the reader's region, as a wire story about
//!   Australia writes US dollars "$"),
//! - and writes no dollar with its country's letters ("A$", "US$", "C$", "USD", "US dollars"):
//!   a text that marks its dollars marks them all, and its bare "$" is the US dollar.
//!
//! Only a text of at most [`MAX_TEXT`] bytes (an article or a few) is read so: a longer one is
//! a collection, where one region for all its stories would mislead (and its cost would fall on
//! the layer's critical path). The names come from CLDR, ISO 3166-2 and GeoNames
//! (`generated/statistics/dollar_regions.txt`, written by `scripts/lexicons/regions.py`).

use super::Locale;

const DATA: &str = include_str!("../../generated/statistics/dollar_regions.txt");

/// Times a text names its region at least.
const MIN_MENTIONS: usize = 2;

/// The longest text whose own region is looked for.
pub const MAX_TEXT: usize = 256 * 1024;

/// Endings that make a region's name (or its stem: "Canad", "Mexic") a word for its people:
/// "Australian", "Canadians", "Argentinian", "Guyanese".
fn people_ending(ending: &str) -> bool {
    matches!(
        ending,
        "n" | "ns" | "an" | "ans" | "ian" | "ians" | "ean" | "eans" | "er" | "ers" | "ese"
    )
}

/// The locale of the region `text` names as its own, if it names one as the module says.
pub fn region_of(text: &str) -> Option<Locale> {
    let bytes = text.as_bytes();
    if text.len() > MAX_TEXT || memchr::memchr(b'$', bytes).is_none() || lettered_dollar(bytes) {
        return None;
    }
    let names = listed_names();
    let mut found: Option<(&str, usize)> = None;
    for (start, b) in bytes.iter().enumerate() {
        // A capital that opens a word (an ASCII byte: `start` is a character's boundary).
        if !b.is_ascii_uppercase()
            || start > 0
                && bytes
                    .get(start - 1)
                    .is_some_and(|p| p.is_ascii_alphanumeric() || *p >= 0x80)
        {
            continue;
        }
        let rest = text.get(start..).unwrap_or_default();
        if ["USD", "US dollar", "U.S. dollar"]
            .iter()
            .any(|d| rest.starts_with(d))
        {
            return None;
        }
        let Some((name, len)) = name_at(&names, rest) else {
            continue;
        };
        // "the Australian dollar", "New Zealand dollars": the text names its dollars.
        if rest
            .get(len..)
            .is_some_and(|after| after.starts_with(" dollar"))
        {
            return None;
        }
        match found {
            _ if !name.home => return None,
            None => found = Some((name.region, 1)),
            Some((r, n)) if r == name.region => found = Some((r, n + 1)),
            Some(_) => return None,
        }
    }
    let (region, mentions) = found?;
    if mentions < MIN_MENTIONS {
        return None;
    }
    let [a, b] = region.as_bytes() else {
        return None;
    };
    let tag = [b'e', b'n', b'-', *a, *b];
    Locale::parse(std::str::from_utf8(&tag).ok()?).ok()
}

/// A place's name and its region; `home` when the region's English press writes its own dollar
/// "$" (the United States' names are not: they only keep "$" the reader's).
struct Name {
    text: &'static str,
    region: &'static str,
    home: bool,
}

impl Name {
    fn opening(&self) -> &'static [u8] {
        self.text.as_bytes().get(..2).unwrap_or_default()
    }
}

/// Every name of the generated list, in its order (sorted by name).
fn listed_names() -> Vec<Name> {
    DATA.lines()
        .filter_map(|line| {
            Some(Name {
                region: line.get(..2)?,
                home: line.get(2..3)? == "1",
                text: line.get(3..)?,
            })
        })
        .collect()
}

/// The name that opens `rest` as a word (found by its first two bytes), and the length of the
/// word read.
fn name_at<'n>(names: &'n [Name], rest: &str) -> Option<(&'n Name, usize)> {
    let opening = rest.as_bytes().get(..2)?;
    let first = names.partition_point(|n| n.opening() < opening);
    names
        .get(first..)?
        .iter()
        .take_while(|n| n.opening() == opening)
        .find_map(|n| Some((n, names_at(rest, n.text)?)))
}

/// The length of the word `rest` opens with when it is `name` ("Australia", "Australia's"), a
/// word for its people ("Australians", "Canadian": the name or its stem without a final "a" or
/// "o" and one of [`people_ending`]), but not part of a longer name ("Dominican Republic").
fn names_at(rest: &str, name: &str) -> Option<usize> {
    let stem = match name.as_bytes().last() {
        Some(b'a' | b'o') if name.len() >= 6 && !name.contains(' ') => name.get(..name.len() - 1),
        _ => None,
    };
    word_on(rest, name, true).or_else(|| word_on(rest, stem?, false))
}

/// The length of the word `rest` opens with when it is `head` and a people's ending (or, when
/// `whole`, nothing more): the one test of [`names_at`].
fn word_on(rest: &str, head: &str, whole: bool) -> Option<usize> {
    let after = rest.strip_prefix(head)?;
    let letters = after
        .bytes()
        .position(|c| !c.is_ascii_alphabetic())
        .unwrap_or(after.len());
    let (ending, tail) = after.split_at(letters);
    let word = whole && ending.is_empty() || people_ending(ending);
    (word && !tail.starts_with(" Republic")).then_some(head.len() + letters)
}

/// Whether a "$" has letters glued before it: "A$5", "US$", "NZ$".
fn lettered_dollar(bytes: &[u8]) -> bool {
    memchr::memchr_iter(b'$', bytes)
        .any(|i| i > 0 && bytes.get(i - 1).is_some_and(u8::is_ascii_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn symbol(text: &str) -> Option<&'static str> {
        region_of(text).map(|l| l.symbol_dollar())
    }

    #[test]
    fn a_text_naming_its_region_reads_its_dollar() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "a state budget",
                "Victoria's treasurer set aside $2 billion for trains. Australians will pay less, the Australian Council of Social Service said.",
                Some("AUD"),
            ),
            (
                "a Canadian city",
                "Toronto will spend $40 million on shelters, Canada's housing agency said. Canadians rent for longer than before.",
                Some("CAD"),
            ),
            (
                "two words of a name",
                "New Zealand's dairy exporter lifted its payout to $9.50 a kilo. New Zealanders pay $4 for a litre of milk.",
                Some("NZD"),
            ),
            (
                "a state and its capital",
                "Queensland's treasurer set aside $3 billion for hospitals in Brisbane.",
                Some("AUD"),
            ),
            (
                "a province and a city",
                "Ontario will lend Toronto $1.2 billion for transit, the province said.",
                Some("CAD"),
            ),
            (
                "a people of a state",
                "Queenslanders will pay $40 less, the Queensland Treasurer said.",
                Some("AUD"),
            ),
            (
                "a Canadian city in an American story",
                "The Toronto firm paid $5 million for a plant in Ohio. Toronto investors cheered.",
                None,
            ),
            (
                "named once",
                "The Australian firm raised $50 million from investors.",
                None,
            ),
            (
                "and the United States",
                "Canada and the US agreed a $2 billion deal. Canadian officials said more would come.",
                None,
            ),
            (
                "and an American",
                "Australia's miners sold $5 billion of ore. Australian exports rose; an American buyer took half.",
                None,
            ),
            (
                "and Mexico",
                "Canada's trade with Mexico reached $40 billion. Canadians bought more avocados.",
                None,
            ),
            (
                "dollars marked",
                "Australia's miners sold A$5 billion of ore and paid $2 billion in dividends. Australian exports rose.",
                None,
            ),
            (
                "US dollars named",
                "Australia's miners sold $5 billion of ore in US dollars. Australian exports rose.",
                None,
            ),
            (
                "no dollar sign",
                "Australia's miners sold 5 billion tonnes. Australians cheered.",
                None,
            ),
            (
                "a given name is no region",
                "Dominic said $5 was enough. Dominic paid.",
                None,
            ),
            (
                "a republic of a longer name",
                "Dominican Republic tourism earned $9 billion. The Dominican Republic grew.",
                None,
            ),
        ];
        for (what, text, want) in cases {
            assert_eq!(symbol(text), *want, "{what}: {text}");
        }
    }

    #[test]
    fn a_collection_is_not_read_as_one_region() {
        let story = "Australia's miners sold $5 billion of ore. Australians cheered. ";
        let long = story.repeat(MAX_TEXT / story.len() + 1);
        assert_eq!(symbol(story), Some("AUD"));
        assert_eq!(symbol(&long), None);
    }

    #[test]
    fn the_list_is_sorted_by_name() {
        let names = listed_names();
        assert!(names.windows(2).all(|w| w[0].text <= w[1].text));
    }

    #[test]
    fn every_listed_region_is_a_known_locale() {
        for line in DATA.lines() {
            let region = line.get(..2).unwrap_or("");
            assert!(Locale::parse(&format!("en-{region}")).is_ok(), "{line}");
        }
    }
}
