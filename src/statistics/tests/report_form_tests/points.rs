//! Points as a unit: an index's move or level ("the FTSE fell 150 points"), a table's or a
//! match's points ("lead on 12 points", "scored 18 points"), and basis points as bond tables
//! write them in capitals ("SPREAD +20 BP"). Percentage and basis points in prose stay PERCENT;
//! "at one point" and the oil company "BP" stay what they were. Every sentence is made up.

use super::{absent, check};

#[test]
fn an_index_moves_by_points() {
    check(&[
        (
            "fell",
            "The FTSE 100 fell 150 points to 7,210.",
            "QUANTITY \"150 points\" value=150 unit=points change=Down",
        ),
        (
            "rose with decimals",
            "The Hang Seng rose 12.34 points on Tuesday.",
            "QUANTITY \"12.34 points\" value=12.34 unit=points change=Up",
        ),
        (
            "a level",
            "The index closed at 2,563.16 points, up 4.3.",
            "QUANTITY \"2,563.16 points\" value=2563.16 unit=points",
        ),
        (
            "in words",
            "Bill rates fell five points to 9.9 percent.",
            "QUANTITY \"five points\" value=5 unit=points change=Down",
        ),
        (
            "abbreviated",
            "His lead over the senator jumps to 15 pts.",
            "QUANTITY \"15 pts\" value=15 unit=points change=Up",
        ),
        (
            "a range",
            "Analysts expect a gain of between 10 and 20 points.",
            "QUANTITY \"10 and 20 points\" unit=points qualifier=between min=10 max=20",
        ),
    ]);
}

#[test]
fn points_in_a_table_or_a_match() {
    check(&[
        (
            "a league table",
            "Lyon lead the table on 12 points after four games.",
            "QUANTITY \"12 points\" value=12 unit=points",
        ),
        (
            "scored",
            "Their kicker scored 18 points in the final.",
            "QUANTITY \"18 points\" value=18 unit=points",
        ),
        (
            "a standings line",
            "Kessler (Austria) 162 points",
            "QUANTITY \"162 points\" value=162 unit=points",
        ),
        (
            "a poll's margin",
            "She won the county by 30 points in 2016.",
            "QUANTITY \"30 points\" value=30 unit=points",
        ),
    ]);
}

#[test]
fn points_that_stay_what_they_were() {
    check(&[
        (
            "percentage points",
            "Support fell 3.5 percentage points.",
            "PERCENT \"3.5 percentage points\" value=3.5 unit=pp change=Down",
        ),
        (
            "basis points in prose",
            "The bank made a 25 basis point cut.",
            "PERCENT \"25 basis point\" value=0.25 unit=pp",
        ),
        (
            "at one point",
            "At one point the crowd fell silent.",
            "CARDINAL \"one\" value=1",
        ),
    ]);
    absent(&[
        ("one points", "The rule adds 1 points nowhere.", "1 points"),
        ("a point", "It rose 1 point.", "1 point"),
    ]);
}

#[test]
fn basis_points_in_a_bond_tables_capitals() {
    check(&[
        (
            "spread with a sign",
            "SPREAD +20 BP MATURITY 21.JAN.99",
            "PERCENT \"20 BP\" value=0.2 unit=pp",
        ),
        (
            "fees at the line's end",
            "ISS PRICE 99.956 FULL FEES 10 BP",
            "PERCENT \"10 BP\" value=0.1 unit=pp",
        ),
        (
            "two on one line",
            "MGT / UND 5 BP SELL CONC 5 BP",
            "PERCENT \"5 BP\" value=0.05 unit=pp",
        ),
        (
            "a spaced sign and decimals",
            "AMT $300 MLN SPREAD - 12.5 BP",
            "PERCENT \"12.5 BP\" value=0.125 unit=pp",
        ),
    ]);
    // In prose "BP" is the oil company.
    absent(&[
        ("shares", "The fund sold 20 BP shares last week.", "20 BP"),
        (
            "a lower-case word before",
            "They bought 20 BP in March.",
            "20 BP",
        ),
    ]);
}
