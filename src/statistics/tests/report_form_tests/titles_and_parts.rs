//! Figures a grammar tells from their look-alikes by what stands around them (branch
//! `figclass16`): a number word or a day word inside a title ("Pick Six Newsletter", "via USA
//! Today,"); an emergency number before the call it names ("911 calls"); an age decade after a
//! possessive ("in her mid-20s"); a part of a whole, which is no change ("lost eight of their
//! nine games"); a mark out of a whole after a verb of marking ("scored 3/5"), which is no date;
//! a team's win-loss record with no word of winning ("the 10-2 Bills", "Ohio State (12-5)") and
//! a results list ("Arsenal 2, Chelsea 1"); a year known by what follows it ("2016's film", "a
//! 2015 or older laptop", "well into 2027"); the number of a list item ("2. Never skip"). Every
//! sentence is made up.

use super::{absent, check, lines, no_score};

/// (case, sentence): no figure of the sentence carries a change.
fn no_change(cases: &[(&str, &str)]) {
    for (name, text) in cases {
        let got = lines(text);
        assert!(
            !got.iter().any(|l| l.contains(" change=")),
            "{name}: a change read in {got:#?}"
        );
    }
}

#[test]
fn a_number_word_between_two_words_of_a_name_is_part_of_it() {
    absent(&[
        (
            "a newsletter on its own line",
            "Pick Six Newsletter\nGet the news.",
            "Six",
        ),
        (
            "a newsletter in quotes",
            "Sign up for the \"Pick Six Newsletter\" today.",
            "Six",
        ),
        (
            "a club",
            "She joined the Hidden Nine Club last spring.",
            "Nine",
        ),
        (
            "a bakery",
            "We ate at the Golden Three Bakery downtown.",
            "Three",
        ),
        ("a festival", "The Big Ten Festival opens on Friday.", "Ten"),
    ]);
    check(&[
        (
            "a headline's count before a plural",
            "Storm Kills Three Hikers",
            "CARDINAL \"Three\" value=3",
        ),
        (
            "a headline's count before people",
            "Blast Injures Four People",
            "CARDINAL \"Four\" value=4",
        ),
        (
            "a headline's count before children",
            "Flood Strands Two Children In Ohio",
            "CARDINAL \"Two\" value=2",
        ),
        (
            "a count opening a sentence",
            "Three people died in the crash.",
            "CARDINAL \"Three\" value=3",
        ),
        (
            "a count before a plural name: decided a count",
            "Two Sisters Bakery opened on Main Street.",
            "CARDINAL \"Two\" value=2",
        ),
        (
            "a headline's count at its end",
            "Fire Kills Three",
            "CARDINAL \"Three\" value=3",
        ),
    ]);
}

#[test]
fn a_day_word_in_a_title_is_no_date() {
    absent(&[
        (
            "a paper after an acronym",
            "Smith, via USA Today, said he was fine.",
            "Today",
        ),
        (
            "a show after an acronym",
            "He said on CNN Today that prices rose.",
            "Today",
        ),
        (
            "a programme in a lower-case sentence",
            "She told Sports Tonight that she would stay.",
            "Tonight",
        ),
        (
            "a paper before a possessive",
            "The poll by Weekly Tomorrow found little change.",
            "Tomorrow",
        ),
    ]);
    check(&[
        (
            "a headline's date",
            "Storm Hits Texas Today",
            "DATE \"Today\"",
        ),
        (
            "a sentence's first word",
            "Today, we look at rents.",
            "DATE \"Today\"",
        ),
        (
            "lower case",
            "He said today that prices rose.",
            "DATE \"today\"",
        ),
        (
            "after a full stop",
            "The vote was on Monday. Tomorrow it moves on.",
            "DATE \"Tomorrow\"",
        ),
    ]);
}

#[test]
fn an_emergency_number_before_its_call_is_no_count() {
    absent(&[
        (
            "calls",
            "Officials began receiving 911 calls at noon.",
            "911",
        ),
        ("a call", "A 911 call came in after midnight.", "911"),
        ("an operator", "The 999 operator stayed on the line.", "999"),
        ("a dispatcher", "A 911 dispatcher sent two cars.", "911"),
        ("a centre", "The 112 centre logged the report.", "112"),
    ]);
    check(&[
        (
            "a count of people",
            "There were 911 people at the rally.",
            "CARDINAL \"911\" value=911",
        ),
        (
            "calls counted after the number",
            "The dispatcher said 12 calls came in.",
            "CARDINAL \"12\" value=12",
        ),
    ]);
}

