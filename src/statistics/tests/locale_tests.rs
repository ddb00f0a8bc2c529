//! The reader's locale ([`Locale`]): what "$", "dollars", "grand", the coins and a numeric date
//! that reads either way mean in a region, on made-up sentences. Each case names the locale,
//! the text, the figure's covered text and its unit or ISO date; without a locale every
//! reading stays as before.

use super::*;

/// (covered text, unit or ISO date) of every statistic in `text` read in `locale`.
fn read(text: &str, locale: Option<&str>) -> Vec<(String, String)> {
    let locale = locale.map(|l| Locale::parse(l).expect("a valid test locale"));
    annotate_for(text, locale)
        .into_iter()
        .filter_map(|a| {
            let t = a.text(text).to_string();
            match a.detail {
                annotation::Detail::Statistic(d) => {
                    let what = d.unit().or(d.extra().iso.as_deref()).unwrap_or("");
                    Some((t, what.to_string()))
                }
                _ => None,
            }
        })
        .collect()
}

#[test]
fn a_region_picks_the_dollar_the_grand_and_the_date_order() {
    // (name, locale or "" for none, text, covered text, unit or ISO date).
    let cases: &[(&str, &str, &str, &str, &str)] = &[
        (
            "symbol_in_sydney",
            "en-AU",
            "Tickets cost $45 at the door.",
            "$45",
            "AUD",
        ),
        (
            "symbol_in_toronto",
            "en-CA",
            "Rent rose to $2,100 a month.",
            "$2,100",
            "CAD",
        ),
        (
            "symbol_in_auckland",
            "en-NZ",
            "The fine was $600.",
            "$600",
            "NZD",
        ),
        (
            "symbol_in_kingston",
            "en-JM",
            "Bus fare is now $120.",
            "$120",
            "JMD",
        ),
        (
            "symbol_in_singapore",
            "en-SG",
            "A bowl costs $4.50 there.",
            "$4.50",
            "SGD",
        ),
        (
            "symbol_in_london_stays_usd",
            "en-GB",
            "The app charges $9.99.",
            "$9.99",
            "USD",
        ),
        (
            "symbol_in_dublin_stays_usd",
            "en-IE",
            "Shares closed at $31.",
            "$31",
            "USD",
        ),
        (
            "symbol_without_locale",
            "",
            "Tickets cost $45 at the door.",
            "$45",
            "USD",
        ),
        (
            "dollars_in_canada",
            "en-CA",
            "She owes 300 dollars.",
            "300 dollars",
            "CAD",
        ),
        (
            "bucks_in_australia",
            "en-AU",
            "It cost me fifty bucks.",
            "fifty bucks",
            "AUD",
        ),
        (
            "dime_in_trinidad",
            "en-TT",
            "Not worth a dime, he said.",
            "a dime",
            "TTD",
        ),
        (
            "nickels_in_belize",
            "en-BZ",
            "She found twenty nickels.",
            "twenty nickels",
            "BZD",
        ),
        (
            "grand_in_britain",
            "en-GB",
            "He won 20 grand on the horses.",
            "20 grand",
            "GBP",
        ),
        (
            "grand_in_ireland",
            "en-IE",
            "The car went for 8 grand.",
            "8 grand",
            "EUR",
        ),
        (
            "grand_in_india",
            "en_IN",
            "They paid 5 grand for it.",
            "5 grand",
            "INR",
        ),
        (
            "grand_in_canada",
            "en-CA",
            "A 10 grand bonus was paid.",
            "10 grand",
            "CAD",
        ),
        (
            "grand_without_locale",
            "",
            "He won 20 grand on the horses.",
            "20 grand",
            "USD",
        ),
        (
            "pesos_dollar_sign_in_mexico",
            "es-MX",
            "La cuenta: $200.",
            "$200",
            "MXN",
        ),
        (
            "dollars_in_mexico_stay_usd",
            "es-MX",
            "It was 200 dollars.",
            "200 dollars",
            "USD",
        ),
        (
            "us_prefix_stays_usd",
            "en-AU",
            "Exports fell to US$3bn.",
            "US$3bn",
            "USD",
        ),
        (
            "usd_code_stays_usd",
            "en-NZ",
            "A fee of USD 40 applies.",
            "USD 40",
            "USD",
        ),
        (
            "canadian_dollars_in_sydney",
            "en-AU",
            "It cost 40 Canadian dollars.",
            "40 Canadian dollars",
            "CAD",
        ),
        (
            "american_dollars_in_toronto",
            "en-CA",
            "Paid 9 American dollars.",
            "9 American dollars",
            "USD",
        ),
        (
            "pounds_stay_sterling",
            "en-AU",
            "The bill was £12.",
            "£12",
            "GBP",
        ),
        ("euro_stays_euro", "en-CA", "It sold for €80.", "€80", "EUR"),
        (
            "date_in_britain",
            "en-GB",
            "Signed on 03/04/2020 in Leeds.",
            "03/04/2020",
            "2020-04-03",
        ),
        (
            "date_in_australia",
            "en-AU",
            "Filed 05/06/2019.",
            "05/06/2019",
            "2019-06-05",
        ),
        (
            "date_in_india",
            "en-IN",
            "Due on 01/02/2021.",
            "01/02/2021",
            "2021-02-01",
        ),
        (
            "date_in_us",
            "en-US",
            "Signed on 03/04/2020 in Ohio.",
            "03/04/2020",
            "2020-03-04",
        ),
        (
            "date_in_canada_month_first",
            "en-CA",
            "Held on 07/08/2018.",
            "07/08/2018",
            "2018-07-08",
        ),
        (
            "dashed_date_in_us",
            "en-US",
            "Issued 03-04-2020.",
            "03-04-2020",
            "2020-03-04",
        ),
        (
            "dotted_date_in_britain",
            "en-GB",
            "Issued 03.04.2020.",
            "03.04.2020",
            "2020-04-03",
        ),
        (
            "date_without_locale",
            "",
            "Signed on 03/04/2020 in Leeds.",
            "03/04/2020",
            "2020-03-04",
        ),
        (
            "dashed_date_without_locale",
            "",
            "Issued 03-04-2020.",
            "03-04-2020",
            "2020-04-03",
        ),
        (
            "impossible_month_in_us",
            "en-US",
            "Signed on 25/04/2020.",
            "25/04/2020",
            "2020-04-25",
        ),
        (
            "impossible_month_in_britain",
            "en-GB",
            "Signed on 04/25/2020.",
            "04/25/2020",
            "2020-04-25",
        ),
    ];
    let mut names = std::collections::HashSet::new();
    for (name, locale, text, span, want) in cases {
        assert!(names.insert(*name), "duplicate case name {name}");
        let got = read(text, (!locale.is_empty()).then_some(*locale));
        assert!(
            got.iter().any(|(t, w)| t == span && w == want),
            "{name}: {text:?} in {locale:?}: want {span:?} {want}, got {got:?}"
        );
    }
}

