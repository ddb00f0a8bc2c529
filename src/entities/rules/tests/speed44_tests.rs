//! entspeed44: the exact words' hashed table ([`cue_words::exact`]) against the lists it is
//! made of.

use super::cue_words::{self, exact, Cues};
use super::table_words::words_around_lists;

/// The cues of `w` as the lists and the functions tell them (the WASM's way): the first byte's
/// group of [`cue_words::WORDS`], the gates' functions, the languages' search, and the rest of
/// [`cue_words::of`] as written.
fn by_functions(w: &str) -> Cues {
    let gate = |on: bool, cue: Cues| if on { cue } else { 0 };
    let camel =
        w.len() >= 4 && w.as_bytes()[0].is_ascii_uppercase() && super::brands::is_camel_name(w);
    let company = w.len() >= 2
        && w.as_bytes()[0].is_ascii_uppercase()
        && super::listed_companies::is_listed_company(w);
    cue_words::listed(w.as_bytes())
        | gate(
            matches!(w, "·" | "•" | "»" | "›" | "¦"),
            cue_words::SEPARATOR,
        )
        | gate(camel, cue_words::CAMEL)
        | gate(company, cue_words::LISTED_COMPANY)
        | gate(
            super::place_people::has_people_ending(w),
            cue_words::PEOPLE_ENDING,
        )
        | gate(
            super::member_bodies::is_member_plural(w),
            cue_words::MEMBER_PLURAL,
        )
        | gate(super::club_names::is_club_head(w), cue_words::CLUB_HEAD)
        | gate(
            w == "Broker" || super::openers::is_opening_role(w),
            cue_words::OPENER,
        )
        | gate(super::wire_names::is_wire_word(w), cue_words::WIRE)
        | gate(super::languages::is_language(w), cue_words::LANGUAGE)
}

#[test]
fn exact_table_matches_the_lists() {
    // Every word of the gates' table is its function's, with the table's cue, and every
    // language is one.
    let gate_words = || {
        exact::GATE_LISTS
            .iter()
            .flat_map(|&(list, cue)| list.iter().map(move |&w| (w, cue)))
    };
    for (w, cue) in gate_words() {
        let w = std::str::from_utf8(w).unwrap_or_default();
        assert_eq!(by_functions(w) & cue, cue, "{w:?}");
        assert_eq!(exact::listed(w.as_bytes()) & cue, cue, "{w:?}");
    }
    let languages: Vec<&str> = super::languages::LANGUAGES.lines().collect();
    assert!(languages.len() > 300);
    for w in &languages {
        assert_eq!(
            by_functions(w) & cue_words::LANGUAGE,
            cue_words::LANGUAGE,
            "{w:?}"
        );
    }
    let letters: Vec<char> = ('a'..='z')
        .chain(['A', 'B', 'C', 'M', 'P', 'S', 'T', '-', '.', '0'])
        .collect();
    let listed = gate_words()
        .chain(cue_words::WORDS.iter().copied())
        .map(|(w, _)| w)
        .chain(languages.iter().map(|w| w.as_bytes()));
    let mut words = words_around_lists(
        listed,
        &letters,
        &[
            include_str!("../../../../tests/fixtures/news-entities-ent38.txt"),
            include_str!("../../../../tests/fixtures/news-entities-ent39.txt"),
            include_str!("../../../../tests/fixtures/news-entities-ent43.txt"),
        ],
    );
    // The endings the gates ask besides the table, separators, camel case, companies, and
    // look-alikes.
    words.extend(
        [
            "",
            "é",
            "Über",
            "·",
            "»",
            "PayPal",
            "Microsoft",
            "Microdevices",
            "Biosciences",
            "HELIXSYSTEMS",
            "Veterans",
            "Workers",
            "Scouts",
            "Employees",
            "Aerospace",
            "Queenslanders",
            "Parisians",
            "Englishes",
            "secretary-generals",
            "Secretary-General",
            "director-generals",
            "parliamentarianss",
            "Zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
            "Brokers",
            "Moons",
        ]
        .map(String::from),
    );
    for w in &words {
        assert_eq!(cue_words::of(w), by_functions(w), "{w:?}");
    }
}
