//! Vague quantities: "thousands of", "hundreds", "dozens", "tens of thousands", "a few hundred",
//! "several million", "1000s of". They name no exact number: the figure has no `value`, only a
//! lower bound (`min`: a plural means at least two of the unit, so "thousands" is at least 2,000)
//! and the qualifier "at least". "millions of pounds" is an amount of money (`pounds.rs`).

use super::cursor::Cx;
use super::detail::Detail;
use super::Found;

/// Words that make a plural of a scale vague on their own ("tens of thousands", "scores of").
const VAGUE_UNITS: &[(&str, f64)] = &[("tens", 10.0), ("scores", 20.0)];

/// Words before a singular or plural scale that leave its count vague: "a few hundred",
/// "several thousand", "many millions".
const VAGUE_COUNTS: &[&[&str]] = &[&["a", "few"], &["several"], &["many"]];

/// The unit of a plural scale word at `j` ("thousands" → 1,000; "dozens" → 12), or of a digit
/// scale written with a plural "s" ("1000s", "100s").
fn plural_scale(cx: &Cx, j: usize) -> Option<(f64, usize)> {
    if cx.is_digits(j) && cx.is(j + 1, "s") && cx.attached(j + 1) {
        let v = match cx.s(j) {
            "100" => 100.0,
            "1000" => 1000.0,
            _ => return None,
        };
        return (!cx.is_word(j + 2) || !cx.attached(j + 2)).then_some((v, j + 2));
    }
    let s = cx.lower(j);
    if !s.ends_with('s') {
        return None;
    }
    let m = cx.word(j)?.scale?;
    Some((m, j + 1))
}

/// Token `i` is a word that opens only a vague quantity ("tens", "scores", "several", "many"):
/// the scan's cheap test before the grammars run.
pub fn opens(cx: &Cx, i: usize) -> bool {
    // `Cx::is` compares the token's short length first, without finding its end or slicing
    // it, which `is_any` does at every call (asked of ~16,000 known words of news300k, nearly
    // all of another length; `opens_matches_the_word_list` holds the two to each other).
    cx.is(i, "tens") || cx.is(i, "many") || cx.is(i, "scores") || cx.is(i, "several")
}

/// A vague quantity starting at token `i`.
pub fn parse(cx: &Cx, i: usize) -> Option<Found> {
    if cx.is(i, "a") && cx.is(i + 1, "couple") {
        return couple(cx, i);
    }
    // "a few hundred", "several thousand(s)".
    let counted = VAGUE_COUNTS.iter().find_map(|words| {
        let n = words.len();
        let all = (0..n).all(|k| cx.is(i + k, words[k]) && (k == 0 || cx.near(i + k)));
        (all && cx.near(i + n)).then_some(i + n)
    });
    let (mut min, mut end) = if let Some(j) = counted {
        let w = cx.word(j)?;
        let m = w.scale.filter(|&m| m >= 100.0)?;
        // "a few hundred thousand": the scale goes on.
        (2.0 * m, j + 1)
    } else if let Some(&(_, u)) = VAGUE_UNITS.iter().find(|(w, _)| cx.is(i, w)) {
        // "tens of thousands", "scores of people".
        if cx.is(i, "tens") && !(cx.is(i + 1, "of") && plural_scale(cx, i + 2).is_some()) {
            return None;
        }
        (2.0 * u, i + 1)
    } else {
        let (m, e) = plural_scale(cx, i)?;
        (2.0 * m, e)
    };
    // "hundreds of thousands of millions": each further scale multiplies the bound.
    for _ in 0..3 {
        if cx.is(end, "of") && cx.near(end) && cx.near(end + 1) {
            if let Some((m, e)) = plural_scale(cx, end + 1) {
                min *= m;
                end = e;
                continue;
            }
        } else if counted.is_some() && cx.near(end) {
            if let Some(m) = cx.word(end).and_then(|w| w.scale).filter(|&m| m >= 1000.0) {
                min *= m;
                end += 1;
                continue;
            }
        }
        break;
    }
    // "scores" alone is a verb or a result ("she scores"): only "scores of".
    if cx.is(i, "scores") && !cx.is(end, "of") {
        return None;
    }
    let mut detail = Detail::default();
    let extra = detail.extra_mut();
    extra.min = Some(min);
    extra.qualifier = Some("at least");
    // "millions of pounds", "thousands of dollars".
    if cx.is(end, "of") && cx.near(end) && cx.near(end + 1) {
        if let Some((iso, minor)) = super::measures::currency_word(cx, end + 1) {
            if minor == 1.0 {
                detail.set_unit(Some(iso.into()));
                return Some(Found::new(i, end + 2, "MONEY", detail));
            }
        }
        // "millions of pounds": sterling unless the sentence weighs something.
        if super::pounds::are_money(cx, i, end + 1, min) {
            detail.set_unit(Some("GBP".into()));
            return Some(Found::new(i, end + 2, "MONEY", detail));
        }
    }
    Some(Found::new(i, end, "CARDINAL", detail))
}

