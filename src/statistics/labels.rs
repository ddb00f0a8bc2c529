//! Numbers that label rather than count: telephone numbers, "page 12", "Flight 284", "No. 5",
//! "called 911", "F-35", "the FTSE 100", "Windows 11". Read by the scan after a figure is
//! found (`is_reference_number`), and by `starts` and `measures::score` (`label_word`).

use super::cursor::Cx;
use super::titled::{emergency_line, list_item};
/// "went 14-0-1", "on a 1-6-2 skid", "following a 9-2-1 start": three counts up to 162 joined
/// by hyphens with nothing between, a team's wins, losses and ties (or draws); and four,
/// a bowler's overs, maidens, runs and wickets ("Cork 23-5-71-1"). The record has no field of
/// its own (a score holds two), so it is set aside as a whole rather than read as counts.
/// Returns the token after it. Dates ("9-2-21") are read before this.
pub(super) fn record_of_three(cx: &Cx, i: usize) -> Option<usize> {
    let count = |k: usize| {
        cx.is_digits(k) && cx.s(k).len() <= 3 && cx.s(k).parse::<u16>().is_ok_and(|v| v <= 162)
    };
    let dash = |k: usize| cx.is(k, "-") && cx.attached(k) && cx.attached(k + 1);
    let three = count(i) && dash(i + 1) && count(i + 2) && dash(i + 3) && count(i + 4);
    let end = if three && dash(i + 5) && count(i + 6) {
        i + 7
    } else {
        i + 5
    };
    let glued_before = i > 0 && cx.attached(i) && !cx.is_any(i - 1, &["(", "\"", "“"]);
    let goes_on = cx.attached(end)
        && (cx.is_any(end, &["-", "."]) || !cx.is_any(end, &[",", ")", ";", ":", "”", "\""]));
    (three && !glued_before && !goes_on).then_some(end)
}

/// "+44 20 7946 0958", "(206) 555-1212", "138-2010-2015": digits in three or more groups
/// joined by hyphens, spaces, dots or brackets. Returns the token after the number.
pub(super) fn phone_like(cx: &Cx, i: usize) -> Option<usize> {
    let plus = i > 0 && cx.is_any(i - 1, &["+", "("]) && cx.attached(i);
    let mut j = i;
    let mut digits = 0;
    let mut groups = 0;
    while j < cx.len() {
        if cx.is_digits(j) {
            if j > i && !(cx.attached(j) || cx.gap_bytes(j) == 1) {
                break;
            }
            digits += cx.s(j).len();
            groups += 1;
            j += 1;
        } else if cx.is_any(j, &["-", ".", ")", "("])
            && cx.attached(j)
            && (cx.is_digits(j + 1) || cx.is(j, ")"))
        {
            j += 1;
        } else {
            break;
        }
    }
    let phone = (groups >= 3 && digits >= 8) || (plus && groups >= 2 && digits >= 7);
    (phone && (plus || !thousands_before_a_count(cx, i, j))).then_some(j)
}

/// "12 345 678 inhabitants", "12.345.678 people": one to three digits, then groups of exactly
/// three, all joined by one space or all by a dot, before a plural noun of things counted: a
/// number grouped by thousands, not a telephone number ("Call 912 345 678 now").
fn thousands_before_a_count(cx: &Cx, i: usize, end: usize) -> bool {
    if !(1..=3).contains(&cx.s(i).len()) || !cx.near(end) || !cx.is_word(end) {
        return false;
    }
    let dots = cx.is(i + 1, ".") && cx.attached(i + 1);
    let step = if dots { 2 } else { 1 };
    let span = end - i - 1;
    if span % step != 0 || span / step < 2 {
        return false;
    }
    let groups_of_three = (i + step..end).step_by(step).all(|k| {
        let joined = if dots {
            cx.is(k - 1, ".") && cx.attached(k - 1) && cx.attached(k)
        } else {
            cx.gap_bytes(k) == 1 && !cx.attached(k)
        };
        joined && cx.is_digits(k) && cx.s(k).len() == 3
    });
    groups_of_three && super::numbers::plural_count_noun(cx, end)
}

/// "page 12", "Flight 284", "room 101": a label, not a quantity.
pub(super) fn is_reference_number(cx: &Cx, i: usize) -> bool {
    reference_number(cx, i, true)
}

