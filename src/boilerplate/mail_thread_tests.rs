//! Pasted pages of the kinds pages-44 brought (branch bp44): a small site's story under a date
//! alone on its line, a story opening with a "Town, Country –" dateline, a letter's greeting, a
//! mail's furniture, a thread of numbered posts. Every sentence is made up.

use super::paste_lines::{date_line, greeting, thread_number};
use super::stamps::scan;
use super::test_marks::{marked, marks};
use super::wording::dateline_opening;

#[test]
fn dates_alone_on_their_line() {
    for yes in [
        "12 June 2031",
        "Friday, June 12, 2031",
        "Fri, June 12, 2031 at 4:15 p.m.",
        "June 12, 2031 | 09:40 BST",
    ] {
        assert!(date_line(yes, &scan(yes)), "{yes:?}");
    }
    for no in [
        "12/06/2031",
        "01-555-0199",
        "3 June 2031 | 9 July 2031",
        "Published 12 June 2031",
        "Fair opens 12 June 2031",
        "The fair opens on 12 June.",
        "Page 12",
    ] {
        assert!(!date_line(no, &scan(no)), "{no:?}");
    }
}

#[test]
fn greetings_and_thread_numbers() {
    for yes in [
        "Dear Members,",
        "Hi all,",
        "Hello neighbours,",
        "Dear Mr and Mrs Pell,",
    ] {
        assert!(greeting(yes), "{yes:?}");
    }
    for no in [
        "Dear Members",
        "Hi,there",
        "Dearest readers and friends of the library, welcome back to the spring issue,",
        "Hello Kitty sales rose,",
    ] {
        // The last one is a greeting's shape: a short line of a greeting word and a comma.
        assert_eq!(greeting(no), no == "Hello Kitty sales rose,", "{no:?}");
    }
    for yes in ["1/ The vote", "12/ Then", "2/5 More"] {
        assert!(thread_number(yes), "{yes:?}");
    }
    for no in ["1/2 cup of flour", "24/7 cover", "1/", "123/ no", "1 / 2"] {
        // "1/2 cup" and "24/7 cover" read as numbers of a thread; only the slash is let off.
        assert_eq!(
            thread_number(no),
            no.starts_with("1/2") || no.starts_with("24/7"),
            "{no:?}"
        );
    }
}

#[test]
fn town_and_country_datelines() {
    assert!(dateline_opening(
        "Valdmoor, Norland – Workers at the port walked out on Monday over a pay offer."
    ));
    assert!(dateline_opening(
        "Valdmoor, Norland - Workers at the port walked out on Monday over a pay offer."
    ));
    // A name and a dash with no comma is no place.
    assert!(!dateline_opening(
        "Anna Berg – the port's longest-serving crane driver, retiring after forty years."
    ));
}

const SMALL_SITE: &str = "Brookhey Village News
Home
News
What's On
Contact
Home › News
Lock gates on the canal to be replaced this summer
12 June 2031
The lock gates at Brookhey Bottom will be replaced in July and August, the canal trust has said, closing the towpath for six weeks.
The oak gates were fitted in 1994 and have begun to leak badly. New ones are being made at the trust's yard in Ellesmere and will be craned into place.
Boats will have to turn at the winding hole above the lock while the work goes on, and walkers will be sent along Mill Road instead.
The trust said the work would cost about £180,000, most of it from its national maintenance budget.
Posted in News
Leave a Reply
Your email address will not be published. Required fields are marked *
© 2031 Brookhey Village News · Powered by WordPress
";

#[test]
fn first_paragraph_under_a_date_alone_is_the_storys() {
    let m = marks(SMALL_SITE);
    assert!(marked(&m, "12 June 2031"), "{m:?}");
    assert!(
        !marked(
            &m,
            "The lock gates at Brookhey Bottom will be replaced in July and August, the canal trust has said, closing the towpath for six weeks."
        ),
        "{m:?}"
    );
}

const LETTER: &str = "Mail
Inbox
Reply all
Forward
Library opening hours from 1 July
Harfield Library <library@harfield.example>
To: members@harfield.example
Tue 17/06/2031 10:12
If there are problems with how this message is displayed, click here to view it in a web browser.
Dear Members,
From Tuesday 1 July the library will open at 9am rather than 10am on weekdays, so that people can call in on their way to work.
To pay for the earlier start, the library will close at 5pm on Saturdays instead of 6pm. Evening opening on Thursdays will not change.
The changes follow a survey last winter, in which two thirds of the 640 members who replied asked for earlier opening.
Kind regards,
The library team
Harfield Library | 2 Station Road | Harfield
This email and any attachments are intended solely for the addressee. If you have received this email in error, please delete it.
Reply
Forward
";

#[test]
fn a_letters_greeting_is_its_body_and_its_footer_is_not() {
    let m = marks(LETTER);
    assert!(!marked(&m, "Dear Members,"), "{m:?}");
    assert!(
        marked(
            &m,
            "This email and any attachments are intended solely for the addressee. If you have received this email in error, please delete it."
        ),
        "{m:?}"
    );
}

#[test]
fn mail_phrases() {
    use super::lexicon::{scan as cues, Cue};
    for (line, cue) in [
        ("View in browser", Cue::Signup),
        (
            "If you have received this e-mail in error, tell us.",
            Cue::Footer,
        ),
        ("Sponsored Content", Cue::Advert),
    ] {
        assert!(cues(line).strong(cue), "{line:?}");
    }
}

const THREAD: &str = "Post
Conversation
Ana Lusk
@ana_lusk_maps
1/ The new flood maps for the Orle valley came out this morning, and they move about 900 homes into the highest risk band. A few notes on what changed.
9:02 AM · Jun 12, 2031
1.2K Views
14
40
Ana Lusk
@ana_lusk_maps
2/ Most of the change comes from better ground heights, not from more rain: the old maps used survey data from 2009 that missed the new embankment.
8
31
Ana Lusk
@ana_lusk_maps
3/ If your home is in the new band, your insurer may ask about flood doors and raised sockets at renewal. The council has a grant for both. End.
12
55
Reply
Who to follow
";

#[test]
fn a_threads_numbered_posts_are_the_text() {
    let m = marks(THREAD);
    for post in THREAD.lines().filter(|l| thread_number(l)) {
        assert!(!marked(&m, post), "{post:?} {m:?}");
    }
    assert!(marked(&m, "@ana_lusk_maps"), "{m:?}");
}