#[test]
fn a_region_picks_a_currency_several_countries_share() {
    // (name, locale, text, covered text, unit): the region decides when the text names no
    // country; a country the text names still wins over the region.
    let cases: &[(&str, &str, &str, &str, &str)] = &[
        (
            "guilders_in_amsterdam",
            "en-NL",
            "He paid 5,000 guilders.",
            "5,000 guilders",
            "NLG",
        ),
        (
            "guilders_in_paramaribo",
            "en-SR",
            "Rent was 700 guilders.",
            "700 guilders",
            "SRG",
        ),
        (
            "guilders_in_curacao",
            "en-CW",
            "A meal is 25 guilders.",
            "25 guilders",
            "XCG",
        ),
        (
            "rupees_in_karachi",
            "en-PK",
            "The fee is Rs 900.",
            "Rs 900",
            "PKR",
        ),
        (
            "rupees_in_colombo",
            "en-LK",
            "It sold for 4,000 rupees.",
            "4,000 rupees",
            "LKR",
        ),
        (
            "riyals_in_doha",
            "en-QA",
            "Fuel costs 2 riyals a litre.",
            "2 riyals",
            "QAR",
        ),
        (
            "named_country_beats_region",
            "en-NL",
            "In Suriname the fare was 15 guilders.",
            "15 guilders",
            "SRG",
        ),
        (
            "region_without_guilder",
            "en-GB",
            "He paid 60 guilders.",
            "60 guilders",
            "XCG",
        ),
    ];
    for (name, locale, text, span, want) in cases {
        let got = read(text, Some(locale));
        assert!(
            got.iter().any(|(t, w)| t == span && w == want),
            "{name}: {text:?} in {locale:?}: want {span:?} {want}, got {got:?}"
        );
    }
}

#[test]
fn cents_are_the_readers_where_the_text_names_no_currency() {
    // (name, locale, text, covered text, unit, value).
    let cases: &[(&str, &str, &str, &str, &str, f64)] = &[
        (
            "cents_in_sydney",
            "en-AU",
            "A stamp is 42 cents.",
            "42 cents",
            "AUD",
            0.42,
        ),
        (
            "cents_in_dublin",
            "en-IE",
            "Milk went up 9 cents.",
            "9 cents",
            "EUR",
            0.09,
        ),
        (
            "cents_in_toronto",
            "en-CA",
            "It costs 75 cents.",
            "75 cents",
            "CAD",
            0.75,
        ),
        (
            "cent_sign_in_auckland",
            "en-NZ",
            "Just 50¢ a go.",
            "50¢",
            "NZD",
            0.5,
        ),
        (
            "cents_in_new_york",
            "en-US",
            "A stamp is 42 cents.",
            "42 cents",
            "USX",
            42.0,
        ),
        // Pence and rupees are no cents: the reader's currency leaves US cents alone.
        (
            "cents_in_london",
            "en-GB",
            "A stamp is 42 cents.",
            "42 cents",
            "USX",
            42.0,
        ),
        (
            "cents_in_mumbai",
            "en-IN",
            "A stamp is 42 cents.",
            "42 cents",
            "USX",
            42.0,
        ),
        (
            "text_beats_region",
            "en-AU",
            "In Boston a paper is US$2 and gum is 50 cents.",
            "50 cents",
            "USX",
            50.0,
        ),
    ];
    for (name, locale, text, span, unit, value) in cases {
        let l = Locale::parse(locale).expect("a valid test locale");
        let got: Vec<_> = annotate_for(text, Some(l))
            .into_iter()
            .filter_map(|a| match &a.detail {
                annotation::Detail::Statistic(d) => Some((
                    a.text(text).to_string(),
                    d.unit().unwrap_or("").to_string(),
                    d.value_of(),
                )),
                _ => None,
            })
            .collect();
        assert!(
            got.iter().any(|(t, u, v)| t == span
                && u == unit
                && v.is_some_and(|v| (v - value).abs() < 1e-9)),
            "{name}: {text:?} in {locale}: got {got:?}"
        );
    }
}

