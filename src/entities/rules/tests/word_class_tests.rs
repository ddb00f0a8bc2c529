//! The word classes the rules keep per word, checked against the plain tests they replaced.

use super::modern_words::*;
use super::*;
use crate::entities::lexicon;

/// Each bit of [`classes::of`] is the test the rules made of the word itself before the
/// classes were kept per word: on hand-picked words (every list's, cased and with full stops,
/// long, empty, non-ASCII) and on every token of 60 KB of generated news.
#[test]
fn word_classes_are_the_plain_tests() {
    let picked = [
        "Stoke-on-Trent",
        "Storm",
        "Centre",
        "upon",
        "between",
        "works",
        "Le",
        "Article",
        "article",
        "Byung-hun",
        "al-Burhan",
        "al-Abdulrahmani",
        "regulator",
        "Airline",
        "Mr.",
        "mr",
        "MRS",
        "Dr",
        "Archbishop",
        "CHAIRWOMAN",
        "chairwomen",
        "Prof.",
        "president.",
        "Sir..",
        "Prime",
        "VICE",
        "Deputy.",
        "Moreover",
        "Today",
        "Sept.",
        "SEPT",
        "March",
        "May",
        "may",
        "Nov.",
        "Stage",
        "PHASE",
        "3",
        "1,335",
        "2.5.",
        "12345678901234567890",
        "Monday",
        "FRIDAY",
        "standings",
        "RESULTS",
        "bin",
        "Bin",
        "AL",
        "al",
        "van",
        "Van",
        "Inc",
        "Kenyan",
        "Berlin",
        "into",
        "Corp.",
        "Ministry",
        "Department",
        "POLICE",
        "League",
        "Union",
        "Sea",
        "River",
        "Airport",
        "Stadium",
        "'s",
        "’s",
        "'",
        "’",
        "of",
        "OF",
        "For",
        "for",
        "on",
        "On",
        "and",
        "AND",
        "&",
        "the",
        "The",
        "THE",
        "a",
        "An",
        "in",
        "near",
        "outside",
        "at",
        "since",
        "during",
        "by",
        "until",
        "shares",
        "Stock",
        "SHAREHOLDERS",
        "vs",
        "V",
        "versus",
        "(",
        ")",
        "#",
        "@gloss",
        "http://x.y",
        "www.x.y",
        "a://b",
        "Traders",
        "traders",
        "Glass",
        "Lisbon",
        "LISBON",
        "Nairobi",
        "Dana",
        "Georgia",
        "Jordan",
        "Turkish",
        "New",
        "York",
        "Straße",
        "İstanbul",
        "S\u{212A}",
        "Ó",
        "Zoë",
        "",
        ".",
        "-",
        "x",
        "averyveryveryverylongwordindeed",
        "A-VERY-LONG-CAPITALISED-WORD-HERE",
        "Festival",
        "Times",
        "Government",
        "Warns",
        "The",
        "1984",
        "2101",
        "Route",
        "route",
        "Hwy",
        "US",
        "U.S.",
        "us",
        "Midwest",
        "midwest",
        "South",
        "Channel",
        "CHANNEL",
        "channel",
        "Wales",
        "wales",
        "Britain",
        "Loooool",
        "GWOOOOD",
        "VIII",
        "AAA",
    ];
    let news = crate::entities::news_text::news(60_000);
    let tokens = crate::entities::tokenizer::tokenize_flat(&news);
    let words = picked
        .iter()
        .copied()
        .chain(tokens.spans().map(|r| &news[r]));
    let lex = lexicon::get();
    let other_marks = PLACE_MARKS | (0xf << (4 * lexicon::NORP_CLASS));
    for w in words {
        let c = classes::of(lex, w);
        let b = bare(w);
        let lw = lower(w);
        let marks = lex.unit_marks_of(&lw);
        let frequent = lex.freq_class(&lw) <= 3;
        let want = [
            (HONORIFIC, is_honorific(b)),
            (TITLE_MODIFIER, is_title_modifier(b)),
            (PLAIN_HONORIFIC, is_plain_honorific(b)),
            (ORG_HEAD, is_org_head(b)),
            (FACILITY_HEAD, is_facility_head(b)),
            (GEO_HEAD, is_geo_head(b)),
            (COMPETITION_HEAD, is_competition_head(b)),
            (OPENS_ORG, opens_org_name(b)),
            (NON_NAME, is_non_name(b)),
            (MONTH, is_month(b)),
            (ANY_MONTH, is_any_month(b)),
            (COUNTED_NOUN, is_counted_noun(b)),
            (BARE_NUMBER, is_number(b)),
            (NUMBER, is_number(w)),
            (WEEKDAY, is_weekday(b)),
            (HEADER_WORD, is_header_word(b)),
            (BARE_EMPTY, b.is_empty()),
            (PARTICLE, is_particle(w)),
            (PARTICLE_LOWER, is_particle(&lw)),
            (
                CAPITALISED,
                w.chars().next().is_some_and(char::is_uppercase),
            ),
            (HAS_LOWER, w.chars().any(char::is_lowercase)),
            (HAS_ALPHA, w.chars().any(char::is_alphabetic)),
            (
                UPPER_OR_DIGIT,
                w.chars().any(|c| c.is_uppercase() || c.is_ascii_digit()),
            ),
            (MEANINGFUL, w.chars().any(char::is_alphanumeric)),
            (POSSESSIVE, w == "'s" || w == "’s"),
            (JOINED_PLACE, super::joined::is_joined_place(w)),
            (OF_FOR, lw == "of" || lw == "for"),
            (ON, lw == "on"),
            (AND, lw == "and" || lw == "&"),
            (LOWER_THE, lw == "the"),
            (ARTICLE, ["the", "a", "an"].contains(&b.as_str())),
            (PLACE_PREPOSITION, ["in", "near", "outside"].contains(&w)),
            (
                MARKET,
                ["shares", "stock", "stocks", "share", "shareholders"].contains(&lw.as_str()),
            ),
            (CAPS_CONNECTIVE, ["OF", "FOR", "AND", "THE"].contains(&w)),
            (
                GAME_SEPARATOR,
                ["at", "vs", "v", "versus"].contains(&b.as_str()),
            ),
            (AND_EXACT, w == "and" || w == "&"),
            (THE_EXACT, w == "the"),
            (OPEN_BRACKET, w == "("),
            (CLOSE_BRACKET, w == ")"),
            (
                YEAR_PREPOSITION,
                ["in", "at", "since", "during", "by", "until"].contains(&w),
            ),
            (
                SOCIAL,
                w.starts_with('@')
                    || w.starts_with("http")
                    || w.starts_with("www.")
                    || w.contains("://"),
            ),
            (HASH, w == "#"),
            (
                COMMON_PLURAL,
                lw.ends_with('s')
                    && !lw.ends_with("ss")
                    && w.chars().skip(1).all(char::is_lowercase)
                    && frequent
                    && marks == 0,
            ),
            (COMMON, frequent && marks == 0),
            (FIRST_NAME, marks & FIRST_NAME_UNIT != 0),
            (PLACE_OR_GROUP, marks & other_marks != 0),
            (PLACE_WORD, marks & PLACE_MARKS != 0),
            (GROUP_WORD, marks & (0xf << (4 * lexicon::NORP_CLASS)) != 0),
            (HEADLINE_MINOR, is_headline_minor(b)),
            (EVENT_HEAD, is_event_head(b)),
            (NEWSPAPER_HEAD, is_newspaper_head(b)),
            (GOVERNMENT_HEAD, is_government_head(b)),
            (ORG_KIND, is_org_kind(b)),
            (DRAWN_OUT, super::org_shapes::is_drawn_out(w)),
            (HEADLINE_VERB, is_headline_verb(b)),
            (THE_CAPITALISED, w == "The"),
            (ROAD_HEAD, super::roads::is_road_head(w)),
            (COMPASS_REGION, super::roads::is_compass_region(w)),
            (CHANNEL_WORD, w == "Channel"),
            (UK_NATION, super::bodies::is_uk_nation(w)),
            (
                YEAR,
                w.len() == 4 && (1800..2100).contains(&w.parse::<u32>().unwrap_or(0)),
            ),
            (TOP_WORD, lex.freq_class(&lw) == 0),
            (
                RULE_CUE,
                super::cues::is_rule_cue(w, c & (CAPITALISED | HAS_LOWER)),
            ),
            (
                STARTS_PHRASE,
                lex.unit_folding(
                    &lw,
                    crate::entities::features::hash_str(&lw),
                    &mut String::new(),
                ) != 0,
            ),
        ];
        let mut all = 0;
        for (bit, on) in want {
            assert_eq!(c & bit != 0, on, "{w:?}: bit {}", bit.trailing_zeros());
            all |= bit;
        }
        assert_eq!(c & !all, 0, "{w:?}: a bit no test checks");
        assert_ne!(c, NOT_MADE);
    }
    // Past the sentence's end the rules read "": its classes, but for the lexicon's.
    assert_eq!(classes::of(lex, "") & !(COMMON | STARTS_PHRASE), BEYOND);
    // The words checked hold most classes (the test is not vacuous).
    let seen = picked.iter().fold(0, |acc, w| acc | classes::of(lex, w));
    assert_eq!(seen.count_ones(), 64, "classes seen: {seen:#x}");
}

