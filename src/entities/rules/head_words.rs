//! Head words of names split from `words.rs` (ent32): the trade nouns that end a company's name,
//! the last words of buildings and facilities, and the suffixes a company's name may drop.

use super::bare;
use super::words::word_list;

word_list! {
BUSINESS_HEAD_WORDS;
/// Plural or trade nouns that end a company's name after a capitalised word ("Getty Images",
/// "Virgin Media", "Sky News", "Greystone Estates", "Sequoia Capital"): an organisation's head,
/// but none opens a name with "of" ("Pictures of …").
pub fn is_business_head(b: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"images"
                | b"media"
                | b"news"
                | b"estates"
                | b"capital"
                | b"ventures"
                | b"partners"
                | b"airways"
                | b"airlines"
                | b"pharmaceuticals"
                | b"technologies"
                | b"networks"
                | b"communications"
                | b"studios"
                | b"pictures"
                | b"records"
                | b"motors"
                | b"industries"
                | b"enterprises"
                | b"investments"
                | b"properties"
                | b"logistics"
                | b"telecom"
                | b"brands"
                // ent32: "Ostara Labs", "Ovo Energy", "Firefly Aerospace" ("Air" is left: "Delhi Air
                // Quality Hits …" in a title-case headline).
                | b"labs"
                | b"energy"
                | b"aerospace"
                | b"semiconductor"
                | b"therapeutics"
                | b"biosciences"
                | b"robotics"
                // ent33: rail operators and biotech firms ("Chiltern Rail", "Bharat Biotech");
                // "water", "gas", "management" were tried ("Wessex Water", "Cadent Gas"): common
                // words in lower case, they opened the head rules' gates in a sentence of news
                // in ten (+5 instructions a byte on news300k).
                | b"rail"
                | b"railways"
                | b"biotech"
        )
    }
    of(b.as_ref())
}
}

word_list! {
FACILITY_HEAD_WORDS;
/// Last words of buildings and facilities, which are places by the convention of DESIGN.md.
pub fn is_facility_head(b: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"airport"
                | b"turnpike"
                | b"expressway"
                | b"highway"
                | b"motorway"
                | b"freeway"
                | b"blvd"
                | b"ave"
                | b"plaza"
                | b"terrace"
                | b"stadium"
                | b"arena"
                | b"station"
                | b"bridge"
                | b"park"
                | b"square"
                | b"street"
                | b"road"
                | b"avenue"
                | b"boulevard"
                | b"palace"
                | b"castle"
                | b"hotel"
                | b"hall"
                | b"tower"
                | b"museum"
                | b"cathedral"
                | b"church"
                | b"mosque"
                | b"temple"
                | b"abbey"
                | b"theatre"
                | b"theater"
                | b"hospital"
                | b"infirmary"
                | b"hospice"
                | b"prison"
                | b"library"
                | b"cemetery"
                | b"zoo"
                // ent38: "Grand Ethiopian Renaissance Dam", "Kariba Dam".
                | b"dam"
        )
    }
    of(b.as_ref())
}
}

/// Suffixes a company's name may drop ("Quillmere Inc" → "Quillmere").
pub fn is_company_suffix(w: &str) -> bool {
    matches!(
        bare(w).as_ref(),
        b"inc"
            | b"corp"
            | b"ltd"
            | b"plc"
            | b"llc"
            | b"co"
            | b"group"
            | b"holdings"
            | b"gmbh"
            | b"ag"
            | b"sa"
    )
}