/// Whether token `k` is a word of ASCII lower-case letters only ("the", "about"): after one,
/// the tests below that need a capital, a mark or a bracket before the number cannot pass.
pub(super) fn lower_case_word(cx: &Cx, k: usize) -> bool {
    cx.is_word(k) && cx.s(k).bytes().all(|b| b.is_ascii_lowercase())
}

/// [`is_reference_number`], with the shortcut after a lower-case word (`gate`) or without;
/// `label_gate_tests` compares the two.
pub(super) fn reference_number(cx: &Cx, i: usize, gate: bool) -> bool {
    let label = |k: usize| label_word(cx, k);
    // "No. 5" / "no 5" as a label, and "page 12", "p. 12".
    let dotted = |k: usize| cx.is(k, ".") && k > 0 && (label(k - 1) || cx.is(k - 1, "no"));
    if gate && i > 0 && cx.is_digits(i) && lower_case_word(cx, i - 1) {
        // The others need a capital before the number (a label, a version, an acronym, a
        // name's word), a ".", "-", "," or bracket there, or digits before a hyphen.
        return label(i - 1)
            || lower_label(cx, i)
            || lettered(cx, i)
            || dialled(cx, i)
            || emergency_line(cx, i)
            || list_item(cx, i)
            || listed_label(cx, i)
            || super::measures::labelled_number(cx, i)
            || super::named_numbers::glued_to_word(cx, i);
    }
    i > 0
        && cx.is_digits(i)
        && (label(i - 1)
            || lower_label(cx, i)
            || capital_label(cx, i)
            || version_of_name(cx, i)
            || hyphened_name(cx, i)
            || lettered(cx, i)
            || cited(cx, i)
            || dialled(cx, i)
            || emergency_line(cx, i)
            || list_item(cx, i)
            || listed_label(cx, i)
            || super::measures::labelled_number(cx, i)
            || dotted(i - 1)
            || named_by_acronym(cx, i)
            || named_by_title_word(cx, i)
            || super::named_numbers::glued_to_word(cx, i)
            || code_tail(cx, i))
}

/// "junctions 10 and 11", "pages 4 or 5", "platforms 3 to 6": the second number of a list
/// after a plural label word is a label as the first is (branch `figs30`). A singular label
/// leaves it a count ("gate 5 and 300 passengers").
fn listed_label(cx: &Cx, i: usize) -> bool {
    i >= 3
        && cx.is_any(i - 1, &["and", "or", "to"])
        && cx.is_digits(i - 2)
        && cx.s(i - 3).ends_with('s')
        && label_word(cx, i - 3)
}

/// Whether the word at `k` labels the number after it: "page", "Chapter", "Flight", "#", or
/// a product's name in camel case ("iPhone").
pub(super) fn label_word(cx: &Cx, k: usize) -> bool {
    // One match on the lower case (a switch on the length, then a few compares) where a list
    // compared word by word cost ~420 instructions a call. A digit run matches none of them.
    matches!(
        cx.lower(k).as_str(),
        "page" | "pages" | "p" | "pp" | "chapter" | "section" | "paragraph" | "footnote" |
        "article" | "clause" | "flight" | "route" | "platform" | "room" | "#" | "ref" |
        "studio" | "gate" | "terminal" | "highway" | "interstate" | "episode" | "volume" |
        "vol" | "version" | "model" | "tier" | "phase" | "level" | "category" | "psalm" |
        "ward" | "exhibit" | "figure" | "fig" | "table" | "item" | "lane" | "pier" | "block" |
        "row" | "seat" | "channel" | "radio" | "junction" | "junctions" | "platforms" |
        "gates" | "sections" | "chapters" | "articles" | "clauses" | "rooms" | "routes" |
        "episodes" | "volumes" | "categories" | "phases" | "wards" | "lanes" | "seats" |
        "levels" | "rows" | "blocks" | "items" | "grade" | "grades"
    )
        // "iPhone 15", "iPad 10": a product's name written in camel case.
        || cx.is_word(k) && {
            let s = cx.s(k).as_bytes();
            s.first().is_some_and(u8::is_ascii_lowercase) && s.iter().any(u8::is_ascii_uppercase)
        }
}

