//! The boilerplate layer with the other thread's help ([`crate::sharing`]) against the layer
//! alone: a made-up page long enough to be cut into several pieces of lines, with what the
//! line measures count across pieces (a running head beside page numbers, repeated chrome)
//! and the phrase scan's folded spaces (runs of spaces, no-break spaces) in some pieces only.

use std::thread;

use super::{annotate, annotate_shared, features, lines};
use crate::sharing::Sharing;
use crate::Options;

/// A page of ~1,500 lines: chrome, stamps, bylines, page numbers under a running head, prose.
fn page() -> String {
    let mut out = String::new();
    for k in 0..120 {
        let gap = if (40..50).contains(&k) { "  " } else { " " };
        let nbsp = if (80..85).contains(&k) { "\u{a0}" } else { " " };
        let lines = [
            "Home | World | Business | Sport | Weather".to_string(),
            "Sign up for our morning newsletter".to_string(),
            format!("Updated {} hours ago", k % 23 + 1),
            format!("By Maren Oyelaran{gap}and Tomas Vidal"),
            format!(
                "The council voted on Tuesday{gap}to close the ferry terminal at Kellow Point \
                 after {k} years, citing repairs that would cost{nbsp}$4.{k} million."
            ),
            format!("Read more: Ferry users plan{nbsp}a protest at the {k}th meeting"),
            "Share on Facebook Share on X".to_string(),
            String::new(),
            "The Kellow Point Gazette".to_string(),
            format!("Page {} of 120", k + 1),
            format!(
                "Residents said the crossing{gap}was the only way to reach the hospital in \
                 under an hour, and {k} of them wrote to the minister."
            ),
            "© 2031 Gazette Media Ltd. All rights reserved.".to_string(),
        ];
        for line in lines {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

/// The lines' measures with a helper thread are those the layer takes alone, line by line.
#[test]
fn lines_described_in_pieces_are_described_whole() {
    let text = page();
    let split = lines::split(&text);
    assert!(split.len() > 1_000, "several pieces");
    let alone = features::describe(&text, &split);
    let sharing = Sharing::new(false);
    let (shared, lines_back) = thread::scope(|scope| {
        scope.spawn(|| sharing.help_until_closed());
        let _closing = sharing.closing();
        features::describe_shared(&text, split.clone(), &sharing)
    });
    assert!(lines_back == split);
    assert_eq!(shared.len(), alone.len());
    for (k, (a, b)) in alone.iter().zip(&shared).enumerate() {
        assert_eq!(format!("{a:?}"), format!("{b:?}"), "line {k}");
    }
    assert!(
        alone.iter().any(|i| i.running_head),
        "a running head on the page"
    );
}

/// The layer's annotations with a helper are the layer's alone, and the whole two-thread path
/// (the helper being whichever layer's thread is free first) gives the one-thread answer.
#[test]
fn the_layer_shared_marks_what_it_marks_alone() {
    let text = page();
    let alone = annotate(&text, None);
    let sharing = Sharing::new(false);
    let shared = thread::scope(|scope| {
        scope.spawn(|| sharing.help_until_closed());
        let _closing = sharing.closing();
        annotate_shared(&text, None, &sharing)
    });
    assert!(shared == alone);
    assert!(!alone.is_empty());
    let options = Options::default();
    assert!(
        crate::annotate_side_by_side(&text, &options).into_vec()
            == crate::annotate(&text, &options)
    );
}
