//! What the table says of a code, a mark or a symbol: the code as kept, its names, its minor
//! unit, and a code, mark or symbol read as written.

use super::table;

/// The code as the table keeps it ("EUR" → the table's "EUR"), for a code read off a figure.
pub fn known(code: &str) -> Option<&'static str> {
    table().codes.get(code).map(|(c, _, _)| *c)
}

/// Whether `word` is the singular name of the currency `code` ("dollar" of USD, "euro", "yen"):
/// what "a" counts one of ("a dollar"), unlike a code, a plural or "sterling".
pub fn singular_name(code: &str, word: &str) -> bool {
    table().singular.get(code).is_some_and(|s| *s == word)
}

/// Whether `word` (lower case) opens the English name of the currency `code` ("israeli" of
/// "Israeli new shekel", "brazilian" of "Brazilian real"): a nationality that confirms it.
pub fn name_opens_with(code: &str, word: &str) -> bool {
    table().first.get(code).is_some_and(|f| *f == word)
}

/// Whether amounts in the currency are written without hundredths ("Rp 50.000" is fifty
/// thousand rupiah).
pub fn whole_only(code: &str) -> bool {
    table().whole.contains_key(code)
}

/// Whether the currency's minor unit is a thousandth of it ("KWD": 1,000 fils a dinar), as
/// ISO 4217 gives it; else a hundredth.
pub fn in_thousandths(code: &str) -> bool {
    table().thousandths.contains_key(code)
}

/// Whether a currency's hundredths are cents: a dollar's, the euro's, the rand's, or a rupee's
/// or shilling's that is divided into cents (Kenya, Sri Lanka, Mauritius, Seychelles).
pub fn in_cents(code: &str) -> bool {
    matches!(code, "EUR" | "ZAR" | "KES" | "LKR" | "MUR" | "SCR")
        || table().dollars.contains_key(code)
}

/// An ISO code written in capitals ("KWD"), or in any case when `attached` to the number
/// ("42myr"), or apart from it in lower case when the currency is current and its code no
/// common English word ("aed 40", "40 kwd"): lower-case codes are too often words ("all",
/// "top", "cup"), and a former currency's code in lower case is more likely a typo or a word.
pub fn code(s: &str, attached: bool) -> Option<&'static str> {
    // Most words asked are not of three bytes: the length first.
    if s.len() != 3 {
        return None;
    }
    let upper_case = s.bytes().all(|b| b.is_ascii_uppercase());
    let lower_case = s.bytes().all(|b| b.is_ascii_lowercase());
    if !(attached || upper_case || lower_case) {
        return None;
    }
    // Upper-cased on the stack: this is asked of many three-letter words (only ASCII bytes
    // change, so the key is as valid UTF-8 as `s`, and is looked up as bytes).
    let mut upper = [0u8; 3];
    upper.copy_from_slice(s.as_bytes());
    upper.make_ascii_uppercase();
    let &(iso, word, current) = table().codes.get_bytes(&upper)?;
    let ok = attached
        || upper_case && !word
        || lower_case && current && !word && !crate::statistics::units::code_needs_caps(s);
    ok.then_some(iso)
}

/// A one-character currency mark of one currency ("₴", "₸"): asked of marks beyond ASCII.
pub fn mark(c: char) -> Option<&'static str> {
    table()
        .marks
        .iter()
        .find(|(m, _)| *m == c)
        .map(|(_, code)| *code)
}

/// Letters written before "$", "£" or "¥" that name one currency ("NT" and "$": TWD, "E" and
/// "£": EGP), case as written.
pub fn prefixed(letters: &str, mark: &str) -> Option<&'static str> {
    if letters.len() > 4 {
        return None;
    }
    let key = format!("{letters}{mark}");
    table().prefixed.get(key.as_str()).copied()
}

/// A local symbol as written ("RM", "zł", "Kč"), or a symbol of three or four letters in
/// mixed case written with its inner letters in the other case ("KSh" for CLDR's "Ksh", "Tsh"
/// for "TSh"): [`symbol_cased`].
pub fn symbol(s: &str) -> Option<&'static str> {
    table().symbols.get(s).copied().or_else(|| symbol_cased(s))
}

/// A symbol of letters written in mixed case, a capital first, matched whatever the case of
/// its inner letters: the forms a writer gives it, its capital and then small letters ("Ksh"),
/// or a capital second ("KSh"). Not a word in capitals ("MTN", "NFK": acronyms) nor in lower
/// case, and only ASCII letters.
fn symbol_cased(s: &str) -> Option<&'static str> {
    let b = s.as_bytes();
    let mixed = (3..=4).contains(&b.len())
        && b.iter().all(u8::is_ascii_alphabetic)
        && b[0].is_ascii_uppercase()
        && b[1..].iter().any(u8::is_ascii_lowercase);
    if !mixed {
        return None;
    }
    let mut small = s.to_ascii_lowercase();
    small.replace_range(..1, &s[..1]);
    let mut second = small.clone();
    second.replace_range(1..2, &s[1..2].to_ascii_uppercase());
    [small, second]
        .iter()
        .filter(|k| k.as_str() != s)
        .find_map(|k| table().symbols.get(k.as_str()).copied())
}
