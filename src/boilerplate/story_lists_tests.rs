//! Pages of kinds the labelled pages have few of (branch bp41): a recipe's ingredients and
//! method under its story, a match report's line-ups, a live blog's entry headings, a first
//! paragraph straight under a byline and share buttons, a newsletter's sections. Every line is
//! made up.

use super::test_marks::{marked, marks};
use super::wording::{ingredients_heading, quantity_start, roster_line};

fn page(parts: &[&[&str]]) -> String {
    parts.concat().join("\n")
}

const MENU: &[&str] = &[
    "Skip to content",
    "Menu",
    "News",
    "Sport",
    "Food",
    "Search",
    "Sign in",
];

const FOOTER: &[&str] = &[
    "More from the Ashby Courier",
    "Bakery wins county award",
    "Footbridge to close for repairs",
    "Follow us on Facebook and Instagram",
    "Terms of Use",
    "Privacy Policy",
    "Cookies",
    "Copyright 2031 Ashby Courier. All rights reserved.",
];

#[test]
fn ingredient_headings_quantities_and_line_ups_by_their_words() {
    for yes in [
        "Ingredients",
        "INGREDIENTS:",
        "You will need",
        "What you’ll need",
    ] {
        assert!(ingredients_heading(yes), "{yes:?}");
    }
    for no in [
        "Ingredients for a good life",
        "Jump to ingredients",
        "Instructions",
    ] {
        assert!(!ingredients_heading(no), "{no:?}");
    }
    for yes in [
        "3 shallots, sliced",
        "750ml chicken stock",
        "1½ tsp caraway seeds",
        "½ lime",
    ] {
        assert!(quantity_start(yes), "{yes:?}");
    }
    for no in [
        "10:42 Polls open",
        "2031",
        "Onions, two",
        "3-1 to the visitors",
    ] {
        assert!(!quantity_start(no), "{no:?}");
    }
    for yes in [
        "Ashby Town (4-4-2): Mercer; Lyle, Obi, Hart, Dunne; Vance, Pell, Orme, Kay; Rudd, Fenn.",
        "Unused subs: Tully, Ames, Roper.",
        "Referee: Joan Pike.",
        "Crowd: 3,410.",
    ] {
        assert!(roster_line(yes), "{yes:?}");
    }
    for no in [
        "Photo: the new footbridge at dusk",
        "Updated: 4 June 2031, 9:14",
        "The mayor said: \"We will look again at the plans, the costs and the timing.\"",
        "note: subs, refs, crowd.",
    ] {
        assert!(!roster_line(no), "{no:?}");
    }
}

#[test]
fn a_recipe_keeps_its_ingredients_and_method_under_the_story() {
    let story = [
        "My aunt made this stew every autumn in a pot so heavy that nobody else in the family could lift it off the stove, and the whole house smelled of caraway for days.",
        "It is a stew for a cold evening, and it is better still the day after, when the flavours have had a night in the fridge to settle down together.",
    ];
    let card = [
        "Autumn beef and caraway stew",
        "Prep 20 mins",
        "Cook 2 hrs",
        "Serves 6",
        "Print recipe",
    ];
    let list = [
        "Ingredients",
        "2 tbsp rapeseed oil",
        "1kg stewing beef, diced",
        "3 shallots, sliced",
        "1½ tsp caraway seeds",
        "750ml beef stock",
        "Salt and pepper",
        "Method",
        "Brown the beef in the oil in batches over a high heat, then lift it out and soften the shallots in the same pan for ten minutes.",
        "Return the beef with the caraway and the stock, cover and simmer very gently for two hours.",
        "Season and serve with bread.",
    ];
    let after = [
        "Rate this recipe",
        "Leave a comment",
        "Your email will not be published.",
    ];
    let text = page(&[
        MENU,
        &["Autumn beef and caraway stew", "By Nell Garrow", "Share"],
        &story,
        &card,
        &list,
        &after,
        FOOTER,
    ]);
    let marks = marks(&text);
    for line in story.iter().chain(&list) {
        assert!(!marked(&marks, line), "{line:?} lost: {marks:?}");
    }
    for line in [
        "Rate this recipe",
        "Follow us on Facebook and Instagram",
        "Skip to content",
    ] {
        assert!(marked(&marks, line), "{line:?} kept: {marks:?}");
    }
}

