//! Minor units by name ("paise", "kopeks", "agorot", "fils"): the words a currency's hundredths
//! (or thousandths) are called, alone after a number ("50 paise") or after a whole amount
//! ("15 dirhams and 25 fils"). CLDR, which the generated currency lexicon comes from, names no
//! minor units, so they are listed here, each with the currencies it belongs to.

/// Words every currency's hundredths may be written as after a whole amount ("$4 and 20
/// cents", "£5 30p"); alone they are read by the currency table ([`super::super::units`]).
const ANY_CURRENCY: &[&str] = &["cent", "cents", "c", "¢", "pence", "penny", "pennies", "p"];

/// A minor unit's name (lower case) and the currencies it belongs to, the one read when the
/// text names no country first. Singulars that are everyday English words ("ban", "agora",
/// "para", "filler") are left out: after a number they are not money.
const NAMED: &[(&str, &[&str])] = &[
    ("kopek", &["RUB"]),
    ("kopeks", &["RUB"]),
    ("kopeck", &["RUB"]),
    ("kopecks", &["RUB"]),
    ("kopeyka", &["RUB"]),
    ("kopeyki", &["RUB"]),
    ("kopiyka", &["UAH"]),
    ("kopiykas", &["UAH"]),
    ("kopiyok", &["UAH"]),
    ("paisa", &["INR"]),
    ("paise", &["INR"]),
    ("sen", &["MYR"]),
    ("sens", &["MYR"]),
    ("halala", &["SAR"]),
    ("halalas", &["SAR"]),
    ("halalah", &["SAR"]),
    ("halalahs", &["SAR"]),
    ("satang", &["THB"]),
    ("pesewa", &["GHS"]),
    ("pesewas", &["GHS"]),
    ("kobo", &["NGN"]),
    ("grosz", &["PLN"]),
    ("groszy", &["PLN"]),
    ("öre", &["SEK"]),
    ("eurocent", &["EUR"]),
    ("eurocents", &["EUR"]),
    ("agorot", &["ILS"]),
    ("agorat", &["ILS"]),
    ("agurot", &["ILS"]),
    ("stotinka", &["BGN"]),
    ("stotinki", &["BGN"]),
    ("stotinkas", &["BGN"]),
    ("tetri", &["GEL"]),
    ("luma", &["AMD"]),
    ("haléř", &["CZK"]),
    ("haléřů", &["CZK"]),
    ("haleru", &["CZK"]),
    ("fillér", &["HUF"]),
    ("kuruş", &["TRY"]),
    ("kurus", &["TRY"]),
    ("rappen", &["CHF"]),
    ("eyrir", &["ISK"]),
    ("aurar", &["ISK"]),
    ("millime", &["TND"]),
    ("millimes", &["TND"]),
    ("baisa", &["OMR"]),
    ("baisas", &["OMR"]),
    ("baiza", &["OMR"]),
    ("baizas", &["OMR"]),
    ("thebe", &["BWP"]),
    ("ngwee", &["ZMW"]),
    ("tambala", &["MWK"]),
    ("toea", &["PGK"]),
    ("poisha", &["BDT"]),
    ("laari", &["MVR"]),
    ("tyiyn", &["KGS"]),
    ("qapik", &["AZN"]),
    ("qəpik", &["AZN"]),
    // Shared by several currencies.
    ("bani", &["RON", "MDL"]),
    ("tiyin", &["UZS", "KZT"]),
    ("tiyins", &["UZS", "KZT"]),
    ("øre", &["NOK", "DKK"]),
    (
        "centavo",
        &[
            "MXN", "BRL", "ARS", "COP", "CLP", "PHP", "CUP", "DOP", "BOB", "GTQ", "HNL", "NIO",
            "MZN", "CVE",
        ],
    ),
    (
        "centavos",
        &[
            "MXN", "BRL", "ARS", "COP", "CLP", "PHP", "CUP", "DOP", "BOB", "GTQ", "HNL", "NIO",
            "MZN", "CVE",
        ],
    ),
    ("céntimo", &["PEN", "CRC", "PYG", "VES"]),
    ("céntimos", &["PEN", "CRC", "PYG", "VES"]),
    ("centimo", &["PEN", "CRC", "PYG", "VES"]),
    ("centimos", &["PEN", "CRC", "PYG", "VES"]),
    ("centésimo", &["UYU", "PAB"]),
    ("centésimos", &["UYU", "PAB"]),
    ("centesimo", &["UYU", "PAB"]),
    ("centesimos", &["UYU", "PAB"]),
    (
        "centime",
        &[
            "CHF", "XOF", "XAF", "HTG", "GNF", "RWF", "BIF", "DJF", "KMF", "XPF", "CDF",
        ],
    ),
    (
        "centimes",
        &[
            "CHF", "XOF", "XAF", "HTG", "GNF", "RWF", "BIF", "DJF", "KMF", "XPF", "CDF",
        ],
    ),
    ("piastre", &["EGP", "LBP", "SYP", "SDG", "SSP"]),
    ("piastres", &["EGP", "LBP", "SYP", "SDG", "SSP"]),
    ("piaster", &["EGP", "LBP", "SYP", "SDG", "SSP"]),
    ("piasters", &["EGP", "LBP", "SYP", "SDG", "SSP"]),
    // A hundredth of the dirham, a thousandth of the dinars: read only after a whole amount,
    // whose currency says which ("15 dirhams and 25 fils", "3 dinars 250 fils").
    ("fils", &["AED", "KWD", "BHD", "JOD", "IQD", "YER"]),
];

