//! Numbers that belong to a name, an address or a code rather than count anything: the digits
//! of a web address, the number of a model before a singular word ("a Boeing 737 crashed"), a
//! book of the Bible numbered in words ("First Corinthians"), a currency code that is also a
//! word glued to a small number ("COP28"), a comet's designation ("81P/Wild"), and "2" or "4"
//! glued to a word in chat ("4ever"). Each against its look-alike that is a figure. Every
//! sentence is made up.

use super::{absent, check};

#[test]
fn digits_in_a_web_address_are_no_figures() {
    absent(&[
        (
            "a short link",
            "Read it here http://bit.ly/7hQx2b today",
            "7",
        ),
        (
            "a path with a year",
            "See https://news.example.org/2021/03/14/flood-story for more",
            "2021",
        ),
        (
            "the month of the path",
            "See https://news.example.org/2021/03/14/flood-story for more",
            "03",
        ),
        (
            "a host with digits",
            "Checked in at http://4sq.com/9TgK1 downtown",
            "4",
        ),
        (
            "www and no scheme",
            "Details at www.example.com/top-10-gadgets now.",
            "10",
        ),
        (
            "www in brackets",
            "The list (www.example.com/page/42) is long.",
            "42",
        ),
        (
            "a file name",
            "the photo https://img.example.net/pics/beach-640-480.jpg was",
            "480",
        ),
        (
            "a code with letters",
            "via http://tinyurl.com/38xk2pd #news",
            "38",
        ),
    ]);
    // A figure after the address, or before it, is still read, and so is a full date in it.
    check(&[
        (
            "a full date in the path",
            "Archived at https://example.org/archive-2016-04-30-page-2 by the library.",
            "DATE \"2016-04-30\" iso=2016-04-30",
        ),
        (
            "a full date with slashes",
            "See www.example.net/news/2015/07/09/harbour-fire for the story.",
            "DATE \"2015/07/09\" iso=2015-07-09",
        ),
        (
            "after the address",
            "Read http://bit.ly/7hQx2b and give 5 stars",
            "CARDINAL \"5\" value=5",
        ),
        (
            "before the address",
            "Tickets are $15 at http://example.com/tix",
            "MONEY \"$15\" value=15 unit=USD",
        ),
        (
            "a slash that is no address",
            "It was sold 24/7 for 30 days.",
            "DURATION \"30 days\" iso=P30D",
        ),
        (
            "a decimal glued as usual",
            "The rate was 3.5 per cent.",
            "PERCENT \"3.5 per cent\" value=3.5 unit=%",
        ),
    ]);
}

#[test]
fn a_models_number_before_a_singular_word() {
    absent(&[
        (
            "an airliner and a verb",
            "Reports said a Boeing 737 crashed near the coast.",
            "737",
        ),
        (
            "a plane and a noun",
            "The crew of their Ilyushin 76 cargo plane escaped.",
            "76",
        ),
        ("a port", "Plug it into a Thunderbolt 3 dock first.", "3"),
        (
            "a mission",
            "The crew of Apollo 12 faced a lightning strike.",
            "12",
        ),
        (
            "an operating system",
            "Sales of Windows 95 computer software rose.",
            "95",
        ),
        ("a game", "The Red Dead Redemption 2 guide is out.", "2"),
        (
            "a connector",
            "It is a MagSafe 2 connection, not the new one.",
            "2",
        ),
        ("a list", "Every Fortune 500 company uses it.", "500"),
    ]);
    check(&[
        (
            "a plural counts",
            "Officials told Reuters 40 people were hurt.",
            "CARDINAL \"40\" value=40",
        ),
        (
            "people, a plural with no s",
            "Officials told Reuters 40 people were hurt.",
            "CARDINAL \"40\" value=40",
        ),
        (
            "what a count of people is",
            "Police in Kaduna said 12 died in the clashes.",
            "CARDINAL \"12\" value=12",
        ),
        (
            "a unit",
            "The Tesla 3 ton truck was shown.",
            "QUANTITY \"3 ton\" value=3 unit=ton",
        ),
        (
            "than",
            "Shares in Boeing rose more than Airbus 2 than expected.",
            "CARDINAL \"2\" value=2",
        ),
        (
            "a level and a move",
            "Shares of Tempelhof 202 down 60.0 on the day.",
            "CARDINAL \"202\" value=202",
        ),
        (
            "a lead",
            "The latest poll puts Ortiz 4 ahead of the field.",
            "CARDINAL \"4\" value=4",
        ),
        (
            "a web address after a count",
            "Final: Hornets 3, Owls 24 http://example.com/recap",
            "CARDINAL \"24\" value=24",
        ),
        (
            "a pair after a name",
            "Corbin Hale 3-0 amazing start to the season.",
            "CARDINAL \"3\" value=3",
        ),
        (
            "one is no model",
            "He beat Federer 1 set to none.",
            "CARDINAL \"1\" value=1",
        ),
    ]);
}