#[test]
fn a_match_report_keeps_its_line_ups() {
    let report = [
        "Ashby Town came from a goal down to beat Corby Wanderers in front of their biggest home crowd of the season on Saturday afternoon.",
        "Corby led at the break through a header from a corner, but Ashby were level within five minutes of the restart when Rudd turned in a low cross.",
        "Fenn won it with a shot from the edge of the area in the last minute, and the home crowd stayed long after the final whistle to cheer the players off.",
        "\"We never stopped believing,\" said the Ashby manager, Carla Wren.",
    ];
    let line_ups = [
        "Teams",
        "Ashby Town (4-4-2): Mercer; Lyle, Obi, Hart, Dunne; Vance, Pell, Orme, Kay; Rudd, Fenn.",
        "Unused subs: Tully, Ames, Roper.",
        "Corby Wanderers (4-3-3): Shaw; Kemp, Bright, Lowe, Finch; Cole, Dray, Amis; Pratt, Hull, Nash.",
        "Referee: Joan Pike.",
    ];
    let text = page(&[
        MENU,
        &[
            "Ashby Town 2-1 Corby Wanderers",
            "By Ollie Frew",
            "Saturday 4 June 2031, 5:12pm",
            "Share",
        ],
        &report,
        &line_ups,
        FOOTER,
    ]);
    let marks = marks(&text);
    for line in report.iter().chain(&line_ups) {
        assert!(!marked(&marks, line), "{line:?} lost: {marks:?}");
    }
    assert!(
        marked(&marks, "Footbridge to close for repairs"),
        "{marks:?}"
    );
}

#[test]
fn a_live_blog_keeps_its_entry_headings_and_its_first_paragraph() {
    let entries: &[&str] = &[
        "14:20",
        "Bridge reopens to traffic",
        "The footbridge over the Ashby canal has reopened after engineers checked the damage left by the barge that hit it in the morning.",
        "Share",
        "13:05",
        "Engineers on site",
        "A team of four engineers has arrived at the footbridge and is checking the main span from a boat, the council says.",
        "Share",
        "11:40",
        "Barge strikes footbridge",
        "A barge has hit the footbridge over the canal at Mill Lane, and the council has closed it to walkers and cyclists while it is checked.",
    ];
    let text = page(&[
        MENU,
        &["Footbridge struck by barge: live updates", "Updated 14:20"],
        entries,
        FOOTER,
    ]);
    let marks = marks(&text);
    for line in entries
        .iter()
        .filter(|l| !l.contains(':') && **l != "Share")
    {
        assert!(!marked(&marks, line), "{line:?} lost: {marks:?}");
    }
    for line in ["14:20", "13:05", "Follow us on Facebook and Instagram"] {
        assert!(marked(&marks, line), "{line:?} kept: {marks:?}");
    }
}

#[test]
fn a_first_paragraph_under_a_byline_and_share_buttons_is_no_standfirst() {
    let story = [
        "The footbridge over the Ashby canal at Mill Lane will close for six weeks from Monday while its deck is replaced, the council has said.",
        "Walkers and cyclists will be sent along the towpath to the road bridge at Kiln Street, which adds about ten minutes to the walk into the town centre.",
        "The work was due last year but was put back when the cost of steel rose, a council spokesman said on Friday afternoon.",
        "Traders on Mill Lane said they feared losing passing trade during the closure, and asked for signs to point people towards their shops.",
    ];
    let text = page(&[
        MENU,
        &[
            "Mill Lane footbridge to close for six weeks",
            "By Nell Garrow",
            "4 June 2031",
            "Share",
            "Facebook",
            "Email",
        ],
        &story,
        FOOTER,
    ]);
    let marks = marks(&text);
    for line in story {
        assert!(!marked(&marks, line), "{line:?} lost: {marks:?}");
    }
}
