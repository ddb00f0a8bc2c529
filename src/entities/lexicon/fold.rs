//! Latin letters with diacritics folded to their plain ASCII letters ("tomás" → "tomas"): the
//! given-name lists built from data are mostly written without accents, while news writes
//! "Tomás", "José", "Søren", "Łukasz". Only a lower-cased word wholly of ASCII and such letters
//! folds; any other letter (Greek, Cyrillic, CJK …) leaves the word as it is.

/// The plain letters of one lower-case Latin letter with a diacritic, or `None`.
fn plain(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' | 'ġ' | 'ģ' | 'ĝ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// `lower` with its Latin diacritics folded, written into `out` (cleared first); false, and
/// `out` unspecified, when `lower` is ASCII (nothing to fold) or holds a letter that does not fold.
pub fn fold_latin(lower: &str, out: &mut String) -> bool {
    if lower.is_ascii() {
        return false;
    }
    out.clear();
    for c in lower.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if let Some(p) = plain(c) {
            out.push_str(p);
        } else {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::fold_latin;

    #[test]
    fn latin_letters_fold_and_others_do_not() {
        let mut out = String::new();
        for (word, folded) in [
            ("tomás", Some("tomas")),
            ("søren", Some("soren")),
            ("łukasz", Some("lukasz")),
            ("françois", Some("francois")),
            ("zoë", Some("zoe")),
            ("straße", Some("strasse")),
            ("ștefan", Some("stefan")),
            ("anna", None),
            ("δημήτρης", None),
            ("jiří-łaska", Some("jiri-laska")),
            ("東京", None),
        ] {
            let done = fold_latin(word, &mut out);
            assert_eq!(done.then_some(out.as_str()), folded, "{word}");
        }
    }
}
