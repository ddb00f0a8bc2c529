//! Why a boilerplate line is boilerplate: a stable reason code and a sentence for a person.

use super::features::LineInfo;
use super::lexicon::{Cue, Hits};

/// A reason code (the annotation's type) and its explanation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reason {
    pub code: &'static str,
    pub sentence: &'static str,
}

const fn r(code: &'static str, sentence: &'static str) -> Reason {
    Reason { code, sentence }
}

pub const NAVIGATION: Reason = r(
    "NAVIGATION",
    "Site navigation or menu: short link-like lines outside the article.",
);
pub const SIGNUP: Reason = r(
    "SIGNUP",
    "Sign-up or subscription prompt (newsletter, log-in, e-mail form text).",
);
pub const COOKIE: Reason = r("COOKIE", "Cookie or consent notice.");
pub const SHARE: Reason = r("SHARE", "Share, social or follow buttons.");
pub const RELATED: Reason = r(
    "RELATED",
    "Links to other stories (related, recommended, read more).",
);
pub const ADVERT: Reason = r("ADVERT", "Advertisement or sponsored content.");
pub const COMMENTS: Reason = r("COMMENTS", "Comments section or prompt.");
pub const FOOTER: Reason = r("FOOTER", "Page footer: legal, copyright, site links.");
pub const CAPTION: Reason = r("CAPTION", "Photo caption or credit, not article text.");
pub const METADATA: Reason = r(
    "METADATA",
    "Date stamp or other page metadata (updated time, reading time).",
);
pub const REPEATED: Reason = r(
    "REPEATED",
    "Repeated line: the same text appears elsewhere on the page.",
);
pub const TITLE: Reason = r("TITLE", "The headline (kept on top of the clean text).");
pub const STANDFIRST: Reason = r(
    "STANDFIRST",
    "Standfirst: the summary under the headline, not article body.",
);
pub const BYLINE: Reason = r("BYLINE", "Byline: who wrote the story.");
pub const DATELINE: Reason = r("DATELINE", "Dateline: where and when the story was filed.");
pub const OTHER: Reason = r("NAVIGATION", "Page text outside the article body.");

/// Every reason code, in the order of the documentation.
pub const CODES: &[&str] = &[
    "NAVIGATION",
    "SIGNUP",
    "COOKIE",
    "SHARE",
    "RELATED",
    "ADVERT",
    "COMMENTS",
    "FOOTER",
    "CAPTION",
    "METADATA",
    "REPEATED",
    "TITLE",
    "STANDFIRST",
    "BYLINE",
    "DATELINE",
];

fn from_cue(cue: Cue) -> Reason {
    match cue {
        Cue::Navigation => NAVIGATION,
        Cue::Signup => SIGNUP,
        Cue::Cookie => COOKIE,
        Cue::Share => SHARE,
        Cue::Related => RELATED,
        Cue::Advert => ADVERT,
        Cue::Comments => COMMENTS,
        Cue::Footer => FOOTER,
        Cue::Caption => CAPTION,
        Cue::Metadata => METADATA,
        Cue::Byline => BYLINE,
    }
}

/// The strongest call-to-action cue of a line, if any.
pub fn strong_cue(hits: &Hits) -> Option<Reason> {
    Cue::ALL
        .iter()
        .copied()
        .filter(|c| hits.strong(*c))
        .max_by_key(|c| hits.strong[c.index()])
        .map(from_cue)
}

/// Where a line sits relative to the article body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Before { lines_to_body: usize },
    Inside,
    After { near_page_end: bool },
}

/// The reason for one boilerplate line.
pub fn assign(info: &LineInfo, place: Place, is_title: bool) -> Reason {
    let s = &info.shape;
    if is_title {
        return TITLE;
    }
    if info.credit_tail || info.hits.strong(Cue::Caption) {
        return CAPTION;
    }
    // Closing matter: an author box's heading is the byline's, a press release's its footer's.
    if info.closing_heading || info.end_mark {
        return if info.hits.has(Cue::Byline) {
            BYLINE
        } else {
            FOOTER
        };
    }
    if info.tag_label {
        return NAVIGATION;
    }
    if paywall_prompt(info) {
        return SIGNUP;
    }
    if let Some(reason) = strong_cue(&info.hits) {
        return reason;
    }
    if info.byline_start && s.words <= 12 {
        return BYLINE;
    }
    if info.page_number {
        return METADATA;
    }
    if info.stamps.any() && s.words <= 12 {
        return if dateline_like(info) {
            DATELINE
        } else {
            METADATA
        };
    }
    if menu_like(info) {
        return NAVIGATION;
    }
    if let Some(reason) = purpose_cue(info) {
        return reason;
    }
    if let Place::Before { lines_to_body } = place {
        if lines_to_body <= 4 && s.words >= 8 && (s.terminal || s.stop_density() >= 0.25) {
            return STANDFIRST;
        }
    }
    if info.copies > 1 {
        return REPEATED;
    }
    if s.words <= 6 {
        if let Some(cue) = info.hits.top() {
            return from_cue(cue);
        }
    }
    match place {
        Place::Inside if s.words >= 5 => CAPTION,
        Place::After {
            near_page_end: true,
        } if s.words < 4 => FOOTER,
        Place::Before { .. } | Place::After { .. } if s.words >= 4 => RELATED,
        _ if s.words >= 4 => OTHER,
        _ => NAVIGATION,
    }
}

