//! Figure classes of issue #12 on made-up sentences: the article before "$", dollar letters,
//! cents marks, currencies several countries share, quantity ranges, feet and inch marks, and
//! number notations. Each case names the figure it must find (covered text, type, value or
//! range, unit), or says what must not be found.

use super::*;

mod units;

/// One statistic as the tests read it.
#[derive(Debug)]
struct Got {
    text: String,
    kind: &'static str,
    value: Option<f64>,
    min: Option<f64>,
    max: Option<f64>,
    unit: Option<String>,
    hint: Option<String>,
}

fn got(text: &str) -> Vec<Got> {
    annotate(text)
        .into_iter()
        .filter_map(|a| {
            let t = a.text(text).to_string();
            match a.detail {
                annotation::Detail::Statistic(d) => Some(Got {
                    text: t,
                    kind: a.kind,
                    value: d.value_of(),
                    min: d.extra().min,
                    max: d.extra().max,
                    unit: d.unit().map(str::to_string),
                    hint: d.extra().hint.as_deref().map(str::to_string),
                }),
                _ => None,
            }
        })
        .collect()
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9 * b.abs().max(1.0))
}

/// What a case expects.
enum Want {
    /// (covered text, type, value, unit or "").
    Value(&'static str, &'static str, f64, &'static str),
    /// (covered text, type, min, max, unit or "").
    Range(&'static str, &'static str, f64, f64, &'static str),
    /// No statistic of this type covers this text.
    Not(&'static str, &'static str),
}

fn check(cases: &[(&str, &str, Want)]) {
    let mut names = std::collections::HashSet::new();
    for (name, text, want) in cases {
        assert!(names.insert(*name), "duplicate case name {name}");
        let all = got(text);
        let unit_ok = |g: &Got, u: &str| u.is_empty() || g.unit.as_deref() == Some(u);
        let ok = match want {
            Want::Value(span, kind, v, u) => all
                .iter()
                .any(|g| g.text == *span && g.kind == *kind && close(g.value, *v) && unit_ok(g, u)),
            Want::Range(span, kind, lo, hi, u) => all.iter().any(|g| {
                g.text == *span
                    && g.kind == *kind
                    && close(g.min, *lo)
                    && close(g.max, *hi)
                    && unit_ok(g, u)
            }),
            Want::Not(span, kind) => !all.iter().any(|g| g.text == *span && g.kind == *kind),
        };
        assert!(ok, "{name}: {text:?} gave {all:?}");
    }
}

#[test]
fn the_article_before_a_dollar_is_not_australian() {
    use Want::*;
    check(&[
        (
            "article_before_amount",
            "They lost a $12 million contract.",
            Value("$12 million", "MONEY", 12e6, "USD"),
        ),
        (
            "article_not_in_span",
            "They lost a $12 million contract.",
            Not("a $12 million", "MONEY"),
        ),
        (
            "article_spaced_symbol",
            "He found a $ 20 bill.",
            Value("$ 20", "MONEY", 20.0, "USD"),
        ),
        (
            "capital_a_attached_is_aud",
            "The bid was A$40 a share.",
            Value("A$40", "MONEY", 40.0, "AUD"),
        ),
        (
            "an_before_aud",
            "It is an A$3bn deal.",
            Value("A$3bn", "MONEY", 3e9, "AUD"),
        ),
        (
            "singapore_letters",
            "Tickets cost S$20 each.",
            Value("S$20", "MONEY", 20.0, "SGD"),
        ),
        (
            "brazil_letters_spaced",
            "The fine was R$ 300.",
            Value("R$ 300", "MONEY", 300.0, "BRL"),
        ),
        (
            "cent_sign_attached",
            "Stamps went up to 73¢ each.",
            Value("73¢", "MONEY", 73.0, "USX"),
        ),
    ]);
}

#[test]
fn currencies_several_countries_share() {
    use Want::*;
    check(&[
        (
            "rs_with_pakistan",
            "The fine was Rs 20,000, a court in Lahore, Pakistan said.",
            Value("Rs 20,000", "MONEY", 20000.0, "PKR"),
        ),
        (
            "rs_dot_with_sri_lanka_after",
            "Rs. 400 million was set aside, Sri Lanka's cabinet said.",
            Value("Rs. 400 million", "MONEY", 4e8, "LKR"),
        ),
        (
            "rs_without_country_first_listed",
            "Tickets are Rs 500.",
            Value("Rs 500", "MONEY", 500.0, "INR"),
        ),
        (
            "rs_attached_after",
            "The tea was 20Rs a cup.",
            Value("20Rs", "MONEY", 20.0, "INR"),
        ),
        (
            "rupees_with_pakistani",
            "The Pakistani farmer sold it for 5,000 rupees.",
            Value("5,000 rupees", "MONEY", 5000.0, "PKR"),
        ),
        (
            "rupees_after_magnitude_country_in_headline",
            "Pakistan bank sells 1.38 bln rupees of bonds.",
            Value("1.38 bln rupees", "MONEY", 1.38e9, "PKR"),
        ),
        (
            "named_currency_not_overridden",
            "Qatar said it paid 10 Saudi riyals.",
            Value("10 Saudi riyals", "MONEY", 10.0, "SAR"),
        ),
        (
            "rupees_alone_stay_indian",
            "He sold it for 5,000 rupees.",
            Value("5,000 rupees", "MONEY", 5000.0, "INR"),
        ),
        (
            "rials_with_oman",
            "In Oman the permit costs 40 rials.",
            Value("40 rials", "MONEY", 40.0, "OMR"),
        ),
        (
            "riyals_with_saudi_arabia_in_head",
            "RIYADH, Saudi Arabia — Fuel rose.\n\nA litre now costs 2 riyals.",
            Value("2 riyals", "MONEY", 2.0, "SAR"),
        ),
        (
            "dinars_with_kuwait",
            "They spent 2 million dinars in Kuwait.",
            Value("2 million dinars", "MONEY", 2e6, "KWD"),
        ),
        (
            "deutsche_marks_news_name",
            "Bonn spent 10 million Deutsche marks on it.",
            Value("10 million Deutsche marks", "MONEY", 1e7, "DEM"),
        ),
        (
            "italian_lire_plural",
            "It cost 500 billion Italian lire.",
            Value("500 billion Italian lire", "MONEY", 5e11, "ITL"),
        ),
        (
            "capitals_dm_not_decimetre",
            "Send me a DM 5 times.",
            Not("a DM", "QUANTITY"),
        ),
        (
            "kr_with_norway",
            "Kr 500 buys a meal in Oslo, Norway.",
            Value("Kr 500", "MONEY", 500.0, "NOK"),
        ),
    ]);
    // Without a country the reading says it is a guess.
    let g = got("Tickets are Rs 500.");
    assert!(
        g.iter()
            .any(|g| g.hint.as_deref().is_some_and(|h| h.contains("PKR"))),
        "{g:?}"
    );
    let g = got("The fine was Rs 20,000, a court in Lahore, Pakistan said.");
    assert!(g.iter().all(|g| g.hint.is_none()), "{g:?}");
}

#[test]
fn quantity_ranges_of_every_writing() {
    use Want::*;
    check(&[
        (
            "dash_with_spaces_litre",
            "Tanks hold 100 - 1000 l of water.",
            Range("100 - 1000 l", "QUANTITY", 100.0, 1000.0, "l"),
        ),
        (
            "tilde_on_second_end",
            "Add 2 - ~7 litres a day.",
            Range("2 - ~7 litres", "QUANTITY", 2.0, 7.0, "l"),
        ),
        (
            "about_on_second_end",
            "Pour between 2l and about 7l in.",
            Range("2l and about 7l", "QUANTITY", 2.0, 7.0, "l"),
        ),
        (
            "around_before_range_not_a_time",
            "The camp is around 3-5 kilometers away.",
            Range("3-5 kilometers", "QUANTITY", 3.0, 5.0, "km"),
        ),
        (
            "around_before_range_no_time",
            "The camp is around 3-5 kilometers away.",
            Not("around 3", "TIME"),
        ),
        (
            "spaced_minus_reads_as_range",
            "Use around 2 -7 g of salt.",
            Range("2 -7 g", "QUANTITY", 2.0, 7.0, "g"),
        ),
        (
            "degrees_both_ends",
            "It swung from 30 degrees to 40 degrees.",
            Range("30 degrees to 40 degrees", "QUANTITY", 30.0, 40.0, "°"),
        ),
        (
            "celsius_both_ends_between",
            "Keep it between 4 celsius and 8 celsius.",
            Range("4 celsius and 8 celsius", "QUANTITY", 4.0, 8.0, "°C"),
        ),
        (
            "spaced_litre_before_of",
            "They drank 30 l of milk.",
            Value("30 l", "QUANTITY", 30.0, "l"),
        ),
        (
            "spaced_l_before_word_is_not_litre",
            "Grade 5 L pupils left.",
            Not("5 L", "QUANTITY"),
        ),
    ]);
}

#[test]
fn feet_and_inch_marks() {
    use Want::*;
    let ft_in = 5.0 + 11.0 / 12.0;
    check(&[
        (
            "feet_inches_marks",
            "He is 5'11\" tall.",
            Value("5'11\"", "QUANTITY", ft_in, "ft"),
        ),
        (
            "primes_spaced",
            "She stands 5′ 11″ in socks.",
            Value("5′ 11″", "QUANTITY", ft_in, "ft"),
        ),
        (
            "feet_inches_no_inch_mark",
            "A 6'2 forward signed.",
            Value("6'2", "QUANTITY", 6.0 + 2.0 / 12.0, "ft"),
        ),
        (
            "foot_mark_before_noun",
            "They built a 6' fence.",
            Value("6'", "QUANTITY", 6.0, "ft"),
        ),
        (
            "double_quote_inches",
            "We ordered a 12\" pizza.",
            Value("12\"", "QUANTITY", 12.0, "in"),
        ),
        (
            "two_apostrophes_inches",
            "Buy 5'' screws.",
            Value("5''", "QUANTITY", 5.0, "in"),
        ),
        (
            "closing_quote_not_inches",
            "He said \"I paid 12\" and left.",
            Not("12\"", "QUANTITY"),
        ),
        (
            "single_quoted_not_feet",
            "'I paid 12' he said.",
            Not("12'", "QUANTITY"),
        ),
        (
            "decade_apostrophe_not_feet",
            "It was big in the 90's.",
            Not("90'", "QUANTITY"),
        ),
        (
            "match_minute_not_feet",
            "He scored in the 45' minute.",
            Not("45'", "QUANTITY"),
        ),
    ]);
}

#[test]
fn number_notations_of_other_conventions() {
    use Want::*;
    check(&[
        (
            "indian_grouping",
            "The flat cost 3,45,000 rupees.",
            Value("3,45,000 rupees", "MONEY", 345_000.0, "INR"),
        ),
        (
            "indian_grouping_crore_size",
            "Turnout was 12,34,56,789 in all.",
            Value("12,34,56,789", "CARDINAL", 123_456_789.0, ""),
        ),
        (
            "continental_decimal_comma",
            "The bill came to 2.345,67 euros.",
            Value("2.345,67 euros", "MONEY", 2345.67, "EUR"),
        ),
        (
            "continental_two_dots",
            "Some 1.234.567 votes were cast.",
            Value("1.234.567", "CARDINAL", 1_234_567.0, ""),
        ),
        (
            "one_dot_group_stays_decimal",
            "It grew 2.345 times.",
            Value("2.345", "CARDINAL", 2.345, ""),
        ),
        (
            "version_not_grouping",
            "Install version 1.2.3 today.",
            Not("1.2.3", "CARDINAL"),
        ),
        (
            "list_not_indian",
            "Pick 1,2,3 or 4.",
            Not("1,2,3", "CARDINAL"),
        ),
        (
            "hyphen_mixed_fraction",
            "Drill a 2-3/4 inch hole.",
            Value("2-3/4 inch", "QUANTITY", 2.75, "in"),
        ),
        (
            "point_said_between_digits",
            "Growth was 1 point 1 last year.",
            Value("1 point 1", "CARDINAL", 1.1, ""),
        ),
        (
            "half_before_scale",
            "It cost two and a half billion to build.",
            Value("two and a half billion", "CARDINAL", 2.5e9, ""),
        ),
        (
            "quarter_before_scale",
            "One and a quarter million came.",
            Value("One and a quarter million", "CARDINAL", 1.25e6, ""),
        ),
        (
            "restated_in_brackets_words_first",
            "The contract runs forty-five (45) days.",
            Value("forty-five (45)", "CARDINAL", 45.0, ""),
        ),
        (
            "restated_in_brackets_digits_first",
            "Bring 12 (twelve) copies.",
            Value("12 (twelve)", "CARDINAL", 12.0, ""),
        ),
        (
            "brackets_with_other_number_apart",
            "Bring 12 (fifteen) copies.",
            Not("12 (fifteen)", "CARDINAL"),
        ),
        (
            "millions_of_euros_code",
            "Revenue reached 45 MEUR in 2023.",
            Value("45 MEUR", "MONEY", 45e6, "EUR"),
        ),
        (
            "crore_abbreviated_after_amount",
            "The scheme costs Rs 5,000 cr, India's budget says.",
            Value("Rs 5,000 cr", "MONEY", 5e10, "INR"),
        ),
        (
            "cr_after_plain_number_not_crore",
            "The module is worth 3 cr toward the degree.",
            Not("3 cr", "CARDINAL"),
        ),
        (
            "lacs_spelling",
            "Some 3 lacs attended.",
            Value("3 lacs", "CARDINAL", 3e5, ""),
        ),
        (
            "krores_spelling",
            "It cost three hundred krores.",
            Value("three hundred krores", "CARDINAL", 3e9, ""),
        ),
        (
            "minus_before_decimal_point",
            "Rates of -.5 pct held.",
            Value("-.5 pct", "PERCENT", -0.5, "%"),
        ),
        (
            "thousands_of_dollars_code",
            "Orders of 300 kUSD arrived.",
            Value("300 kUSD", "MONEY", 3e5, "USD"),
        ),
    ]);
}

#[test]
fn ordinals_written_as_one_word_or_with_a_dash() {
    use Want::*;
    check(&[
        (
            "joined_ordinal",
            "It was the seventythird time.",
            Value("seventythird", "ORDINAL", 73.0, ""),
        ),
        (
            "joined_ordinal_twenty",
            "Her twentyfifth birthday.",
            Value("twentyfifth", "ORDINAL", 25.0, ""),
        ),
        (
            "em_dash_ordinal",
            "The seventy—third edition.",
            Value("seventy—third", "ORDINAL", 73.0, ""),
        ),
        (
            "joined_cardinal",
            "About twentyfive people came.",
            Value("twentyfive", "CARDINAL", 25.0, ""),
        ),
        (
            "rank_not_fraction",
            "A fifth consecutive year of growth.",
            Value("fifth", "ORDINAL", 5.0, ""),
        ),
        (
            "word_starting_with_a_ten_is_no_number",
            "The fortyish crowd cheered.",
            Not("fortyish", "CARDINAL"),
        ),
    ]);
}