#[test]
fn tags_are_read_in_any_spelling_and_bad_ones_refused() {
    for (tag, region) in [
        ("en-AU", "AU"),
        ("en_au", "AU"),
        ("EN_GB", "GB"),
        ("zh-Hant-HK", "HK"),
        (" en-IN ", "IN"),
        ("fr-CA", "CA"),
    ] {
        assert_eq!(
            Locale::parse(tag).map(|l| l.region().to_string()),
            Ok(region.to_string()),
            "{tag}"
        );
    }
    for bad in ["", "en", "english", "en-ZZ", "en-", "-AU", "e-AU", "en-123"] {
        assert!(Locale::parse(bad).is_err(), "{bad:?} should be refused");
    }
}

#[test]
fn regions_by_exception_and_by_code() {
    // (tag, the region's currency, what "$" means, what "dollars" mean, day first).
    let cases = [
        ("en-AU", "AUD", "AUD", "AUD", true),
        ("en-GB", "GBP", "USD", "USD", true),
        ("en-IE", "EUR", "USD", "USD", true),
        ("en-US", "USD", "USD", "USD", false),
        ("en-PR", "USD", "USD", "USD", false),
        ("en-KI", "AUD", "AUD", "AUD", true),
        ("en-NA", "NAD", "NAD", "NAD", true),
        ("es-MX", "MXN", "MXN", "USD", true),
        ("en-ZA", "ZAR", "USD", "USD", false),
        ("en-CA", "CAD", "CAD", "CAD", false),
    ];
    for (tag, currency, symbol, dollar, day_first) in cases {
        let l = Locale::parse(tag).expect("a known region");
        assert_eq!(
            (l.currency(), l.symbol_dollar(), l.dollar(), l.day_first()),
            (currency, symbol, dollar, day_first),
            "{tag}"
        );
    }
}

#[test]
fn nine_eleven_is_september_in_every_region() {
    let text = "Published 12 March 2008.\n\nAfter 9/11 flights changed; 4/5 was busy.";
    let plain = read(text, None);
    let british = read(text, Some("en-GB"));
    let iso = |got: &[(String, String)], span: &str| {
        got.iter()
            .find(|(t, _)| t.ends_with(span))
            .map(|(_, w)| w.clone())
    };
    assert_eq!(iso(&british, "9/11"), iso(&plain, "9/11"));
    assert!(
        iso(&plain, "9/11").is_some_and(|w| w.ends_with("-09-11")),
        "{plain:?}"
    );
    // The same form with other figures follows the region: 4 May in Britain.
    assert!(
        iso(&british, "4/5").is_some_and(|w| w.ends_with("-05-04")),
        "{british:?}"
    );
}

#[test]
fn every_known_region_is_listed_once_and_parses_back_to_itself() {
    // The page's Region list (the WASM's `knownRegions`) is `Locale::known`: every region in it
    // must be one `parse` accepts, with the same facts, and none twice.
    let known: Vec<Locale> = Locale::known().collect();
    assert!(known.len() > 150, "{} regions", known.len());
    let mut seen = std::collections::HashSet::new();
    for locale in &known {
        let region = locale.region().to_string();
        assert!(seen.insert(region.clone()), "{region} listed twice");
        assert_eq!(
            Locale::parse(&format!("en-{region}")),
            Ok(*locale),
            "{region}"
        );
    }
    let au = known
        .iter()
        .find(|l| l.region() == "AU")
        .expect("Australia");
    assert_eq!(
        (
            au.currency(),
            au.symbol_dollar(),
            au.dollar(),
            au.day_first()
        ),
        ("AUD", "AUD", "AUD", true)
    );
    let us = known.iter().find(|l| l.region() == "US").expect("the US");
    assert!(!us.day_first());
    let gb = known.iter().find(|l| l.region() == "GB").expect("Britain");
    assert_eq!(
        (gb.currency(), gb.symbol_dollar(), gb.day_first()),
        ("GBP", "USD", true)
    );
    assert!(!known.iter().any(|l| l.region() == "ZZ"));
}
