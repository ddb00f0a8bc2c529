//! Flags of an HTML word: what its tags, roles and classes say (the HTML feature names after
//! `h_found`), and which elements break words or have no end tag.

/// Structural flags of a word (bits of a `u64`): the HTML feature names after `h_found`.
#[rustfmt::skip]
#[cfg(test)]
pub(super) const FLAGS: &[&str] = &[
    "h_link", "h_nav", "h_header", "h_footer", "h_aside", "h_form", "h_article", "h_main", "h_p",
    "h_h1", "h_hx", "h_figure", "h_li", "h_blockquote", "h_table", "h_time",
    "c_nav", "c_footer", "c_share", "c_signup", "c_ad", "c_related", "c_comment", "c_caption",
    "c_byline", "c_body", "c_cookie", "c_hidden", "c_header", "c_sidebar", "c_title",
    "h_best_block", "h_best_clean",
];

pub const FEATURE_NAMES: &[&str] = &[
    "h_found",
    "h_link",
    "h_nav",
    "h_header",
    "h_footer",
    "h_aside",
    "h_form",
    "h_article",
    "h_main",
    "h_p",
    "h_h1",
    "h_hx",
    "h_figure",
    "h_li",
    "h_blockquote",
    "h_table",
    "h_time",
    "c_nav",
    "c_footer",
    "c_share",
    "c_signup",
    "c_ad",
    "c_related",
    "c_comment",
    "c_caption",
    "c_byline",
    "c_body",
    "c_cookie",
    "c_hidden",
    "c_header",
    "c_sidebar",
    "c_title",
    "h_best_block",
    "h_best_clean",
    "h_block_links",
    "h_block_words",
];

/// Flag bits counted per line (`h_link` … `h_best_clean`): the features after `h_found`.
pub(super) const COUNTED_BITS: usize = 33;

pub(super) const LINK: u64 = 1 << 0;
pub(super) const BEST: u64 = 1 << 31;
/// In the block that holds the most text outside navigation, asides, footers, forms, comments,
/// sharing, sign-up, advert, related-links and hidden parts (a comments thread or a sidebar of
/// teasers may hold more text than a short article).
pub(super) const BEST_CLEAN: u64 = 1 << 32;
/// An element's own tags, roles and classes that make its text page furniture, not the article:
/// `nav`, `footer`, `aside`, `form`, and the class words for navigation, footer, share, sign-up,
/// advert, related links, comments, cookie notices, hidden text and sidebars.
pub(super) const FURNITURE: u64 = (1 << 1)
    | (1 << 3)
    | (1 << 4)
    | (1 << 5)
    | (1 << 16)
    | (1 << 17)
    | (1 << 18)
    | (1 << 19)
    | (1 << 20)
    | (1 << 21)
    | (1 << 22)
    | (1 << 26)
    | (1 << 27)
    | (1 << 29);
/// Text under these never reaches `innerText` (a bit past the feature flags).
pub(super) const SKIP: u64 = 1 << 40;

pub(super) fn tag_flags(name: &[u8]) -> u64 {
    let bit = |n: usize| 1u64 << n;
    match name {
        b"a" => LINK,
        b"nav" => bit(1),
        b"header" => bit(2),
        b"footer" => bit(3),
        b"aside" => bit(4),
        b"form" | b"button" | b"label" | b"select" | b"option" | b"input" => bit(5),
        b"article" => bit(6),
        b"main" => bit(7),
        b"p" => 1 << 8,
        b"h1" => bit(9),
        b"h2" | b"h3" | b"h4" | b"h5" | b"h6" => bit(10),
        b"figure" | b"figcaption" => bit(11),
        b"li" => bit(12),
        b"blockquote" => bit(13),
        b"table" => bit(14),
        b"time" => bit(15),
        // Not `head`: pages often leave it open, and browsers close it at the first body tag.
        b"script" | b"style" | b"noscript" | b"template" | b"title" | b"svg" | b"iframe" => SKIP,
        _ => 0,
    }
}

pub(super) fn role_flags(role: &str) -> u64 {
    match role {
        "navigation" | "menu" | "menubar" => 1 << 1,
        "banner" => 1 << 2,
        "contentinfo" => 1 << 3,
        "complementary" => 1 << 4,
        "main" => 1 << 7,
        "article" => 1 << 6,
        "button" | "form" | "search" => 1 << 5,
        _ => 0,
    }
}

/// Flags from words in `class` and `id` values (`site-nav`, `newsletter-signup`, `ad-slot`).
pub(super) fn class_flags(value: &str) -> u64 {
    let mut f = 0u64;
    for word in value
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let w = word.to_ascii_lowercase();
        let has = |p: &str| w.contains(p);
        let bit = |n: usize| 1u64 << n;
        if has("nav") || has("menu") || has("breadcrumb") {
            f |= bit(16);
        }
        if has("footer") || has("copyright") || has("legal") {
            f |= bit(17);
        }
        if has("share") || has("social") || has("sharing") {
            f |= bit(18);
        }
        if has("newsletter") || has("signup") || has("subscri") || has("paywall") || has("regwall")
        {
            f |= bit(19);
        }
        if matches!(w.as_str(), "ad" | "ads" | "dfp" | "gpt")
            || has("advert")
            || has("promo")
            || has("sponsor")
            || w.starts_with("ad")
                && w.len() <= 6
                && w.chars().nth(2).is_some_and(|c| c.is_ascii_digit())
        {
            f |= bit(20);
        }
        if has("related")
            || has("recommend")
            || has("trending")
            || has("popular")
            || has("teaser")
            || has("outbrain")
            || has("taboola")
        {
            f |= bit(21);
        }
        if has("comment") || has("disqus") {
            f |= bit(22);
        }
        if has("caption") || has("credit") {
            f |= bit(23);
        }
        if has("byline")
            || has("author")
            || has("dateline")
            || has("timestamp")
            || w == "date"
            || w == "meta"
            || has("published")
        {
            f |= bit(24);
        }
        if matches!(w.as_str(), "body" | "content" | "text" | "entry" | "prose")
            || has("articlebody")
            || has("storybody")
            || has("article")
            || has("story")
            || has("post")
        {
            f |= bit(25);
        }
        if has("cookie") || has("consent") || has("gdpr") {
            f |= bit(26);
        }
        if has("hidden") || has("sronly") || w == "sr" || has("visually") || has("offscreen") {
            f |= bit(27);
        }
        if has("header") || has("masthead") || has("banner") || has("topbar") {
            f |= bit(28);
        }
        if has("sidebar") || has("widget") || has("rail") {
            f |= bit(29);
        }
        if has("headline") || has("title") || has("standfirst") || has("summary") || has("dek") {
            f |= bit(30);
        }
    }
    f
}

/// Tags that end a word (block boxes and line breaks); other tags, like `<b>`, do not.
pub(super) fn breaks_words(name: &[u8]) -> bool {
    !matches!(
        name,
        b"a" | b"b"
            | b"i"
            | b"em"
            | b"strong"
            | b"span"
            | b"small"
            | b"sup"
            | b"sub"
            | b"u"
            | b"abbr"
            | b"cite"
            | b"code"
            | b"mark"
            | b"q"
            | b"s"
            | b"time"
            | b"font"
    )
}

pub(super) fn is_void(name: &[u8]) -> bool {
    matches!(
        name,
        b"area"
            | b"base"
            | b"br"
            | b"col"
            | b"embed"
            | b"hr"
            | b"img"
            | b"input"
            | b"link"
            | b"meta"
            | b"source"
            | b"track"
            | b"wbr"
    )
}
