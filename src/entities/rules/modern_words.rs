//! The word lists of the modern-news repairs ([`super::modern`]): events, newspapers, the
//! capitalised bodies after a nationality, and title-case headline verbs.

use super::words::word_list;

word_list! {
EVENT_HEAD_WORDS;
/// Last words of events, prizes and competitions, which CoNLL (and Gloss) type MISC and GUM
/// leaves unmarked: "Avignon Festival", "Royal Gold Medal", "American Revolution".
pub fn is_event_head(b: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"festival"
                | b"award"
                | b"awards"
                | b"medal"
                | b"prize"
                | b"jubilee"
                | b"revolution"
                | b"championship"
                | b"championships"
                | b"olympics"
                | b"paralympics"
                | b"war"
                | b"cup"
                | b"trophy"
                | b"marathon"
                | b"expo"
                | b"carnival"
                | b"biennale"
                | b"convention"
        )
    }
    of(b.as_ref())
}
}

word_list! {
NEWSPAPER_HEAD_WORDS;
/// Last words of newspapers, which keep their "The" by CoNLL's convention ("The Washington
/// Post", "The Times").
pub fn is_newspaper_head(b: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"times"
                | b"post"
                | b"journal"
                | b"sun"
                | b"statesman"
                | b"guardian"
                | b"telegraph"
                | b"independent"
                | b"observer"
                | b"herald"
                | b"tribune"
                | b"mirror"
                | b"economist"
                | b"globe"
                | b"star"
                | b"chronicle"
                | b"standard"
                | b"express"
                | b"mail"
                | b"gazette"
                | b"courier"
                | b"inquirer"
                | b"hindu"
                | b"age"
                | b"australian"
                | b"spectator"
                | b"register"
                | b"record"
                | b"news"
        )
    }
    of(b.as_ref())
}
}

word_list! {
GOVERNMENT_HEAD_WORDS;
/// Capitalised bodies that make one organisation with a nationality or place before them
/// ("Scottish Government", "Welsh Parliament", "US Treasury", "French Senate").
pub fn is_government_head(b: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"government"
                | b"parliament"
                | b"executive"
                | b"assembly"
                | b"cabinet"
                | b"senate"
                | b"congress"
                | b"treasury"
                | b"navy"
                | b"army"
        )
    }
    of(b.as_ref())
}
}

word_list! {
ORG_KIND_WORDS;
/// Common nouns for kinds of organisation that name one right after them in running text
/// ("regulator Ofcom", "the airline Flybe", "the charity Citizens Advice"). Nouns that are also
/// jobs ("developer", "publisher": a person may follow) are left out.
pub fn is_org_kind(b: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"regulator"
                | b"watchdog"
                | b"charity"
                | b"broadcaster"
                | b"airline"
                | b"carmaker"
                | b"automaker"
                | b"retailer"
                | b"supermarket"
                | b"grocer"
                | b"lender"
                | b"insurer"
                | b"bank"
                | b"firm"
                | b"company"
                | b"startup"
                | b"start-up"
                | b"conglomerate"
                | b"chain"
                | b"newspaper"
                | b"broadsheet"
                | b"tabloid"
                | b"network"
                | b"manufacturer"
                | b"brewer"
                | b"utility"
                | b"giant"
                | b"club"
                | b"nonprofit"
                | b"non-profit"
                | b"think-tank"
                | b"thinktank"
                | b"union"
                // Bodies of members ("FNV, the country's largest union federation,").
                | b"federation"
                | b"confederation"
                | b"association"
                | b"alliance"
                | b"coalition"
                | b"exchange"
                | b"agency"
                | b"label"
                // Trade nouns of industry and retail (ent32: "steelmaker Calder Forge", "the
                // drugmaker Wrenfield Hale", "the sandwich maker Greencore").
                | b"maker"
                | b"drugmaker"
                | b"chipmaker"
                | b"steelmaker"
                | b"shipbuilder"
                | b"housebuilder"
                | b"bookseller"
                | b"supplier"
                | b"wholesaler"
                | b"miner"
                | b"outfit"
                | b"distributor"
                | b"importer"
                | b"exporter"
                // Trades of modern news introducing a company (ent37: "the airport operator …",
                // "the investment platform …", "its publisher …"; "broker" is a person's job
                // too: `openers::brokers`).
                | b"operator"
                | b"platform"
                | b"publisher"
        )
    }
    of(b.as_ref())
}
}

word_list! {
HEADLINE_VERB_WORDS;
/// Verbs a title-case headline puts after its subject ("Charity Warns of …", "Texas Town
/// Recovers"): never the last word of a name. Words that are also names or name parts
/// ("Marks", "Falls", "Opens") are left out.
pub fn is_headline_verb(b: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"says"
                | b"warns"
                | b"calls"
                | b"urges"
                | b"wins"
                | b"loses"
                | b"backs"
                | b"slams"
                | b"sues"
                | b"cancels"
                | b"apologises"
                | b"apologizes"
                | b"recovers"
                | b"faces"
                | b"seeks"
                | b"plans"
                | b"launches"
                | b"announces"
                | b"reveals"
                | b"admits"
                | b"denies"
                | b"claims"
                | b"rejects"
                | b"approves"
                | b"blocks"
                | b"bans"
                | b"orders"
                | b"vows"
                | b"pledges"
                | b"unveils"
                | b"quits"
                | b"resigns"
                | b"agrees"
                | b"delays"
                | b"halts"
                | b"scraps"
                | b"defends"
                | b"demands"
                | b"condemns"
                | b"welcomes"
                | b"probes"
                | b"fines"
                | b"arrests"
                | b"jails"
                | b"expands"
                | b"targets"
                | b"mulls"
                | b"weighs"
                | b"considers"
                | b"confirms"
                | b"insists"
                | b"accuses"
                | b"blames"
                | b"criticises"
                | b"criticizes"
                | b"praises"
                | b"hails"
                | b"celebrates"
                | b"mourns"
                | b"soars"
                | b"slumps"
                | b"plunges"
                | b"defeats"
                | b"secures"
                | b"clinches"
                | b"appoints"
                | b"sacks"
                | b"suspends"
                | b"raises"
                | b"cuts"
                | b"buys"
                | b"sells"
                | b"joins"
                | b"returns"
                | b"struggles"
                | b"prepares"
                | b"promises"
                | b"threatens"
                | b"investigates"
                | b"opposes"
                | b"supports"
                | b"reports"
                | b"responds"
                | b"reopens"
                | b"shuts"
                | b"axes"
                | b"hikes"
                | b"eyes"
        )
    }
    of(b.as_ref())
}
}