#[test]
fn an_age_decade_after_a_possessive_is_a_range_of_ages() {
    check(&[
        (
            "his",
            "A man in his 40s was arrested.",
            "QUANTITY \"40s\" unit=year qualifier=between min=40 max=49",
        ),
        (
            "their",
            "Most buyers are in their 30s.",
            "QUANTITY \"30s\" unit=year qualifier=between min=30 max=39",
        ),
        (
            "mid with a hyphen",
            "A woman in her mid-20s was hurt.",
            "QUANTITY \"mid-20s\" unit=year qualifier=between min=23 max=26",
        ),
        (
            "mid with a space",
            "A driver in his mid 60s was fined.",
            "QUANTITY \"mid 60s\" unit=year qualifier=between min=63 max=66",
        ),
        (
            "early",
            "Both are in their early 50s.",
            "QUANTITY \"early 50s\" unit=year qualifier=between min=50 max=53",
        ),
        (
            "late",
            "My aunt, now in her late 70s, still swims.",
            "QUANTITY \"late 70s\" unit=year qualifier=between min=77 max=79",
        ),
        (
            "a decade of years stays a date",
            "Rents rose in the 1990s.",
            "DATE \"1990s\" iso=199X",
        ),
    ]);
    absent(&[
        (
            "no possessive",
            "Highs will be in the 30s on Friday.",
            "30s",
        ),
        ("a decade of years", "Rents rose in the 1990s.", "90s"),
    ]);
}

#[test]
fn a_part_of_a_whole_is_no_change() {
    no_change(&[
        ("lost, in words", "They lost eight of their nine games."),
        ("won, the", "She won 3 of the 5 races."),
        ("cut, its", "The chain cut 40 of its 200 stores."),
        ("dropped, in digits", "The team dropped 6 of 10 matches."),
    ]);
    check(&[
        (
            "a cut with no whole stays a change",
            "The firm cut 300 jobs.",
            "CARDINAL \"300\" value=300 change=Down",
        ),
        (
            "both counts read",
            "They lost eight of their nine games.",
            "CARDINAL \"nine\" value=9",
        ),
    ]);
}

#[test]
fn a_mark_after_a_verb_of_marking_is_no_date() {
    check(&[
        (
            "scored",
            "He scored 3/5 on the quiz.",
            "CARDINAL \"3/5\" value=0.6",
        ),
        (
            "rated it",
            "She rated it 4/5 overall.",
            "CARDINAL \"4/5\" value=0.8",
        ),
        (
            "gave the film",
            "The critic gave the film 7/10.",
            "CARDINAL \"7/10\" value=0.7",
        ),
        (
            "got",
            "The app got 9/10 from testers.",
            "CARDINAL \"9/10\" value=0.9",
        ),
        ("a date after on", "We met on 3/5 in Paris.", "DATE \"3/5\""),
        (
            "a date after scored on",
            "He scored on 3/5 against Leeds.",
            "DATE \"3/5\"",
        ),
    ]);
    // "the number 10 shirt" is a label, as "the No. 10 shirt" (newsfigs37): no figure, and no
    // date either.
    absent(&[
        (
            "the number of a shirt",
            "He wore the number 10 shirt.",
            "10",
        ),
        (
            "no date in a shirt's number",
            "He wore the number 10 shirt.",
            "10 shirt",
        ),
    ]);
}

#[test]
fn a_win_loss_record_is_one_score() {
    check(&[
        (
            "at, then a comma",
            "At 4-7, the Jets are out of the race.",
            "CARDINAL \"4-7\" score=4-7",
        ),
        (
            "including, then in",
            "They are 4-7, including 2-6 in the AFC.",
            "CARDINAL \"2-6\" score=2-6",
        ),
        (
            "the, then a team",
            "Now the 10-2 Bills host Dallas.",
            "CARDINAL \"10-2\" score=10-2",
        ),
        (
            "a team, then the record in brackets",
            "Ohio State (12-5) lost at home.",
            "CARDINAL \"12-5\" score=12-5",
        ),
        (
            "serving at",
            "She was serving at 5-4, but lost the set.",
            "CARDINAL \"5-4\" score=5-4",
        ),
    ]);
    no_score(&[
        (
            "a range of counts after at",
            "The rooms sleep at 5-10 people each.",
            "5-10",
        ),
        (
            "hours after opens at",
            "It opens at 9-5 on weekdays.",
            "9-5",
        ),
        (
            "a model after the",
            "We flew the 787-9 Dreamliner.",
            "787-9",
        ),
    ]);
}