/// Every word of a hyphened given name's or a hyphened article and name's shape
/// ([`name_shapes`]) has the case classes [`foreign_name_shapes`] asks of the word after a name
/// before reading it: made-up words of capitals, lower case, hyphens and digits, both shapes
/// met many times.
#[test]
fn hyphened_name_shapes_have_their_case_classes() {
    let lex = lexicon::get();
    let mut rng = crate::test_rng::XorShift::new(0x2545_F491_4F6C_DD1D);
    let letters = b"aleBHJDu-x9AE";
    let (mut given, mut article) = (0, 0);
    for round in 0..200_000 {
        let len = 2 + rng.below(9);
        let mut w: Vec<u8> = (0..len)
            .map(|_| letters[rng.below(letters.len())])
            .collect();
        if round % 4 == 0 {
            w.splice(0..0, *[b"al-", b"El-", b"Al-", b"el-"][rng.below(4)]);
        }
        let Ok(w) = String::from_utf8(w) else {
            continue;
        };
        let c = classes::of(lex, &w);
        if is_hyphened_given_name(&w) {
            assert_eq!(c & GIVEN_NAME_CASE, GIVEN_NAME_CASE, "{w}");
            given += 1;
        }
        if is_hyphened_article_name(&w) {
            assert_eq!(c & ARTICLE_NAME_CASE, ARTICLE_NAME_CASE, "{w}");
            article += 1;
        }
    }
    for w in ["Jae-myung", "Duk-geun", "al-Burhan", "Al-Thani", "el-Sisi"] {
        let c = classes::of(lex, w);
        assert!(
            is_hyphened_given_name(w) || is_hyphened_article_name(w),
            "{w}"
        );
        assert!(
            c & GIVEN_NAME_CASE == GIVEN_NAME_CASE || c & ARTICLE_NAME_CASE == ARTICLE_NAME_CASE,
            "{w}"
        );
    }
    assert!(given > 50 && article > 50, "{given} {article}");
}
