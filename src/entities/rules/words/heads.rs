//! Last words of names that tell their type: organisations, competitions, natural places,
//! table headers.

use super::super::head_words::is_business_head;
use super::word_list;

word_list! {
ORG_HEAD_WORDS;
/// Last words of organisation names ("Zentrix Inc", "Marlow Foundation", "Ministry").
pub fn is_org_head(b: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"inc"
                | b"corp"
                | b"corporation"
                | b"ltd"
                | b"plc"
                | b"llc"
                | b"co"
                | b"company"
                | b"group"
                | b"holdings"
                | b"foundation"
                | b"institute"
                | b"university"
                | b"college"
                | b"school"
                | b"academy"
                | b"bank"
                | b"council"
                | b"committee"
                | b"commission"
                | b"agency"
                | b"ministry"
                | b"department"
                | b"office"
                | b"bureau"
                | b"association"
                | b"society"
                | b"federation"
                | b"union"
                | b"league"
                | b"party"
                | b"trust"
                | b"fund"
                | b"authority"
                | b"board"
                | b"service"
                | b"police"
                | b"army"
                | b"court"
                | b"organisation"
                | b"organization"
                // ent33: "Alliance for International Medical Action" ("coalition" was left: common
                // in lower case in political news, it would open the head rules' gates).
                | b"alliance"
                // ent43: legislatures, surveys and armed forces ("Parliament of Georgia",
                // "National Assembly", "United States Geological Survey", "Rapid Support
                // Forces").
                | b"parliament"
                | b"assembly"
                | b"survey"
                | b"forces"
        ) || is_business_head(b)
    }
    of(b.as_ref())
}
}

word_list! {
COMPETITION_HEAD_WORDS;
/// Organisation heads that also end the names of competitions, which CoNLL (and Gloss) type
/// MISC: "Premier League", "Rugby Union".
pub fn is_competition_head(b: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(b, b"league" | b"union")
    }
    of(b.as_ref())
}
}

word_list! {
GEO_HEAD_WORDS;
/// Last words of natural places: seas, straits, rivers, mountain ranges ("Coral Sea", "Hudson
/// River"). Only a name typed MISC is retyped LOC by them (a TV channel stays ORG).
pub fn is_geo_head(b: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"sea"
                | b"ocean"
                | b"channel"
                | b"strait"
                | b"straits"
                | b"gulf"
                | b"bay"
                | b"lake"
                | b"river"
                | b"mountains"
                | b"desert"
                | b"peninsula"
                | b"island"
                | b"islands"
                | b"isles"
                | b"canal"
                | b"valley"
                | b"coast"
                | b"archipelago"
                | b"glacier"
                // ent43: regions of Russia, China, Japan, the Arab world ("Samara Oblast").
                | b"oblast"
                | b"prefecture"
                | b"governorate"
                | b"krai"
        )
    }
    of(b.as_ref())
}
}

/// Heads that open an organisation's name and take b"of"/b"for" ("Department of ...").
pub fn opens_org_name(b: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        is_org_head(b)
            && !is_business_head(b)
            && !matches!(
                b,
                b"inc"
                    | b"corp"
                    | b"ltd"
                    | b"plc"
                    | b"llc"
                    | b"co"
                    | b"holdings"
                    | b"police"
                    | b"army"
            )
    }
    of(b.as_ref())
}

word_list! {
HEADER_WORDS;
/// Last words of table and results headers ("EASTERN CONFERENCE", "CENTRAL DIVISION").
pub fn is_header_word(b: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"conference"
                | b"division"
                | b"standings"
                | b"results"
                | b"result"
                | b"table"
                | b"tables"
                | b"scorers"
                | b"fixtures"
                | b"summaries"
                | b"summary"
                | b"leaders"
        )
    }
    of(b.as_ref())
}
}