/// "Windows 11", "the Boeing 737", "Apollo 11 landed", "Nikkei 225 (N225)", "the 787-9
/// Dreamliner" after "Boeing": a whole number after a word of a name, part of that name, not
/// a count. The name's word is not a sentence's first (a capital there says nothing), a month,
/// a unit or a currency; the number has at most four digits and is no year ("Tokyo 2020" is
/// read as a date); after it comes what ends a name: another word of a name ("737 Max"), a
/// closing mark, or a word that no count comes before ("in", "was"). So "told Reuters 40
/// people" and "visited Paris 3 times" keep their counts.
#[inline(never)]
fn named_by_title_word(cx: &Cx, i: usize) -> bool {
    let k = i - 1;
    let digits = cx.s(i);
    if !(cx.near(i)
        && !cx.attached(i)
        && (super::measures::name_word(cx, k) || mixed_case(cx, k))
        && !cx.sentence_start(k)
        && digits.len() <= 4
        && !(digits.len() == 4 && (b'1'..=b'2').contains(&digits.as_bytes()[0])))
    {
        return false;
    }
    if cx.word(k).is_some_and(|w| {
        w.currency.is_some() || w.measure.is_some() || w.time_unit.is_some() || w.starter
    }) {
        return false;
    }
    // "787-9": the name's number goes on after a hyphen.
    let mut j = i + 1;
    if cx.is(j, "-") && cx.attached(j) && cx.is_digits(j + 1) && cx.attached(j + 1) {
        j += 2;
    }
    if !cx.near(j) {
        return true;
    }
    let plural = |k: usize| cx.s(k).ends_with('s');
    (super::measures::name_word(cx, j) && !plural(j))
        || in_capitals(cx, j)
        || cx
            .punct(j)
            .is_some_and(|b| matches!(b, b'.' | b',' | b';' | b')' | b'(' | b'!' | b'?'))
            && !(cx.is(j, ".") && cx.attached(j) && cx.is_digits(j + 1))
            // "Jones 10,987": a group of thousands goes on after the comma.
            && !(cx.is(j, ",")
                && cx.attached(j)
                && cx.attached(j + 1)
                && cx.is_digits(j + 1)
                && cx.s(j + 1).len() == 3)
        || cx.is_any(j, NAME_ENDS)
        || j == i + 1 && super::named_numbers::singular_word_after(cx, j, i)
}

/// Words that no count comes before but the number of a name does: "Windows 11 in October",
/// "the Nikkei 225 index", "the Boeing 737 programme".
const NAME_ENDS: &[&str] = &[
    "in",
    "on",
    "at",
    "and",
    "or",
    "for",
    "with",
    "from",
    "by",
    "which",
    "that",
    "is",
    "was",
    "has",
    "had",
    "will",
    "would",
    "can",
    "could",
    "index",
    "program",
    "programme",
    "mission",
    "series",
    "update",
    "edition",
    "model",
    "variant",
    "version",
    "jet",
    "jets",
    "aircraft",
    "airliner",
    "airliners",
    "rocket",
    "engine",
    "summit",
];

/// "called 911", "dial 999 now", "call 111 or 999", "call 101 quoting log 482": a number of three
/// or more digits dialled, not a count: nothing counted follows (not "called 300 voters",
/// "called 120 people"; a lower-case word that is no plural may follow: "quoting", "with").
#[inline(never)]
fn dialled(cx: &Cx, i: usize) -> bool {
    let dial = |k: usize| {
        cx.is_any(
            k,
            &[
                "call", "called", "calling", "calls", "dial", "dialled", "dialed", "dialling",
                "dialing", "ring", "rang",
            ],
        )
    };
    let at = if cx.is(i - 1, "or") && i >= 3 && cx.is_digits(i - 2) {
        // "call 111 or 999": the second number of the pair.
        i - 2
    } else {
        i
    };
    at > 0
        && dial(at - 1)
        && cx.near(at)
        && cx.s(i).len() >= 3
        && (!cx.near(i + 1)
            || !cx.is_word(i + 1)
            || cx.is_any(
                i + 1,
                &["or", "and", "for", "if", "immediately", "now", "to"],
            )
            || nothing_counted(cx, i + 1))
}

