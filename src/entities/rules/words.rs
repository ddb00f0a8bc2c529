//! The word lists the repairs read: titles, non-names, particles, head words.

use super::head_words::is_business_head;

/// A word list as written (`fn … { fn of(b: &[u8]) -> bool { matches!(b, b"…" | …) } … }`,
/// optionally `|| another_list(b)` after the `matches!`), and its words beside it as the
/// constant named first: [`super::classes`]' table of the lists' words (native builds) is made
/// from them, so that the table and the `matches!` cannot drift apart.
macro_rules! word_list {
    (
        $list:ident;
        $(#[$attr:meta])*
        $vis:vis fn $name:ident($outer:ident: impl AsRef<[u8]>) -> bool {
            fn of($inner:ident: &[u8]) -> bool {
                matches!($m:ident, $($w:literal)|+) $(|| $rest:expr)?
            }
            of($arg:ident.as_ref())
        }
    ) => {
        $(#[$attr])*
        #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
        $vis fn $name($outer: impl AsRef<[u8]>) -> bool {
            fn of($inner: &[u8]) -> bool {
                matches!($m, $($w)|+) $(|| $rest)?
            }
            of($arg.as_ref())
        }

        #[doc = concat!("The words `", stringify!($name), "` lists itself (not those of a list it adds).")]
        #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
        pub(super) const $list: &[&[u8]] = &[$($w),+];
    };
}
pub(super) use word_list;

word_list! {
HONORIFIC_WORDS;
/// Titles that make the following name a person's ("Mr Smith", "Sen. Vale", "President Okafor").
pub fn is_honorific(b: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"mr"
                | b"mrs"
                | b"ms"
                | b"miss"
                | b"mx"
                | b"dr"
                | b"sir"
                | b"dame"
                | b"lord"
                | b"lady"
                | b"prof"
                | b"professor"
                | b"sen"
                | b"senator"
                | b"gov"
                | b"governor"
                | b"rep"
                | b"rev"
                | b"reverend"
                | b"president"
                | b"minister"
                | b"chancellor"
                | b"mayor"
                | b"premier"
                | b"judge"
                | b"justice"
                | b"king"
                | b"queen"
                | b"prince"
                | b"princess"
                | b"pope"
                | b"sheikh"
                | b"ayatollah"
                | b"archbishop"
                | b"bishop"
                | b"cardinal"
                | b"gen"
                | b"col"
                | b"capt"
                | b"lt"
                | b"sgt"
                | b"cmdr"
                | b"adm"
                | b"secretary"
                | b"chairman"
                | b"chairwoman"
                | b"councillor"
                | b"councilor"
                | b"councilmember"
                | b"councilwoman"
                | b"councilman"
                | b"alderman"
                | b"congressman"
                | b"congresswoman"
                // Monarchs' and regents' titles (gum38: "Empress Jingū", "the Regent" typed ORG).
                | b"emperor"
                | b"empress"
                | b"regent"
                | b"tsar"
                | b"tsarina"
                | b"tsarevna"
                | b"czar"
                | b"czarina"
                | b"sultan"
                | b"kaiser"
                // Irish government's titles, school heads, police ranks (ent40: "Tánaiste Simon
                // Harris", "Headteacher Ruth Perry" had been one name).
                | b"taoiseach"
                | b"tanaiste"
                | b"headteacher"
                | b"headmaster"
                | b"headmistress"
                | b"detective"
                | b"inspector"
                | b"superintendent"
                | b"constable"
                | b"sergeant"
                | b"commissioner"
                | b"ambassador"
                | b"emir"
                | b"imam"
                | b"rabbi"
        )
    }
    of(b.as_ref())
}
}

/// Titles written with a letter outside ASCII, which [`is_honorific`]'s bare forms never hold:
/// the Irish deputy prime minister's ("Tánaiste Simon Harris", branch ent40).
pub fn is_accented_honorific(word: &str) -> bool {
    matches!(word, "Tánaiste" | "tánaiste" | "TÁNAISTE")
}

word_list! {
TITLE_MODIFIER_WORDS;
/// Words that only qualify a title ("Prime Minister", "Vice President", "Home Secretary").
pub fn is_title_modifier(b: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"prime"
                | b"vice"
                | b"deputy"
                | b"acting"
                | b"foreign"
                | b"finance"
                | b"home"
                | b"interior"
                | b"defence"
                | b"defense"
                | b"health"
                | b"attorney"
                | b"general"
                | b"chief"
                | b"first"
                | b"state"
                | b"supreme"
                | b"grand"
                | b"crown"
        )
    }
    of(b.as_ref())
}
}

word_list! {
PLAIN_HONORIFIC_WORDS;
/// Titles never start a person's name but only "Mr"-style ones are certain in any type of
/// span ("Queen Mary University" is an organisation).
pub fn is_plain_honorific(b: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"mr"
                | b"mrs"
                | b"ms"
                | b"miss"
                | b"mx"
                | b"dr"
                | b"sir"
                | b"dame"
                | b"sen"
                | b"gov"
                | b"rep"
        )
    }
    of(b.as_ref())
}
}