#[test]
fn a_book_of_the_bible_numbered_in_words() {
    absent(&[
        (
            "corinthians",
            "The reading was from First Corinthians today.",
            "First",
        ),
        ("timothy", "He quoted Second Timothy at length.", "Second"),
        (
            "thessalonians",
            "They read First Thessalonians together.",
            "First",
        ),
        (
            "john inside a sentence",
            "She read aloud from Third John and sat down.",
            "Third",
        ),
    ]);
    check(&[
        (
            "lower case is a rank",
            "The first Kings of Wessex were crowned there.",
            "ORDINAL \"first\" value=1",
        ),
        (
            "a name at a sentence's start",
            "First John went in, then Mary.",
            "ORDINAL \"First\" value=1",
        ),
        (
            "lower case before a book's name",
            "Kings came second, Corinthians third.",
            "ORDINAL \"second\" value=2",
        ),
    ]);
}

#[test]
fn a_currency_code_that_is_a_word_glued_to_a_small_number() {
    absent(&[
        ("a summit", "Delegates arrived for COP28 in Dubai.", "COP28"),
        ("its number", "Delegates arrived for COP28 in Dubai.", "28"),
        ("another summit", "At COP30 the pledges grew.", "COP30"),
    ]);
    check(&[
        (
            "grouped digits stay an amount",
            "The fee was COP5,000 a night.",
            "MONEY \"COP5,000\" value=5000 unit=COP per=night",
        ),
        (
            "a code that is no word",
            "It costs USD25 online.",
            "MONEY \"USD25\" value=25 unit=USD",
        ),
        (
            "three digits stay an amount",
            "It costs COP900 a ride.",
            "MONEY \"COP900\" value=900 unit=COP",
        ),
    ]);
}

#[test]
fn a_comets_designation_is_no_pence() {
    absent(&[
        (
            "a comet",
            "The probe flew past comet 81P/Wild in 2004.",
            "81P",
        ),
        (
            "its number",
            "The probe flew past comet 81P/Wild in 2004.",
            "81",
        ),
        (
            "another comet",
            "Halley is 1P/Halley in the catalogue.",
            "1P",
        ),
    ]);
    check(&[
        (
            "pence",
            "A loaf cost 81p last week.",
            "MONEY \"81p\" value=81 unit=GBX",
        ),
        (
            "pence before a slash and a lower-case word",
            "Stamps are 85p/each now.",
            "MONEY \"85p\" value=85 unit=GBX",
        ),
    ]);
}

#[test]
fn two_or_four_glued_to_a_word_in_chat() {
    absent(&[
        ("forever", "i will love this song 4ever", "4"),
        ("tonight", "see u there 2nite at the club", "2"),
        ("tomorrow", "cant wait 4 2mmrow", "2"),
        ("together", "we belong 2gether", "2"),
    ]);
    check(&[
        (
            "a length of time",
            "I was there 4mos and left.",
            "DURATION \"4mos\" iso=P4M",
        ),
        (
            "a clock time",
            "Meet me at 2pm sharp.",
            "TIME \"2pm\" iso=T14:00",
        ),
        (
            "an ordinal",
            "It was his 2nd goal.",
            "ORDINAL \"2nd\" value=2",
        ),
        (
            "another digit",
            "Her 3ever shirt sold out.",
            "CARDINAL \"3\" value=3",
        ),
    ]);
}