/// Whether the word at `k` after a dialled number counts nothing: a lower-case word that is
/// no plural ("quoting", "with", "straight"; not "voters", "people", "staff") and no unit.
fn nothing_counted(cx: &Cx, k: usize) -> bool {
    let lower = cx.lower(k);
    let w = lower.as_str();
    lower_case_word(cx, k)
        && (!w.ends_with('s') || w.ends_with("ss"))
        && !matches!(
            w,
            "people" | "children" | "men" | "women" | "staff" | "police"
        )
        && cx.word(k).is_none_or(|x| {
            x.measure.is_none()
                && x.currency.is_none()
                && x.scale.is_none()
                && x.time_unit.is_none()
        })
}

/// "F-35", "Su-57", "Covid-19", "A350-1000", "777-9": a number joined by a hyphen to a code
/// before it (a word with a capital or a digit), or to the number of a name already set
/// aside ("Boeing 787-9"). Not a lower-case word before the hyphen ("mid-2020", "top-10",
/// "under-18s").
#[inline(never)]
fn code_tail(cx: &Cx, i: usize) -> bool {
    if !(i >= 2 && cx.is(i - 1, "-") && cx.attached(i - 1) && cx.attached(i)) {
        return false;
    }
    let k = i - 2;
    let code = |k: usize| {
        let s = cx.s(k);
        cx.is_word(k)
            && s.bytes()
                .any(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            && cx
                .word(k)
                .is_none_or(|w| w.month.is_none() && w.currency.is_none())
    };
    // "A350-1000": the code's digits are a token of their own after its letters.
    code(k)
        || cx.is_digits(k) && (is_reference_number(cx, k) || k > 0 && cx.attached(k) && code(k - 1))
}

/// A word of two or more letters all in capitals: an acronym ("FTSE", "NHS") or a model's
/// name ("MAX").
pub(super) fn in_capitals(cx: &Cx, k: usize) -> bool {
    cx.is_word(k) && {
        let s = cx.s(k);
        s.len() >= 2 && s.bytes().all(|b| b.is_ascii_uppercase())
    }
}

/// "the FTSE 100", "the CAC 40", "call NHS 111", "the COP 29 summit": a whole number named
/// after an acronym, a name, not a quantity. Not a currency code ("EUR 40"), a month ("JAN 5"),
/// an era ("AD 79"), a score ("USA 2-1") or a grouped or decimal number ("BBC 2,000 jobs"), nor
/// a line in capitals ("STORM KILLS 12 IN TEXAS").
fn named_by_acronym(cx: &Cx, i: usize) -> bool {
    let capitals = |k: usize| in_capitals(cx, k);
    let k = i - 1;
    capitals(k)
        && cx.near(i)
        && cx.word(k).is_none_or(|w| {
            w.currency.is_none() && w.month.is_none() && w.weekday.is_none() && w.unit.is_none()
        })
        && !cx.is_any(k, &["AD", "BC", "CE", "BCE", "NO"])
        && !(k > 0 && capitals(k - 1))
        && !(cx.near(i + 1)
            && (capitals(i + 1)
                || cx.is_any(i + 1, &["-", "–", ",", ".", ":"]) && cx.is_digits(i + 2)))
}

/// "PlayStation", "McLaren", "YouTube": a capital, lower-case letters, and a capital after one
/// of them: a brand's or a name's word that `measures::name_word` (title case) leaves out.
fn mixed_case(cx: &Cx, k: usize) -> bool {
    let s = cx.s(k).as_bytes();
    cx.is_word(k)
        && s.first().is_some_and(u8::is_ascii_uppercase)
        && s.iter().all(u8::is_ascii_alphabetic)
        && s.windows(2)
            .any(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase())
}

/// Words that, capitalised, label the number after them: "Step 3:", "Stage 2 trials", "the
/// Wave 4 interviews", "Type 2 diabetes", "Part 2 of", a school year ("pupils in Year 6", "Year
/// 11 results"; a year of four digits is no label: the length is at most three). Lower case they may count ("two
/// stages"), so only with a capital (a sentence's first word included: "Step 3: mix").
const CAPITAL_LABELS: &[&str] = &[
    "step", "stage", "wave", "part", "act", "scene", "type", "grade", "class", "division", "zone",
    "district", "league", "band", "unit", "sector", "schedule", "series", "season", "day", "week",
    "game", "meal", "round", "lap", "year",
];

/// "Step 3:", "Stage 2 trials", "Wave 4 interviews": a capitalised word of
/// [`CAPITAL_LABELS`] right before a whole number of up to three digits: a label, not a count.
#[inline(never)]
fn capital_label(cx: &Cx, i: usize) -> bool {
    let k = i - 1;
    cx.capitalised(k)
        && cx.near(i)
        && !cx.attached(i)
        && cx.s(i).len() <= 3
        && cx.is_any(k, CAPITAL_LABELS)
}

/// "type 2 diabetes", "class 5 pupils", "stage 4 cancer", "Type 45 destroyers": a lower-case
/// word of a kind or a grade before a number of one or two digits is its label (branch
/// `newsfigs36`); not the stage of a story ("At this stage 40 people had died", "by that
/// stage 12%"), nor before a unit, a scale or a mark of an amount ("stage 3%"), nor a part of
/// a whole ("at stage 2 of 5").
#[inline(never)]
fn lower_label(cx: &Cx, i: usize) -> bool {
    let Some(k) = i.checked_sub(1) else {
        return false;
    };
    if !(cx.is_any(k, &["type", "class", "stage"])
        && cx.near(i)
        && !cx.attached(i)
        && cx.s(i).len() <= 2)
    {
        return false;
    }
    if k > 0
        && cx.is_any(
            k - 1,
            &["this", "that", "which", "what", "each", "every", "same"],
        )
    {
        return false;
    }
    let e = i + 1;
    if !cx.near(e) {
        return true;
    }
    if cx.attached(e) {
        return cx.is_any(e, &[",", ".", ";", ":", ")"]) && !cx.is_digits(e + 1);
    }
    if !cx.is_word(e) {
        return !cx.is_digits(e) && !cx.is_any(e, &["%", "-", "–", "/"]);
    }
    cx.word(e).is_none_or(|w| {
        w.measure.is_none() && w.currency.is_none() && w.scale.is_none() && w.unit.is_none()
    }) && !cx.is_any(e, &["per", "percent", "people", "times", "of"])
}

/// "USB 3.0", "Bluetooth 5.3", "Python 3.12", "HTTP 1.1": a decimal number (or "17.2.1")
/// right after a name's word (with a capital, not a sentence's first unless in camel or mixed
/// case) is the version of that name, not a quantity. Not a word with a figure's role
/// ("March 3.5", "Euro 2.5"), nor a number going on into a scale or a unit ("Tesla 2.5
/// million", read as such before; a bare number is all that is set aside here), nor after the
/// name of a study's estimate ("CI 0.71–0.94").
#[inline(never)]
fn version_of_name(cx: &Cx, i: usize) -> bool {
    let k = i - 1;
    let decimal =
        |j: usize| cx.is(j, ".") && cx.attached(j) && cx.is_digits(j + 1) && cx.attached(j + 1);
    if !(cx.near(i) && !cx.attached(i) && cx.s(i).len() <= 2 && decimal(i + 1)) {
        return false;
    }
    if cx.s(i + 2).len() > 2 {
        return false;
    }
    let mut e = i + 3;
    while decimal(e) {
        e += 2;
    }
    let s = cx.s(k);
    let capital = cx.is_word(k) && s.bytes().any(|b| b.is_ascii_uppercase());
    let camel = s.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
        || mixed_case(cx, k)
        || in_capitals(cx, k);
    let roleless = cx.word(k).is_none_or(|w| {
        w.currency.is_none()
            && w.measure.is_none()
            && w.unit.is_none()
            && w.scale.is_none()
            && w.month.is_none()
            && w.weekday.is_none()
            && w.time_unit.is_none()
            && !w.starter
    });
    let ends = !cx.near(e)
        || cx.word(e).is_none_or(|w| {
            w.scale.is_none()
                && w.measure.is_none()
                && w.currency.is_none()
                && w.time_unit.is_none()
        });
    capital
        && (camel || !cx.sentence_start(k))
        && roleless
        && ends
        && !cx.is_any(k, &["AD", "BC", "NO"])
        && !cx.is_any(k, STATISTIC_NAMES)
}

/// The abbreviated names of a study's estimates, which the figure after them is the value of
/// ("95% CI 0.71–0.94", "HR 0.82", "OR 1.37"), not a version of a name. Not "SD": "SD 3.0"
/// is a card's standard.
const STATISTIC_NAMES: &[&str] = &[
    "CI", "HR", "OR", "RR", "IQR", "AUC", "ICC", "SMD", "aHR", "aOR",
];

/// "Wi-Fi 6 networks", "Wi-Fi 7": one digit after a name of two capitalised words joined by a
/// hyphen, the generation of a standard, not a count.
#[inline(never)]
fn hyphened_name(cx: &Cx, i: usize) -> bool {
    let k = i - 1;
    let titled = |k: usize| cx.is_word(k) && cx.capitalised(k) && cx.word(k).is_none();
    i >= 3
        && cx.s(i).len() == 1
        && cx.near(i)
        && !cx.attached(i)
        && !(cx.is(i + 1, ".") && cx.attached(i + 1))
        && titled(k)
        && cx.is(k - 1, "-")
        && cx.attached(k)
        && cx.attached(k - 1)
        && titled(k - 2)
}

/// "the 6A schools", "Class 4A", "Region 2-5A": a number with one capital letter glued on (or
/// the first of two such joined by a hyphen) is a class's or a code's name, not a count. Not a
/// letter of a magnitude ("4K", "3M", "2B", "5G", read by the number grammar) nor of a
/// temperature ("250C" is left to the temperature grammar and its look-alikes), nor an
/// exponent ("0E622").
#[inline(never)]
fn lettered(cx: &Cx, i: usize) -> bool {
    let letter = |k: usize| {
        let s = cx.s(k);
        cx.is_word(k)
            && cx.attached(k)
            && s.len() == 1
            && s.bytes().all(|b| b.is_ascii_uppercase())
            && !matches!(s, "K" | "M" | "B" | "T" | "G" | "C" | "F" | "E")
            && !((cx.is_word(k + 1) || cx.is_digits(k + 1)) && cx.attached(k + 1))
    };
    letter(i + 1)
        || cx.is(i + 1, "-")
            && cx.attached(i + 1)
            && cx.is_digits(i + 2)
            && cx.attached(i + 2)
            && letter(i + 3)
}

/// "binge eating (2).", "weight loss (10, 11).", "the shift[1]", "[2] Joint Commission": the
/// number of a source cited in brackets, not a count. Round brackets need a lower-case word
/// before (after a name, "(55)" is an age) and a "." or "," right after the closing one, and
/// hold only numbers of up to three digits separated by commas; square brackets holding such
/// numbers are cited wherever they stand ("[2, 3] by", "in 1805. [19]", "[2] Joint").
#[inline(never)]
fn cited(cx: &Cx, i: usize) -> bool {
    let small = |k: usize| cx.is_digits(k) && cx.s(k).len() <= 3;
    if !small(i) {
        return false;
    }
    // The opening bracket: back over "N, " pairs, at most eight (a long run of "1,234," must
    // not be walked from each of its numbers).
    let mut k = i;
    let mut pairs = 0;
    while pairs < 8 && k >= 2 && cx.is(k - 1, ",") && cx.attached(k - 1) && small(k - 2) {
        k -= 2;
        pairs += 1;
    }
    if k == 0 || !cx.attached(k) {
        return false;
    }
    let open = k - 1;
    // The closing one: on over ", N" pairs.
    let mut e = i + 1;
    while pairs < 8 && cx.is(e, ",") && cx.attached(e) && small(e + 1) && cx.near(e + 1) {
        e += 2;
        pairs += 1;
    }
    if cx.is(open, "[") {
        return cx.is(e, "]") && cx.attached(e);
    }
    cx.is(open, "(")
        && open > 0
        && !cx.attached(open)
        && cx.near(open)
        && cx.is_word(open - 1)
        && !cx.capitalised(open - 1)
        && cx.is(e, ")")
        && cx.attached(e)
        && cx.is_any(e + 1, &[".", ","])
        && cx.attached(e + 1)
}

#[cfg(test)]
#[path = "label_gate_tests.rs"]
mod label_gate_tests;
