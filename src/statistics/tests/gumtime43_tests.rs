//! Named cases of the classes GUM's time spans showed (branch `gumtime43`: `gloss-eval gum-time`,
//! its tuned part), each class with made-up sentences and the look-alikes it must leave alone.
//! No sentence is taken from GUM.

use crate::statistics::tests::report_form_tests::{has, lacks};

#[test]
fn a_year_alone_in_brackets_after_a_word_is_a_date() {
    has(&[
        (
            "an author opening a sentence",
            "Okonkwo (1988) argued that tone is lexical.",
            "DATE \"1988\"",
        ),
        (
            "a title",
            "She starred in Night Harbour (2003) and Blue Hour (2007).",
            "DATE \"2007\"",
        ),
        (
            "a title ending in a mark",
            "He won a prize for Hold Fast! (1971), his second film.",
            "DATE \"1971\"",
        ),
        (
            "a title ending in a unit of time",
            "She starred in Lost Year (2012) and others.",
            "DATE \"2012\"",
        ),
        (
            "a name in a bracket before a comma",
            "as the earlier work (Martin, 2004) was adapted",
            "DATE \"2004\"",
        ),
        (
            "a name after Mc",
            "as shown before (Ferris & McAllister, 2016; Lowe, 2017).",
            "DATE \"2016\"",
        ),
    ]);
    // Look-alikes: a count after a number word stays a count.
    lacks(&[(
        "after a scale",
        "Twelve hundred (1200) workers were laid off.",
        "DATE \"1200\"",
    )]);
}

#[test]
fn a_year_after_circa_or_as_recently_as_is_a_date() {
    has(&[
        (
            "c.",
            "The chapel was built c. 1480 by monks.",
            "DATE \"1480\"",
        ),
        ("ca", "The mill dates from ca 1720 or so.", "DATE \"1720\""),
        (
            "ca.",
            "A map drawn ca. 1650 is in the archive.",
            "DATE \"1650\"",
        ),
        (
            "as recently as",
            "The law was in force as recently as 1992.",
            "DATE \"1992\"",
        ),
        // Look-alike: "as early as" is a bound, inside the span.
        (
            "as early as",
            "Wheat was grown here as early as 1850.",
            "DATE \"as early as 1850\"",
        ),
    ]);
    lacks(&[
        (
            "as many as",
            "The hall seats as many as 1500 guests.",
            "DATE \"1500\"",
        ),
        (
            "a capital C",
            "Take vitamin C. 1500 people agreed.",
            "DATE \"1500\"",
        ),
    ]);
}

#[test]
fn onwards_after_a_date_opens_a_range_inside_its_span() {
    has(&[
        (
            "onwards",
            "The port grew from 1975 onwards.",
            "DATE \"1975 onwards\"",
        ),
        (
            "onward",
            "Prices climbed from March 2001 onward.",
            "DATE \"March 2001 onward\"",
        ),
    ]);
}

#[test]
fn a_page_number_is_no_year() {
    lacks(&[
        (
            "p.",
            "The claim (Lowe, 2011, p. 1448) is odd.",
            "DATE \"1448\"",
        ),
        (
            "pp. a range",
            "See pp. 1710-1712 for more.",
            "DATE \"1712\"",
        ),
        (
            "pp. a range's first",
            "See pp. 1710-1712 for more.",
            "DATE \"1710-1712\"",
        ),
    ]);
    has(&[(
        "a range of years",
        "The war ran in 1710-1712 mostly.",
        "DATE \"1710-1712\"",
    )]);
}

#[test]
fn a_short_weekday_opening_a_name_is_no_date() {
    lacks(&[
        (
            "an airline",
            "They flew Sun Country to Minneapolis.",
            "DATE \"Sun\"",
        ),
        (
            "a town",
            "Retirees moved to Sun City last year.",
            "DATE \"Sun\"",
        ),
    ]);
    has(&[
        (
            "opening hours",
            "Open Sat 10am-4pm, Sun 11am-3pm.",
            "TIME \"Sun 11am-3pm\"",
        ),
        ("closed", "Hours: Sat Closed, Sun Closed.", "DATE \"Sun\""),
    ]);
}

#[test]
fn a_century_keeps_its_era() {
    has(&[
        (
            "BC",
            "The town was founded in the 5th century BC.",
            "DATE \"5th century BC\"",
        ),
        (
            "AD",
            "Its walls date from the 3rd century AD.",
            "DATE \"3rd century AD\"",
        ),
        (
            "none",
            "It grew in the 19th century.",
            "DATE \"19th century\"",
        ),
    ]);
}

#[test]
fn a_decade_before_a_degree_sign_is_a_temperature() {
    lacks(&[("°F", "Highs will be in the 40s°F.", "DATE \"40s\"")]);
    has(&[("a decade", "Rents rose in the 40s.", "DATE \"40s\"")]);
}
