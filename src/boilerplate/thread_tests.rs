//! A post above its readers' comments, whatever the model made of the two: made-up blog posts
//! and forum threads, each tried with the model's calls that a short post above a long thread
//! invites (the comments taken for the article, the post not; both taken; only the post), and
//! look-alikes with no thread that must come out as they went in (an article quoting readers'
//! letters, an interview in questions and answers, a story with dialogue above an empty
//! comments section).

use super::comments::drop_thread;
use super::evidence::{facts, Facts, PROSE};
use super::{features, lines};

/// What a line of a made-up page is.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    /// The post (the article).
    Post,
    /// The comments thread, its headings and commenter lines.
    Thread,
    /// Page chrome around both.
    Chrome,
}

use Kind::{Chrome as X, Post as P, Thread as T};

/// Blog posts and forum threads, each a short post above a longer thread.
const THREADS: &[(&str, &[(&str, Kind)])] = &[
    (
        "open thread on a charity's blog",
        &[
            ("The Harbour Trust Blog", X),
            ("March 2031 open thread", X),
            ("Previous post", X),
            ("Next post", X),
            ("March 3, 2031 | by Ellen", X),
            ("Our quarterly open threads give readers a place to ask about our research, our grants and anything else on their minds, and we answer as many questions as we can below. You can also write to us at questions@harbourtrust.example if you would rather ask privately.", P),
            ("Posted in Open thread | Permalink | 6 Comments", X),
            ("Comments", T),
            ("Ravi Patel on March 4, 2031 at 9:12 am said:", T),
            ("Has the trust looked at the new flood barrier study from the university, and will it change how you rank the coastal projects this year?", T),
            ("Ellen (Harbour Trust) on March 5, 2031 at 2:40 pm said:", T),
            ("Hi Ravi,", T),
            ("We have read the study and plan to weigh it in our year-end review; so far it does not change the ranking, because the barrier costs were higher than in the projects we fund.", T),
            ("Maria on March 7, 2031 at 11:03 pm said:", T),
            ("I would like to know how you decide between funding repairs now and saving the money for larger works in a few years, since the costs seem to rise every single year.", T),
            ("Ellen (Harbour Trust) on March 9, 2031 at 10:15 am said:", T),
            ("Hi Maria,", T),
            ("We wrote about giving now or later in an earlier post; in short, we think the repairs we fund today prevent larger losses, so we lean towards funding them now.", T),
            ("Comments are closed.", T),
        ],
    ),
    (
        "recipe blog with replies under each comment",
        &[
            ("Kitchen Notes", X),
            ("Home | Recipes | About", X),
            ("Rhubarb and ginger crumble", X),
            ("This is the crumble my grandmother made every spring, when the first forced rhubarb turned up at the market in long pink stalks that were almost too pretty to cook.", P),
            ("The ginger goes in twice, fresh in the fruit and ground in the topping, so the heat builds slowly rather than arriving all at once on the first spoonful.", P),
            ("Serve it warm with thick custard, or cold the next morning straight from the dish, which is how most of it disappears in this house.", P),
            ("Tags: baking, rhubarb", X),
            ("4 thoughts on this recipe", X),
            ("plum_and_pear says:", T),
            ("Made this on Sunday with stem ginger instead of fresh, and it was lovely, though I would cut the sugar a little next time because the syrup is already sweet.", T),
            ("Reply", T),
            ("Kitchen Notes says:", T),
            ("Thank you, and stem ginger is a good idea; I will try it myself with the next batch of rhubarb from the allotment.", T),
            ("Reply", T),
            ("bakewell_bea says:", T),
            ("Can the topping be made the day before and kept in the fridge, or does it go soft and lose the crunch overnight?", T),
            ("Reply", T),
            ("Leave a Reply", T),
        ],
    ),
    (
        "forum thread",
        &[
            ("Boats Forum", X),
            ("Home › Restoration › Wooden boats", X),
            ("Restoring a clinker dinghy: where to start?", X),
            ("I have bought a 1962 clinker dinghy that has sat in a barn for twenty years, and I would like to get her back on the water by next summer without spending a fortune.", P),
            ("The planks look sound, but several of the copper rivets have gone green and loose, and the transom has a soft patch near the bottom where rain water has stood.", P),
            ("old_salt on 2 May 2031 at 11:20 am said:", T),
            ("Start with the transom, because a soft patch there only gets worse once the boat is back in the water and flexing under way in any sort of sea.", T),
            ("Reply", T),
            ("Jen Marsh on 3 May 2031 at 8:02 pm said:", T),
            ("Replace the rivets a few at a time rather than all at once, so that the planks keep their shape while you work your way along each seam of the hull.", T),
            ("Reply", T),
        ],
    ),
];

