//! The spelling classes of `holiday_spellings`, each on names of its own making: the spellings a
//! name must give, and ones it must not.

use super::spellings;

fn spelled(name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split(' ').collect();
    spellings(&words).into_iter().map(|w| w.join(" ")).collect()
}

/// (case, name, spellings it gives, spellings it must not give).
type Case<'a> = (&'a str, &'a str, &'a [&'a str], &'a [&'a str]);

const CASES: &[Case] = &[
    (
        "the_name_itself_first",
        "eid al - adha",
        &["eid al - adha"],
        &[],
    ),
    (
        "arabic_article",
        "eid al - adha",
        &[
            "eid ul - adha",
            "eid el - adha",
            "id ul - adha",
            "idd al - adha",
        ],
        // The article only between words: "al" opening a name is a word of its own.
        &["eid al - adhah"],
    ),
    (
        "article_not_first",
        "al hijra",
        &["al hijrah"],
        &["ul hijra", "el hijra"],
    ),
    (
        "final_h",
        "rosh hashanah",
        &["rosh hashana"],
        // "rosh" has no final "a"; a vowel before the "a" takes no "h".
        &["rosh hashanahh", "rosh hashan"],
    ),
    (
        "final_h_added",
        "durga puja",
        &["durgah puja", "durga pujah"],
        // Not after an "h" ("maha") nor a vowel.
        &["durga pujaa"],
    ),
    (
        "guttural_and_doubling",
        "hanukkah",
        &["hanukah", "hanukka", "hanuka", "hanuccah"],
        // An "h" is not read as "ch": "Holi" is no "Choli".
        &["chanukkah", "chanucah"],
    ),
    (
        "guttural_back",
        "chanuka",
        &["hanuka", "chanukah", "hanukah"],
        // "ch" before a consonant ("chhath") is no guttural.
        &["chanuka h"],
    ),
    ("no_ch_for_h", "holi", &[], &["choli"]),
    (
        "ch_before_a_consonant",
        "chhath puja",
        &["chhath pujah"],
        &["hhath puja"],
    ),
    (
        "ashkenazi_ending",
        "sukkot",
        &["sukkos", "succos", "succot", "sukot"],
        &["sukkoth"],
    ),
    (
        "ashkenazi_ending_back",
        "shavuos",
        &["shavuot"],
        &["shavuoss"],
    ),
    ("ending_needs_a_vowel", "great lent", &[], &["great lens"]),
    (
        "hindi_vowels_and_v",
        "karwa chouth",
        &["karva chouth", "karwa chauth"],
        &["karwa chuth"],
    ),
    (
        "long_vowels_written_short",
        "laxmi pooja",
        &["laxmi puja"],
        // A "u" is not read back as "oo".
        &["laxmi poojaa"],
    ),
    (
        "short_u_stays",
        "guru purnima",
        &[],
        &["guroo purnima", "guru poornima"],
    ),
    (
        "qaf",
        "laylat al - qadr",
        &["laylat al - kadr", "laylat ul - qadr"],
        &["laylat al - cadr"],
    ),
    (
        "possessive_dropped",
        "guru ravidas ' s jayanti",
        &["guru ravidas jayanti"],
        &["guru ravidas ' jayanti"],
    ),
    (
        "possessive_at_the_end_kept",
        "valentine ' s",
        &[],
        &["valentine"],
    ),
    (
        "apostrophe_between_words",
        "isra ' and mi ' raj",
        &["isra and mi ' raj", "isra ' and mi raj"],
        &[],
    ),
    (
        "apostrophe_inside_a_word",
        "yom ha ' atzmaut",
        &["yom haatzmaut", "yom ha atzmaut"],
        &["yomha ' atzmaut"],
    ),
    (
        "sanskrit_final_a",
        "ram navami",
        &["rama navami"],
        // Not after a vowel, "y", "s", or an "h" of its own.
        &["ram navamia"],
    ),
    (
        "sanskrit_final_a_after_th",
        "rath yatra",
        &["ratha yatra"],
        &["rath yatraa"],
    ),
    // Common English words (wordfreq's commonest, not a name of the gazetteers) are written
    // one way: the transliteration rules leave them as they are.
    (
        "common_words_kept_vowels",
        "founders labour day",
        &[],
        &[
            "founders labaur day",
            "founders laboura day",
            "founderas labour day",
        ],
    ),
    (
        "common_words_kept_w_and_endings",
        "national women ' s prayer week",
        &["national women prayer week"],
        &[
            "national vomen ' s prayer week",
            "nationala women ' s prayer week",
            "national women ' s prayera week",
            "national women ' s prayer veek",
        ],
    ),
    (
        "common_words_kept_final_t",
        "heroes mourning night",
        &[],
        &[
            "heroet mourning night",
            "heroes maurning night",
            "heroes mourninga night",
        ],
    ),
    (
        "common_and_transliterated_words",
        "mourning of karwa chouth",
        &["mourning of karva chouth", "mourning of karwa chauth"],
        &["maurning of karwa chouth", "mourninga of karwa chouth"],
    ),
    (
        "names_in_the_frequency_list_respelled",
        "ram raj shree",
        &["rama raj shree", "ram raja shree", "ram raj shri"],
        &[],
    ),
    (
        "short_words_kept",
        "tu b ' shvat",
        &["tu b shvat"],
        &["tu bi ' shvat", "tuh b ' shvat"],
    ),
];

#[test]
fn spelling_classes() {
    let mut names = std::collections::HashSet::new();
    for (case, name, gives, not) in CASES {
        assert!(names.insert(case), "duplicate case name {case}");
        let got = spelled(name);
        assert_eq!(got.first().map(String::as_str), Some(*name), "{case}");
        for g in *gives {
            assert!(got.iter().any(|s| s == g), "{case}: {name} gave {got:?}");
        }
        for n in *not {
            assert!(!got.iter().any(|s| s == n), "{case}: {name} gave {n}");
        }
    }
}

#[test]
fn spellings_are_few_and_distinct() {
    let name = "shree krishna janmashtami ' s poornima chouth karwa divas";
    let words: Vec<&str> = name.split(' ').collect();
    let got = spellings(&words);
    assert!(got.len() <= super::MAX_SPELLINGS, "{}", got.len());
    let unique: std::collections::HashSet<_> = got.iter().collect();
    assert_eq!(unique.len(), got.len());
}

/// No one-word name gives a spelling that is one of the commonest English words: a spelling
/// of one word is read as a date wherever it is capitalised.
#[test]
fn one_word_spellings_are_no_common_words() {
    let common: std::collections::HashSet<&str> =
        include_str!("../../generated/entities/wordfreq.txt")
            .lines()
            .take(5000)
            .map(str::trim)
            .collect();
    for (first, alone) in super::super::holiday_names::first_words() {
        if alone && common.contains(first) {
            panic!("the one-word holiday spelling {first:?} is a common word");
        }
    }
}

/// The committed spellings are what the rules give the committed names now: a change to either
/// without running `gloss-holiday-spellings` fails here.
#[test]
fn the_spellings_file_is_what_the_rules_give() {
    let committed = include_str!("../../generated/statistics/holiday_spellings.tsv");
    let made = super::spellings_file();
    if committed != made {
        let first_difference = committed
            .lines()
            .zip(made.lines())
            .find(|(a, b)| a != b)
            .map(|(a, _)| a.chars().take(120).collect::<String>());
        panic!(
            "generated/statistics/holiday_spellings.tsv is stale (first differing line: \
             {first_difference:?}); run `cargo run --release --features tools --bin \
             gloss-holiday-spellings > generated/statistics/holiday_spellings.tsv`"
        );
    }
}
