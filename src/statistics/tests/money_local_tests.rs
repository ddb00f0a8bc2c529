//! Money as English texts quote other countries' (branch `money28`, issue 12): currencies'
//! names in their own languages, local symbols written with letters before or after the
//! figure, money words of speech ending an amount, coins by name. Made-up sentences, each class
//! with look-alikes that must stay as they are.

use super::notation_tests::{check, check_absent};

#[test]
fn currency_names_in_their_own_language() {
    check(&[
        (
            "zloty_marked",
            "He paid 200 złoty for the ticket.",
            "MONEY",
            "200 złoty",
            200.0,
            Some("PLN"),
        ),
        (
            "zlotych_genitive",
            "She paid 20 złotych for bread.",
            "MONEY",
            "20 złotych",
            20.0,
            Some("PLN"),
        ),
        (
            "zlote_few",
            "A coffee was 12 złote in Warsaw.",
            "MONEY",
            "12 złote",
            12.0,
            Some("PLN"),
        ),
        (
            "zlotych_unmarked",
            "He owes me 30 zlotych.",
            "MONEY",
            "30 zlotych",
            30.0,
            Some("PLN"),
        ),
        (
            "quetzales",
            "A meal was 10 quetzales in Antigua.",
            "MONEY",
            "10 quetzales",
            10.0,
            Some("GTQ"),
        ),
        (
            "reais",
            "The ticket cost 50 reais.",
            "MONEY",
            "50 reais",
            50.0,
            Some("BRL"),
        ),
        (
            "korun",
            "The bill came to 300 korun.",
            "MONEY",
            "300 korun",
            300.0,
            Some("CZK"),
        ),
        (
            "koruny",
            "Tickets cost 90 koruny each.",
            "MONEY",
            "90 koruny",
            90.0,
            Some("CZK"),
        ),
        (
            "kune",
            "It cost 300 kune before the euro came.",
            "MONEY",
            "300 kune",
            300.0,
            Some("HRK"),
        ),
        (
            "lire",
            "The stamp was 1,000 lire in 1990.",
            "MONEY",
            "1,000 lire",
            1000.0,
            Some("ITL"),
        ),
        (
            "franken",
            "They charged 40 Franken for the room.",
            "MONEY",
            "40 Franken",
            40.0,
            Some("CHF"),
        ),
        (
            "guaranies",
            "A kilo of rice is 2,000 guaraníes.",
            "MONEY",
            "2,000 guaraníes",
            2000.0,
            Some("PYG"),
        ),
        (
            "bolivares",
            "It cost 500 bolívares last year.",
            "MONEY",
            "500 bolívares",
            500.0,
            Some("VES"),
        ),
        (
            "cordobas_unmarked",
            "It sold for 80 cordobas.",
            "MONEY",
            "80 cordobas",
            80.0,
            Some("NIO"),
        ),
        (
            "meticais",
            "The fare was 30 meticais.",
            "MONEY",
            "30 meticais",
            30.0,
            Some("MZN"),
        ),
        (
            "leke",
            "A coffee costs 200 leke in Tirana.",
            "MONEY",
            "200 leke",
            200.0,
            Some("ALL"),
        ),
        (
            "dong_marked",
            "The soup was 20,000 đồng.",
            "MONEY",
            "20,000 đồng",
            20000.0,
            Some("VND"),
        ),
        (
            "lirasi",
            "The sign said 100 lirası.",
            "MONEY",
            "100 lirası",
            100.0,
            Some("TRY"),
        ),
        (
            "markkaa_alone",
            "It was 500 markkaa then.",
            "MONEY",
            "500 markkaa",
            500.0,
            Some("FIM"),
        ),
        (
            "krooni",
            "A bus ticket was 10 krooni.",
            "MONEY",
            "10 krooni",
            10.0,
            Some("EEK"),
        ),
        (
            "zloty_million",
            "The club paid 3 million złotych for him.",
            "MONEY",
            "3 million złotych",
            3e6,
            Some("PLN"),
        ),
    ]);
    // Words of English that a currency is named in its language stay words; and the English
    // spellings keep their currencies ("krona" is Sweden's, "lira" Turkey's).
    check_absent(&[
        (
            "real_problem",
            "It is a real problem for 2 real estate firms.",
            "2 real",
        ),
        (
            "frances_name",
            "Frances and 2 Frances from Leeds came.",
            "2 Frances",
        ),
    ]);
    check(&[
        (
            "krona_stays",
            "It cost 20 krona.",
            "MONEY",
            "20 krona",
            20.0,
            Some("SEK"),
        ),
        (
            "lira_stays",
            "It cost 200 lira.",
            "MONEY",
            "200 lira",
            200.0,
            Some("TRY"),
        ),
    ]);
}