#[test]
fn sets_of_a_match_in_a_row_are_scores() {
    check(&[
        (
            "the winner's name hyphenated",
            "Rublev beat Ana Lopez-Garcia 3-6, 6-3, 7-6 (0) on Sunday.",
            "CARDINAL \"3-6\" score=3-6",
        ),
        (
            "the last set with a tie-break",
            "Rublev beat Ana Lopez-Garcia 3-6, 6-3, 7-6 (0) on Sunday.",
            "CARDINAL \"7-6 (0)\" score=7-6",
        ),
        (
            "a verb no list holds",
            "Tsonga cruised past Ito 6-2, 6-1 and went home.",
            "CARDINAL \"6-1\" score=6-1",
        ),
        (
            "a tie-break first",
            "The pair fell to them 6-7 (4), 6-4, 7-5 in the final.",
            "CARDINAL \"6-7 (4)\" score=6-7",
        ),
    ]);
    no_score(&[
        ("no set", "Rooms for 5-6, 6-7 people.", "5-6"),
        ("a range of a unit", "Rates moved 3-6, 6-3 percent.", "3-6"),
        ("a set alone", "Ages 6-4 are welcome.", "6-4"),
    ]);
}

#[test]
fn a_results_list_reads_one_score_a_line() {
    check(&[
        (
            "two names",
            "Arsenal 2, Chelsea 1",
            "CARDINAL \"2, Chelsea 1\" score=2-1",
        ),
        (
            "names of two words",
            "Results: Leeds United 0, Hull City 3; Stoke 1, Derby 2.",
            "CARDINAL \"0, Hull City 3\" score=0-3",
        ),
        (
            "the second line",
            "Results: Leeds United 0, Hull City 3; Stoke 1, Derby 2.",
            "CARDINAL \"1, Derby 2\" score=1-2",
        ),
        (
            "a name in capitals",
            "Lyon 1, PSG 4.",
            "CARDINAL \"1, PSG 4\" score=1-4",
        ),
    ]);
    no_score(&[
        (
            "one name's models",
            "Windows 10, Windows 11.",
            "10, Windows 11",
        ),
        (
            "counts of visits",
            "We visited Paris 2, Rome 3 and Oslo 4 times.",
            "2, Rome 3",
        ),
        (
            "labels of a book's parts",
            "Hume, History of England (Volume 2, Chapter 4).",
            "2, Chapter 4",
        ),
        (
            "labels of a report's parts",
            "The figures are in Section 3, Table 5.",
            "3, Table 5",
        ),
    ]);
}

#[test]
fn a_year_known_by_what_follows_it() {
    check(&[
        (
            "a possessive",
            "The sequel was 2016's surprise hit.",
            "DATE \"2016\" iso=2016",
        ),
        (
            "a curly possessive",
            "Critics loved 2009’s remake.",
            "DATE \"2009\" iso=2009",
        ),
        (
            "or older",
            "If you own a 2015 or older laptop, update it.",
            "DATE \"2015\" iso=2015",
        ),
        (
            "or later",
            "Any 2012 or later model will work.",
            "DATE \"2012\" iso=2012",
        ),
        (
            "well into",
            "The inquiry may run well into 2027.",
            "DATE \"2027\" iso=2027",
        ),
        (
            "a count or more stays a count",
            "She bought 2000 or more shares.",
            "CARDINAL \"2000\" value=2000 qualifier=or more min=2000",
        ),
    ]);
}

#[test]
fn the_number_of_a_list_item_is_no_count() {
    absent(&[
        (
            "a full stop",
            "Here is why.\n\n2. Never skip breakfast\nIt helps.",
            "2",
        ),
        ("a bracket", "Tips:\n12) Stay hydrated", "12"),
        ("a quotation", "He said more.\n3. \"Not some channel\"", "3"),
    ]);
    check(&[
        (
            "a headline's count",
            "More news.\n3 Hospitalized After Crash",
            "CARDINAL \"3\" value=3",
        ),
        (
            "a decimal opening a line",
            "Drink up.\n2.5 litres a day is plenty.",
            "QUANTITY \"2.5 litres\" value=2.5 unit=l",
        ),
        (
            "lower case after the mark",
            "Keep going.\n3. the third point",
            "CARDINAL \"3\" value=3",
        ),
    ]);
}