word_list! {
NON_NAME_WORDS;
/// Capitalised words that are never names on their own: connectives and sentence adverbs,
/// page labels and page actions ("Sign up", "Subscribe"), abbreviated months and days.
pub fn is_non_name(b: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"moreover"
                | b"however"
                | b"meanwhile"
                | b"furthermore"
                | b"nevertheless"
                | b"nonetheless"
                | b"therefore"
                | b"thus"
                | b"hence"
                | b"additionally"
                | b"similarly"
                | b"likewise"
                | b"consequently"
                | b"otherwise"
                | b"besides"
                | b"instead"
                | b"indeed"
                | b"overall"
                | b"finally"
                | b"today"
                | b"yesterday"
                | b"tomorrow"
                | b"tonight"
                | b"graphic"
                | b"graphics"
                | b"photo"
                | b"photos"
                | b"picture"
                | b"pictures"
                | b"video"
                | b"factbox"
                | b"explainer"
                | b"analysis"
                | b"opinion"
                | b"editorial"
                | b"updated"
                | b"update"
                | b"exclusive"
                | b"breaking"
                | b"advertisement"
                | b"sponsored"
                | b"sign"
                | b"subscribe"
                | b"login"
                | b"share"
                | b"newsletter"
                | b"rt"
                | b"lol"
                | b"omg"
                // Chat's acronyms, written in capitals as often as not ("LMAO", "XD"); not
                // those that are also names ("SMH", "IMO").
                | b"lmao"
                | b"lmfao"
                | b"rofl"
                | b"xd"
                | b"stfu"
                | b"ftw"
                | b"tbh"
                | b"idk"
                | b"wtf"
                | b"btw"
                | b"omfg"
                | b"lmk"
                | b"nvm"
                | b"ikr"
        ) || is_month(b)
    }
    of(b.as_ref())
}
}

word_list! {
MONTH_WORDS;
/// Month names and their abbreviations; "May", "March", "April" and "August" only as
/// abbreviations or with a day number (they are names and verbs too).
pub fn is_month(b: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"jan"
                | b"feb"
                | b"mar"
                | b"apr"
                | b"jun"
                | b"jul"
                | b"aug"
                | b"sep"
                | b"sept"
                | b"oct"
                | b"nov"
                | b"dec"
                | b"january"
                | b"february"
                | b"june"
                | b"july"
                | b"september"
                | b"october"
                | b"november"
                | b"december"
        )
    }
    of(b.as_ref())
}
}

word_list! {
ANY_MONTH_WORDS;
pub fn is_any_month(b: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(b, b"march" | b"april" | b"may" | b"august") || is_month(b)
    }
    of(b.as_ref())
}
}

word_list! {
COUNTED_NOUN_WORDS;
/// Counted things that take a number ("Stage 3", "Phase 2"): not names.
pub fn is_counted_noun(b: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"stage"
                | b"phase"
                | b"level"
                | b"step"
                | b"tier"
                | b"category"
                | b"grade"
                | b"round"
                | b"chapter"
                | b"section"
                | b"part"
                | b"week"
                | b"day"
                | b"item"
                | b"article"
                | b"page"
                | b"figure"
                | b"table"
                | b"question"
                | b"lot"
                | b"unit"
                | b"zone"
        )
    }
    of(b.as_ref())
}
}

/// Lower-case particles inside names ("bin Salman", "van der Berg", "da Silva").
pub fn is_particle(w: impl AsRef<[u8]>) -> bool {
    fn of(w: &[u8]) -> bool {
        matches!(
            w,
            b"bin"
                | b"bint"
                | b"ibn"
                | b"al"
                | b"el"
                | b"van"
                | b"von"
                | b"der"
                | b"den"
                | b"de"
                | b"da"
                | b"del"
                | b"della"
                | b"di"
                | b"du"
                | b"dos"
                | b"das"
                | b"le"
                | b"la"
                | b"ter"
                | b"ten"
                | b"abu"
        )
    }
    of(w.as_ref())
}

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
WEEKDAY_WORDS;
pub fn is_weekday(b: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"monday"
                | b"tuesday"
                | b"wednesday"
                | b"thursday"
                | b"friday"
                | b"saturday"
                | b"sunday"
        )
    }
    of(b.as_ref())
}
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

word_list! {
HEADLINE_MINOR_WORDS;
/// Short words a title-case headline leaves in lower case: articles, conjunctions and
/// prepositions ("Water Bills to Rise by a Fifth as Firm Seeks Funds for Pipes").
pub fn is_headline_minor(b: impl AsRef<[u8]>) -> bool {
    fn of(b: &[u8]) -> bool {
        matches!(
            b,
            b"a" | b"an"
                | b"the"
                | b"and"
                | b"but"
                | b"or"
                | b"nor"
                | b"for"
                | b"so"
                | b"yet"
                | b"as"
                | b"at"
                | b"by"
                | b"in"
                | b"of"
                | b"off"
                | b"on"
                | b"per"
                | b"to"
                | b"up"
                | b"via"
                | b"with"
                | b"from"
                | b"into"
                | b"over"
                | b"vs"
                | b"v"
                | b"after"
                | b"amid"
                | b"is"
                | b"are"
        )
    }
    of(b.as_ref())
}
}

/// Most letters of an acronym the rules read as one ("BBC", "NATO", "UNESCO").
const ACRONYM_MAX: usize = 6;

/// Whether `letters` are 2 to [`ACRONYM_MAX`] ASCII capitals: an acronym a term defines
/// ("sea surface temperature (SST)") or a name put back before an article ("told the BBC the").
pub fn is_short_acronym(letters: &[u8]) -> bool {
    (2..=ACRONYM_MAX).contains(&letters.len()) && letters.iter().all(u8::is_ascii_uppercase)
}