#[test]
fn local_symbols_with_letters() {
    check(&[
        (
            "rand_attached",
            "A loaf costs R15 in South Africa.",
            "MONEY",
            "R15",
            15.0,
            Some("ZAR"),
        ),
        (
            "rand_spaced",
            "In South Africa, a ticket costs R 200.",
            "MONEY",
            "R 200",
            200.0,
            Some("ZAR"),
        ),
        (
            "rand_scaled",
            "The South African firm paid R2 million.",
            "MONEY",
            "R2 million",
            2e6,
            Some("ZAR"),
        ),
        (
            "rand_cents",
            "South African shoppers pay R15.99 for it.",
            "MONEY",
            "R15.99",
            15.99,
            Some("ZAR"),
        ),
        (
            "rand_grouped",
            "South Africa's fund holds R1,500 a head.",
            "MONEY",
            "R1,500",
            1500.0,
            Some("ZAR"),
        ),
        (
            "quetzal_letter",
            "In Guatemala, lunch costs Q 50.",
            "MONEY",
            "Q 50",
            50.0,
            Some("GTQ"),
        ),
        (
            "pula_letter",
            "In Botswana a permit costs P 100.",
            "MONEY",
            "P 100",
            100.0,
            Some("BWP"),
        ),
        (
            "kina_letter",
            "In Papua New Guinea the fare costs K 20.",
            "MONEY",
            "K 20",
            20.0,
            Some("PGK"),
        ),
        (
            "kr_lower_norway",
            "The shirt cost kr 200 in Norway.",
            "MONEY",
            "kr 200",
            200.0,
            Some("NOK"),
        ),
        (
            "kr_dot_denmark",
            "In Denmark a beer costs kr. 150.",
            "MONEY",
            "kr. 150",
            150.0,
            Some("DKK"),
        ),
        (
            "kr_after_sweden",
            "In Sweden the ticket costs 120 kr today.",
            "MONEY",
            "120 kr",
            120.0,
            Some("SEK"),
        ),
        (
            "forint_before",
            "A ticket costs Ft 500.",
            "MONEY",
            "Ft 500",
            500.0,
            Some("HUF"),
        ),
        (
            "forint_grouped",
            "The meal was Ft 1,200 with the tip.",
            "MONEY",
            "Ft 1,200",
            1200.0,
            Some("HUF"),
        ),
        (
            "zloty_symbol",
            "Bread was zł 20 in Warsaw.",
            "MONEY",
            "zł 20",
            20.0,
            Some("PLN"),
        ),
        (
            "koruna_symbol",
            "Beer is Kč 100 in Prague.",
            "MONEY",
            "Kč 100",
            100.0,
            Some("CZK"),
        ),
        (
            "ringgit_symbol",
            "Lunch was RM 20 in Kuala Lumpur.",
            "MONEY",
            "RM 20",
            20.0,
            Some("MYR"),
        ),
    ]);
    check_absent(&[
        ("road_no_cue", "Take the R 2 road north.", "R 2"),
        (
            "road_the",
            "In South Africa, take the R61 to the coast.",
            "R61",
        ),
        (
            "road_after",
            "South Africa closed R 21 highway lanes.",
            "R 21",
        ),
        ("label_one_digit", "In Guatemala, Q3 sales rose 5%.", "Q3"),
        (
            "mountain",
            "Pakistan and Papua New Guinea: K2 is high.",
            "K2",
        ),
        (
            "no_money_said",
            "In South Africa, R 200 was painted on the wall.",
            "R 200",
        ),
        ("letter_no_cue", "A loaf costs R15 today.", "R15"),
        ("kilometre_post", "At KM 5 of the road in Bosnia.", "KM 5"),
    ]);
    check(&[(
        "feet_after",
        "The wall is 500 Ft long.",
        "QUANTITY",
        "500 Ft",
        500.0,
        Some("ft"),
    )]);
}