/// Pages with no comments thread, whatever their lines look like.
const LOOK_ALIKES: &[(&str, &[(&str, Kind)])] = &[
    (
        "an article quoting readers' letters",
        &[
            ("Letters", X),
            ("Readers on the bridge closure", X),
            ("Last week we asked what the closure of the old bridge has meant for you, and the letters have not stopped arriving since the first morning.", P),
            ("What you told us", P),
            ("Ann Lee, Kendal, wrote:", P),
            ("The detour adds forty minutes to my mother's trip to the day centre, and nobody from the council has said when the work will actually begin.", P),
            ("Tom Hart, Staveley, wrote:", P),
            ("We run a small shop by the river, and since the closure our takings are down by a third, because the walkers no longer come across from the other bank.", P),
            ("The council says the bridge will reopen in the spring, and it will publish a timetable for the repairs at its meeting next month.", P),
            ("Comments", X),
        ],
    ),
    (
        "an interview in questions and answers",
        &[
            ("Interviews", X),
            ("Q: When did you first start building boats, and what drew you to wooden ones in particular?", P),
            ("A: I was twelve when my uncle let me help him replank a fishing boat, and the smell of the larch and the tar has stayed with me ever since.", P),
            ("Q: What do people get wrong about restoring an old boat that has been left out of the water?", P),
            ("A: They rush it; the wood needs months to take up water again, and if you force it you split the planks you were trying to save.", P),
            ("Leave a comment", X),
        ],
    ),
    (
        "a story with dialogue above an empty comments section",
        &[
            ("Short stories", X),
            ("The children had been told to wait by the gate until their father came back from the market with the new puppy that they had begged for all winter.", P),
            ("Mum says:", P),
            ("Wait by the gate, both of you, and do not go near the road even if you see the van coming down the hill towards the farm.", P),
            ("Dad says:", P),
            ("He is smaller than you think, so hold him gently, and let him sniff your hand before you try to pick him up for the very first time.", P),
            ("0 Comments", X),
            ("Leave a comment", X),
        ],
    ),
];

/// A model's call on a line of a kind, prose or not: article or not.
type Call = fn(Kind, bool) -> bool;

/// How the model may have called a page: which lines it took for the article.
const CALLS: &[(&str, Call)] = &[
    ("comments taken, post not", |kind, prose| kind == T && prose),
    ("post and comments taken", |kind, prose| kind != X && prose),
    ("only the post taken", |kind, _| kind == P),
];

/// The lines `drop_thread` leaves wrong on `page` after `call`: each should be article exactly
/// when it is the post.
fn wrong_lines(page: &[(&str, Kind)], call: Call) -> Vec<String> {
    let text: String = page.iter().map(|(l, _)| format!("{l}\n")).collect();
    let split = lines::split(&text);
    let infos = features::describe(&text, &split);
    let facts: Vec<Facts> = infos.iter().map(facts).collect();
    assert_eq!(facts.len(), page.len(), "one line each");
    let mut content: Vec<bool> = page
        .iter()
        .zip(&facts)
        .map(|((_, kind), f)| call(*kind, f & PROSE != 0))
        .collect();
    drop_thread(&facts, &mut content);
    page.iter()
        .zip(&content)
        .filter(|((_, kind), c)| **c != (*kind == P))
        .map(|((line, kind), c)| format!("{kind:?} read as article {c}: {line:?}"))
        .collect()
}

#[test]
fn a_post_keeps_its_paragraphs_and_loses_its_thread_however_the_model_called_them() {
    let mut all = Vec::new();
    for (name, page) in THREADS {
        for (call_name, call) in CALLS {
            for wrong in wrong_lines(page, *call) {
                all.push(format!("{name}, {call_name}: {wrong}"));
            }
        }
    }
    assert!(all.is_empty(), "{} wrong:\n{}", all.len(), all.join("\n"));
}

#[test]
fn pages_without_a_thread_come_out_as_they_went_in() {
    let mut all = Vec::new();
    for (name, page) in LOOK_ALIKES {
        for wrong in wrong_lines(page, CALLS[2].1) {
            all.push(format!("{name}: {wrong}"));
        }
    }
    assert!(all.is_empty(), "{} wrong:\n{}", all.len(), all.join("\n"));
}