/// Whether the word (lower case) names a minor unit written after a whole amount.
pub(super) fn is_minor(lower: &str) -> bool {
    ANY_CURRENCY.contains(&lower) || NAMED.iter().any(|(w, _)| *w == lower)
}

/// The currencies a minor unit's name (lower case) belongs to, when it names some. Asked after
/// every number followed by a word (`minor_alone`), so natively the names are looked up in a
/// map made once (one hash and one compare, where a binary search of the sorted names cost
/// ~400 instructions in eight compares: `hashed_names_read_as_the_list`); the WASM build walks
/// the list (no index to download).
pub(super) fn currencies_of(lower: &str) -> Option<&'static [&'static str]> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        hashed().get(lower).copied()
    }
    #[cfg(target_arch = "wasm32")]
    listed(lower)
}

/// [`NAMED`] walked in order: the WASM build's look-up, and the hashed one's reference.
#[cfg(any(test, target_arch = "wasm32"))]
fn listed(lower: &str) -> Option<&'static [&'static str]> {
    NAMED.iter().find(|(w, _)| *w == lower).map(|&(_, c)| c)
}

/// [`NAMED`] by name, made at the first question (a name listed twice would keep its first
/// currencies, as [`listed`] finds them).
#[cfg(not(target_arch = "wasm32"))]
type Named = std::collections::HashMap<
    &'static str,
    &'static [&'static str],
    std::hash::BuildHasherDefault<crate::statistics::lexicon::FxHasher>,
>;

#[cfg(not(target_arch = "wasm32"))]
fn hashed() -> &'static Named {
    static HASHED: std::sync::OnceLock<Named> = std::sync::OnceLock::new();
    HASHED.get_or_init(|| {
        let mut map = Named::with_capacity_and_hasher(NAMED.len(), Default::default());
        for &(w, codes) in NAMED {
            map.entry(w).or_insert(codes);
        }
        map
    })
}

/// The currencies a minor unit written alone after a number is read as ("50 paise", "30
/// centavos"): those whose minor unit has the same size, so that the value is right whichever
/// the text turns out to mean ("fils" is a hundredth of one and a thousandth of another).
pub(super) fn alone(lower: &str) -> Option<&'static [&'static str]> {
    let codes = currencies_of(lower)?;
    let first = super::currencies::in_thousandths(codes.first()?);
    codes
        .iter()
        .all(|c| super::currencies::in_thousandths(c) == first)
        .then_some(codes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_listed_once() {
        let mut names: Vec<&str> = NAMED.iter().map(|(w, _)| *w).collect();
        names.sort_unstable();
        let n = names.len();
        names.dedup();
        assert_eq!(names.len(), n);
    }

    #[test]
    fn hashed_names_read_as_the_list() {
        let mut words: Vec<String> = Vec::new();
        for (w, _) in NAMED {
            words.push(w.to_string());
            words.push(format!("{w}s"));
            words.push(w.to_uppercase());
            let mut cut = w.chars();
            cut.next_back();
            words.push(cut.as_str().to_string());
            words.push(format!("a{w}"));
        }
        for w in ANY_CURRENCY {
            words.push(w.to_string());
        }
        for w in [
            "", "jobs", "people", "dollars", "cents", "zzzz", "a", "öre", "søre", "~",
        ] {
            words.push(w.to_string());
        }
        for w in crate::statistics::lexicon::table().words() {
            words.push(w.to_string());
        }
        let mut found = 0;
        for w in &words {
            let listed = listed(w);
            found += usize::from(listed.is_some());
            assert_eq!(currencies_of(w), listed, "{w:?}");
        }
        assert!(found >= NAMED.len(), "only {found} found");
    }
}