/// A paywall's prompt: "Continue reading with a subscription", "Subscribe to keep reading" — a
/// short line asking to read on (a strong related-links cue) beside a sign-up word; a related
/// link's label (`Read more: …`) is the link's.
fn paywall_prompt(info: &LineInfo) -> bool {
    info.hits.strong(Cue::Related)
        && info.hits.has(Cue::Signup)
        && info.shape.words <= PAYWALL_WORDS
        && !info.related_label
}

/// Words a paywall prompt has at most.
const PAYWALL_WORDS: usize = 8;

/// A menu: short items between separators (`Home | News | Sport`), at most [`MENU_ITEM_WORDS`]
/// words an item on average.
fn menu_like(info: &LineInfo) -> bool {
    let s = &info.shape;
    s.separators >= 2 && s.words <= MENU_ITEM_WORDS * (s.separators + 1)
}

/// See [`menu_like`].
const MENU_ITEM_WORDS: usize = 3;

/// Cues that name what a line is for (a form, a notice, a button), as against cues that also
/// read as ordinary words of a headline ("more", "popular", "photo", "by").
const PURPOSE_CUES: &[Cue] = &[
    Cue::Signup,
    Cue::Cookie,
    Cue::Share,
    Cue::Comments,
    Cue::Footer,
    Cue::Advert,
];

/// A line of at most [`PURPOSE_WORDS`] words with two or more phrases of one purpose
/// ([`PURPOSE_CUES`]: "Sign up to our free … newsletter"): that purpose, before any reason
/// from the line's place (a standfirst, a teaser).
fn purpose_cue(info: &LineInfo) -> Option<Reason> {
    if info.shape.words > PURPOSE_WORDS {
        return None;
    }
    PURPOSE_CUES
        .iter()
        .copied()
        .filter(|c| info.hits.any[c.index()] >= 2)
        .max_by_key(|c| info.hits.any[c.index()])
        .map(from_cue)
}

/// See [`purpose_cue`].
const PURPOSE_WORDS: usize = 30;

/// `LONDON, 4 March 2031` style: a capitalised place then a date, few words.
fn dateline_like(info: &LineInfo) -> bool {
    info.stamps.date && info.shape.words <= 8 && info.shape.upper_ratio() > 0.5
}

#[cfg(test)]
mod tests {
    use super::super::features::describe;
    use super::super::lines::split;
    use super::*;

    #[test]
    fn assigns_reasons() {
        let cases: &[(&str, &str, Place, &str)] = &[
            (
                "signup",
                "Sign up for our free morning newsletter",
                Place::Before { lines_to_body: 9 },
                "SIGNUP",
            ),
            (
                "form text",
                "Please enter a valid email address",
                Place::Before { lines_to_body: 9 },
                "SIGNUP",
            ),
            (
                "cookie",
                "We use cookies to improve this site",
                Place::After {
                    near_page_end: true,
                },
                "COOKIE",
            ),
            (
                "caption",
                "The harbour at dawn on Monday (PA Archive)",
                Place::Inside,
                "CAPTION",
            ),
            (
                "paywall",
                "Continue reading with a subscription",
                Place::Inside,
                "SIGNUP",
            ),
            (
                "read more link",
                "Read more: Subscribers get a new app",
                Place::Inside,
                "RELATED",
            ),
            (
                "stamp",
                "Updated 3 hours ago",
                Place::Before { lines_to_body: 2 },
                "METADATA",
            ),
            (
                "byline",
                "By Jane Roe",
                Place::Before { lines_to_body: 1 },
                "BYLINE",
            ),
            (
                "read more",
                "Read more",
                Place::After {
                    near_page_end: false,
                },
                "RELATED",
            ),
            (
                "menu item",
                "World",
                Place::Before { lines_to_body: 30 },
                "NAVIGATION",
            ),
            (
                "legal",
                "© 2031 Example News Ltd. All rights reserved.",
                Place::After {
                    near_page_end: true,
                },
                "FOOTER",
            ),
            (
                "menu of sections between bars",
                "Home | News | World | Weather | Business | Sport | Culture",
                Place::Before { lines_to_body: 12 },
                "NAVIGATION",
            ),
            (
                "newsletter prompt without a call-to-action phrase",
                "Sign up to our weekly Harbour Town newsletter for the best local stories",
                Place::Before { lines_to_body: 6 },
                "SIGNUP",
            ),
            (
                "consent tick box of a sign-up form",
                "Tick this box to hear about offers from the Harbour Gazette. See our privacy notice",
                Place::Before { lines_to_body: 2 },
                "SIGNUP",
            ),
            (
                "legal line under the story",
                "Read our privacy policy and terms of use before commenting",
                Place::After {
                    near_page_end: false,
                },
                "FOOTER",
            ),
            (
                "standfirst still a standfirst",
                "The council says the new crossing will cut the journey across the harbour by half.",
                Place::Before { lines_to_body: 2 },
                "STANDFIRST",
            ),
            (
                "teaser",
                "Council approves plan for new harbour bridge",
                Place::After {
                    near_page_end: false,
                },
                "RELATED",
            ),
        ];
        for (name, line, place, want) in cases {
            let lines = split(line);
            let infos = describe(line, &lines);
            assert_eq!(assign(&infos[0], *place, false).code, *want, "{name}");
        }
    }

    #[test]
    fn codes_are_listed() {
        for reason in [
            NAVIGATION, SIGNUP, COOKIE, SHARE, RELATED, ADVERT, COMMENTS, FOOTER, CAPTION,
            METADATA, REPEATED, TITLE, STANDFIRST, BYLINE, DATELINE,
        ] {
            assert!(CODES.contains(&reason.code));
        }
    }
}