#[test]
fn money_words_of_speech_end_the_amount() {
    check(&[
        (
            "grand_from",
            "He borrowed a grand from his brother.",
            "MONEY",
            "a grand",
            1000.0,
            Some("USD"),
        ),
        (
            "tenner_last",
            "He lent me a tenner last week.",
            "MONEY",
            "a tenner",
            10.0,
            Some("USD"),
        ),
        (
            "buck_at",
            "It costs a buck at the store.",
            "MONEY",
            "a buck",
            1.0,
            Some("USD"),
        ),
        (
            "quid_on",
            "He put a quid on the horse.",
            "MONEY",
            "a quid",
            1.0,
            Some("GBP"),
        ),
        (
            "penny_on",
            "I found a penny on the floor.",
            "MONEY",
            "a penny",
            1.0,
            Some("GBX"),
        ),
        (
            "fiver_back",
            "She gave me a fiver back.",
            "MONEY",
            "a fiver",
            5.0,
            Some("USD"),
        ),
        (
            "grand_ends",
            "That cost him a grand.",
            "MONEY",
            "a grand",
            1000.0,
            Some("USD"),
        ),
        (
            "ten_grand",
            "He won 10 grand at the races.",
            "MONEY",
            "10 grand",
            10000.0,
            Some("USD"),
        ),
    ]);
    check_absent(&[
        ("grand_jury", "A grand jury met on Monday.", "A grand"),
        ("grand_total", "It was a grand total of 5.", "a grand"),
        ("grand_old", "They live in a grand old house.", "a grand"),
        ("penny_stock", "He bought a penny stock.", "a penny"),
        ("quid_pro_quo", "It was a quid pro quo.", "a quid"),
        ("buck_deer", "They saw a buck deer in the woods.", "a buck"),
        ("grand_master", "He is a grand master now.", "a grand"),
    ]);
}

#[test]
fn coins_by_name() {
    check(&[
        (
            "dimes_and_nickel",
            "He gave me two dimes and a nickel.",
            "MONEY",
            "a nickel",
            0.05,
            Some("USD"),
        ),
        (
            "nickel_in",
            "I found a nickel in the couch.",
            "MONEY",
            "a nickel",
            0.05,
            Some("USD"),
        ),
        (
            "dime_on",
            "She left a dime on the table.",
            "MONEY",
            "a dime",
            0.1,
            Some("USD"),
        ),
        (
            "dime_ends",
            "It is not worth a dime.",
            "MONEY",
            "a dime",
            0.1,
            Some("USD"),
        ),
        (
            "quarters_pocket",
            "I found four quarters in my pocket.",
            "MONEY",
            "four quarters",
            1.0,
            Some("USD"),
        ),
    ]);
    check_absent(&[
        ("nickel_mine", "It was a nickel mine.", "a nickel"),
        ("dime_novel", "The dime novel sold well.", "dime"),
        ("dime_store", "He shopped at a dime store.", "dime"),
    ]);
    // A fraction stays a number, not coins.
    check(&[
        (
            "quarter_vote",
            "A quarter of the vote went to him.",
            "CARDINAL",
            "A quarter",
            0.25,
            None,
        ),
        (
            "quarters_growth",
            "Two quarters of growth followed.",
            "CARDINAL",
            "Two quarters",
            0.5,
            None,
        ),
    ]);
}

#[test]
fn round_numbers_and_some_more() {
    check(&[
        (
            "digits_odd",
            "There were 20-odd people there.",
            "CARDINAL",
            "20-odd",
            20.0,
            None,
        ),
        (
            "words_odd",
            "Forty-odd firms joined the scheme.",
            "CARDINAL",
            "Forty-odd",
            40.0,
            None,
        ),
        (
            "hundred_odd",
            "She invited a hundred-odd guests.",
            "CARDINAL",
            "a hundred-odd",
            100.0,
            None,
        ),
        (
            "odd_million_dollars",
            "It cost 10-odd million dollars.",
            "MONEY",
            "10-odd million dollars",
            1e7,
            Some("USD"),
        ),
        (
            "symbol_odd_billion",
            "The deal was worth $30-odd billion.",
            "MONEY",
            "$30-odd billion",
            3e10,
            Some("USD"),
        ),
    ]);
    check_absent(&[
        ("not_round", "The 21-odd rule applies.", "21-odd"),
        ("spaced_dash", "The score was 20 - odd at best.", "20 - odd"),
        ("glued_word", "A 30-odd-year-old came.", "30-odd"),
    ]);
}
