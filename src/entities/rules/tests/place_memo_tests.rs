//! Tests of [`super::place_memo`]: the kept answers of [`listed_as`] are the lexicon's.

use super::places::marked_as;
use super::*;
use crate::test_rng::XorShift;

/// [`listed_as`] with the shared lexicon (its answers kept and taken again) answers as the
/// lexicon does for random names of places, heads, group words, case variants and words that
/// join into another's key when run together ("New" "York" and "NewYork"), every mask the rules
/// ask with and others, asked many times over more names than are kept; a lexicon of its own
/// is not kept and answers as itself.
#[test]
fn kept_listed_answers_match_the_lexicon() {
    let lex = lexicon::get();
    assert!(lex.is_shared());
    let own = lexicon::with_heads("");
    assert!(!own.is_shared());
    let pool = [
        "New",
        "York",
        "NewYork",
        "new",
        "york",
        "West",
        "Bank",
        "Greyfield",
        "Council",
        "Leeds",
        "Russian",
        "Federation",
        "City",
        "Hall",
        "Paris",
        "British",
        "Museum",
        "of",
        "the",
        "Isle",
        "Man",
        "LONDON",
        "London",
        "Ltd",
        "River",
        "Thames",
        "Sri",
        "Lanka",
        "",
    ];
    let masks = [
        PLACE_MARKS,
        COUNTRY_MARKS,
        CITY_MARKS,
        0xf << (4 * lexicon::NORP_CLASS),
        0,
    ];
    let mut rng = XorShift::new(0x9E37_79B9_7F4A_7C15);
    let mut next = |k: usize| rng.below(k);
    let (mut yes, mut no) = (0, 0);
    for round in 0..30_000 {
        // Now and then a name of random letters, so that more names come than are kept.
        let made: String;
        let mut words: Vec<&str> = (0..1 + next(4)).map(|_| pool[next(pool.len())]).collect();
        if round % 3 == 0 {
            made = format!("Zq{round}");
            words.push(&made);
        }
        let mask = masks[next(masks.len())];
        let ranges: Vec<Range<usize>> = (0..words.len()).map(|i| 10 * i..10 * i + 9).collect();
        let mut cl = Vec::new();
        classes::of_words(lex, &words, &mut cl);
        let text = Lists {
            words: &words,
            ranges: &ranges,
        };
        let m = Named {
            start: 0,
            end: words.len(),
            kind: LOC,
            weight: WEIGHT_SINGLE,
        };
        let kept = listed_as(lex, &text, &cl, &m, mask);
        let plain = has(&cl, 0, STARTS_PHRASE) && marked_as(lex, &words, mask);
        assert_eq!(kept, plain, "{words:?} {mask:#x}");
        let own_plain = has(&cl, 0, STARTS_PHRASE) && marked_as(&own, &words, mask);
        assert_eq!(
            listed_as(&own, &text, &cl, &m, mask),
            own_plain,
            "{words:?}"
        );
        assert!(super::place_memo::kept() <= super::place_memo::MAX_KEPT);
        if plain {
            yes += 1;
        } else {
            no += 1;
        }
    }
    assert!(yes > 300 && no > 1000, "{yes} {no}");
}