/// "a couple of tries", "a couple of them": two, the CARDINAL `a couple` as "a dozen" (branch
/// `figs42`). A length ("a couple of weeks"), an amount ("a couple of quid", "a couple of
/// hundred") or a number after "of" are other grammars'; "a couple" alone is two people.
fn couple(cx: &Cx, i: usize) -> Option<Found> {
    let k = i + 3;
    if !(cx.near(i + 1) && cx.is(i + 2, "of") && cx.near(i + 2) && cx.near(k) && cx.is_word(k)) {
        return None;
    }
    let amount = cx.word(k).is_some_and(|w| {
        w.scale.is_some()
            || w.time_unit.is_some()
            || w.measure.is_some()
            || w.currency.is_some()
            || w.unit.is_some()
            || w.ten.is_some()
    });
    let s = cx.s(k);
    let counted = cx.is_any(
        k,
        &[
            "them", "us", "you", "those", "these", "the", "my", "his", "her", "their", "our",
            "your", "its", "people", "men", "women", "children",
        ],
    ) || s.ends_with('s') && !s.ends_with("ss") && !cx.capitalised(k);
    (counted && !amount).then(|| Found::new(i, i + 2, "CARDINAL", Detail::value(2.0)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::statistics::tokens::{tokenize, Words};

    /// Asking `Cx::is` word by word changes nothing: `opens` against `is_any` of the list at
    /// every token of the four words in three cases, with an "s" or a letter more or less,
    /// glued to marks and digits, with non-ASCII letters that lower-case near them.
    #[test]
    fn opens_matches_the_word_list() {
        let mut text = String::new();
        for w in [
            "tens", "scores", "several", "many", "ten", "score", "man", "seven",
        ] {
            let forms = [
                w.to_string(),
                w.to_ascii_uppercase(),
                format!("{}{}", w[..1].to_ascii_uppercase(), &w[1..]),
                format!("{w}s"),
                w[1..].to_string(),
                format!("x{w}"),
                w.replacen('s', "ſ", 1),
                w.replacen('m', "\u{212a}", 1),
                format!("\u{130}{}", &w[1..]),
            ];
            for f in forms {
                text.push_str(&format!("{f} 5 ({f}) {f}-{f} 3{f}, {f}. ÿ{f} "));
            }
        }
        let mut toks = Vec::new();
        let mut words = Words::default();
        tokenize(&text, &mut toks, &mut words);
        let cx = Cx::new(&text, &toks, &words);
        let mut opened = 0;
        for i in 0..=toks.len() {
            let want = cx.is_any(i, &["tens", "scores", "several", "many"]);
            assert_eq!(opens(&cx, i), want, "token {i} {:?}", cx.s(i));
            opened += usize::from(want);
        }
        assert!(opened > 40, "the words are found ({opened})");
    }
}
