//! A verb's first object before its second: "He told the BBC the airport was full", "He gave
//! Smith the keys". The tagger leaves out a one-word name right before a lower-case article
//! (measured on made-up text: "told the BBC so" and "told the BBC his plans" are tagged, "told
//! the BBC the truth", "told ITV the airport …", "gave Smith the keys" are not), so the name is
//! put back here, in running text only and only between lower-case words. In a sentence the
//! tagger found no name in, the pass repairs only when `may_find_alone` says a repair could
//! find one (an article and a capitalised word do); a frequent acronym there ("He told the BBC
//! the truth") is still kept only when the text names it elsewhere.

use super::*;

/// The classes of the words never named before an article ([`names_before_articles`]).
pub(super) const NEVER_BEFORE_ARTICLE: Classes = NON_NAME
    | ANY_MONTH
    | WEEKDAY
    | HONORIFIC
    | TITLE_MODIFIER
    | HEADER_WORD
    | TOP_WORD
    | COMMON_PLURAL
    | SOCIAL
    | DRAWN_OUT;

/// What an article in lower case leaves of its classes masked by this: `ARTICLE | HAS_LOWER`.
pub(super) const LOWER_ARTICLE: Classes = ARTICLE | HAS_LOWER | CAPITALISED;

/// A capitalised word that no span covers, after a lower-case word and before a lower-case
/// article, is a name: an acronym of 2 to 6 capitals that is neither a frequent word nor in a
/// gazetteer ("QRX") an organisation, and so is one after "the" that names no common thing or
/// job ("told the BBC the …": [`is_common_noun_acronym`]); any other word, other acronyms
/// included ("TV", "CEO"), a name only if the text names it elsewhere ([`WEIGHT_UNCONFIRMED`]: linking keeps
/// it then, with the type its mentions vote for). Months, weekdays, titles and listed non-names
/// never are.
pub(super) fn names_before_articles(
    text: &dyn Text,
    cl: &[Classes],
    union: Classes,
    mode: CaseMode,
    planes: Option<&Planes>,
    out: &mut Vec<Named>,
) {
    if mode != CaseMode::Normal || union & ARTICLE == 0 {
        return;
    }
    // The articles in lower case after the first two words, found eight words at a time
    // ([`next_with`]; the walk runs over every sentence with a name and an article, and a pair
    // of words tested at a time cost ~11 instructions a word), then the word before each; with
    // the sentence's `planes`, only those after a word that may be a name
    // ([`Planes::articles_after_names`]).
    let walk = Walk::new(
        planes,
        Planes::articles_after_names,
        cl,
        2,
        LOWER_ARTICLE,
        ARTICLE | HAS_LOWER,
    );
    for article in walk {
        let i = article - 1;
        let c = class(cl, i);
        if c & (CAPITALISED | HAS_ALPHA) != CAPITALISED | HAS_ALPHA || c & NEVER_BEFORE_ARTICLE != 0
        {
            continue;
        }
        // The word before is a lower-case word ("told", "the"), not a number ("9am") nor part
        // of a longer name: read only for the few words that pass the classes.
        let before = text.word(i - 1);
        if before.is_empty() || !before.bytes().all(|b| b.is_ascii_lowercase()) {
            continue;
        }
        if covering(out, i).is_some() {
            continue;
        }
        // A rare acronym is an organisation's (a listed place's) name on its own; a frequent
        // one may be a common noun's ("CEO", "TV", but also "BBC": word frequencies do not
        // tell them apart), and another word may be any name, so either is kept only if the
        // text names it elsewhere, and votes for the type its classes suggest.
        let word = text.word(i);
        let acronym = is_short_acronym(word.as_bytes());
        let kind = if c & PLACE_WORD != 0 {
            LOC
        } else if c & FIRST_NAME != 0 && !acronym {
            PER
        } else {
            ORG
        };
        // After "the", an acronym that names no common thing or job is an organisation's
        // ("told the BBC the …"; not "told the CEO the …").
        let named_by_the = acronym && before == "the" && !is_common_noun_acronym(word);
        let weight = if acronym && (c & (COMMON | STARTS_PHRASE) == 0 || named_by_the) {
            WEIGHT_SINGLE
        } else {
            WEIGHT_UNCONFIRMED
        };
        let at = out.partition_point(|m| m.start < i);
        out.insert(at, Named::word(i, kind, weight));
    }
}

/// Acronyms of common things and jobs, which "the" comes before as often as before a name
/// ("told the CEO the plan", "watched the TV a while").
pub(super) fn is_common_noun_acronym(w: &str) -> bool {
    matches!(
        w,
        "CEO"
            | "CFO"
            | "COO"
            | "CTO"
            | "CIO"
            | "MD"
            | "MP"
            | "GP"
            | "PM"
            | "VP"
            | "PA"
            | "DJ"
            | "MC"
            | "TV"
            | "PC"
            | "DNA"
            | "GDP"
            | "AI"
            | "IT"
            | "HR"
            | "PR"
            | "ID"
            | "IQ"
            | "IPO"
            | "AGM"
            | "ATM"
            | "CCTV"
            | "SUV"
            | "VAR"
            | "VAT"
            | "NFT"
            | "API"
            | "CPU"
            | "GPU"
            | "USB"
            | "PDF"
            | "FAQ"
            | "SMS"
            | "URL"
            | "EV"
            | "UFO"
            | "ICU"
            | "MRI"
            | "HIV"
    )
}
