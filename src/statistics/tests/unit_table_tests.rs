//! Units of branch `num26` (issue 12): the units the generated table gained from Pint (nautical
//! miles, mpg, rpm, decibels, terawatts, gigatonnes, electronvolts, atmospheres, mmHg, fathoms,
//! kbps, megapascals, bar), and imperial sums written the British way ("12 st 4 lb", "9 stone
//! 6", "5 foot 11"), each with look-alikes that must not change.

use super::notation_tests::{check, check_absent};

#[test]
fn units_the_table_gained() {
    check(&[
        (
            "nautical_miles",
            "The trawler was 40 nautical miles offshore.",
            "QUANTITY",
            "40 nautical miles",
            40.0,
            Some("nmi"),
        ),
        (
            "nautical_mile_one",
            "A zone of 1 nautical mile was closed.",
            "QUANTITY",
            "1 nautical mile",
            1.0,
            Some("nmi"),
        ),
        (
            "nautical_abbreviated",
            "The buoy sits 12 nmi out.",
            "QUANTITY",
            "12 nmi",
            12.0,
            Some("nmi"),
        ),
        (
            "mpg_spaced",
            "The hybrid returns 58 mpg in town.",
            "QUANTITY",
            "58 mpg",
            58.0,
            Some("mpg"),
        ),
        (
            "mpg_attached",
            "It managed 41mpg on the test.",
            "QUANTITY",
            "41mpg",
            41.0,
            Some("mpg"),
        ),
        (
            "rpm_grouped",
            "The turbine idles at 1,800 rpm.",
            "QUANTITY",
            "1,800 rpm",
            1800.0,
            Some("rpm"),
        ),
        (
            "rpm_capitals",
            "Peak torque comes at 4500 RPM.",
            "QUANTITY",
            "4500 RPM",
            4500.0,
            Some("rpm"),
        ),
        (
            "decibels_spaced",
            "The concert hit 110 dB near the stage.",
            "QUANTITY",
            "110 dB",
            110.0,
            Some("dB"),
        ),
        (
            "decibels_attached",
            "Night noise must stay under 45dB.",
            "QUANTITY",
            "45dB",
            45.0,
            Some("dB"),
        ),
        (
            "decibels_named",
            "A whisper is about 30 decibels.",
            "QUANTITY",
            "30 decibels",
            30.0,
            Some("dB"),
        ),
        (
            "terawatts",
            "Solar could supply 7 terawatts.",
            "QUANTITY",
            "7 terawatts",
            7.0,
            Some("TW"),
        ),
        (
            "terawatt_hours",
            "Demand rose to 320 TWh.",
            "QUANTITY",
            "320 TWh",
            320.0,
            Some("TWh"),
        ),
        (
            "gigatonnes",
            "Forests hold 860 gigatonnes of carbon.",
            "QUANTITY",
            "860 gigatonnes",
            860.0,
            Some("Gt"),
        ),
        (
            "gigatonne_symbol",
            "Emissions reached 37 Gt last year.",
            "QUANTITY",
            "37 Gt",
            37.0,
            Some("Gt"),
        ),
        (
            "teraelectronvolts",
            "Protons collided at 14 TeV.",
            "QUANTITY",
            "14 TeV",
            14.0,
            Some("TeV"),
        ),
        (
            "megaelectronvolts",
            "The photon carried 511 keV.",
            "QUANTITY",
            "511 keV",
            511.0,
            Some("keV"),
        ),
        (
            "blood_pressure",
            "A reading of 140 mmHg is high.",
            "QUANTITY",
            "140 mmHg",
            140.0,
            Some("mmHg"),
        ),
        (
            "fathoms",
            "The wreck lies in 20 fathoms of water.",
            "QUANTITY",
            "20 fathoms",
            20.0,
            Some("fathom"),
        ),
        (
            "kilobits",
            "The old modem ran at 56 kbps.",
            "QUANTITY",
            "56 kbps",
            56.0,
            Some("kbit/s"),
        ),
        (
            "megapascals",
            "The concrete is rated at 40 MPa.",
            "QUANTITY",
            "40 MPa",
            40.0,
            Some("MPa"),
        ),
        (
            "bar_attached",
            "The cylinder is filled to 300bar.",
            "QUANTITY",
            "300bar",
            300.0,
            Some("bar"),
        ),
        (
            "atmospheres",
            "The hull takes 5 atmospheres.",
            "QUANTITY",
            "5 atmospheres",
            5.0,
            Some("atm"),
        ),
        (
            "troy_ounces",
            "The bank sold 400 troy ounces.",
            "QUANTITY",
            "400 troy ounces",
            400.0,
            Some("toz"),
        ),
    ]);
}

#[test]
fn words_of_the_new_units_that_stay_words() {
    check_absent(&[
        (
            "chocolate_bars",
            "The children shared 3 bars of chocolate.",
            "3 bars",
        ),
        ("bar_apart", "The lawyer passed 2 bar exams.", "2 bar"),
        (
            "electric_vehicles",
            "The city built 300 EV chargers.",
            "300 EV",
        ),
        ("cash_machines", "Thieves raided 20 ATM machines.", "20 ATM"),
        (
            "db_database",
            "He wrote 3 DB queries an hour.",
            "3 DB queries",
        ),
        (
            "nautical_alone",
            "The 40 nautical charts were sold.",
            "40 nautical",
        ),
    ]);
}

#[test]
fn imperial_sums_the_british_way() {
    check(&[
        (
            "stone_and_pounds_abbreviated",
            "He weighs 12 st 4 lb now.",
            "QUANTITY",
            "12 st 4 lb",
            12.0 + 4.0 / 14.0,
            Some("stone"),
        ),
        (
            "stone_and_lbs",
            "She came in at 9 st 11 lbs.",
            "QUANTITY",
            "9 st 11 lbs",
            9.0 + 11.0 / 14.0,
            Some("stone"),
        ),
        (
            "stone_abbreviated_bare_pounds",
            "The jockey rode at 8 st 7.",
            "QUANTITY",
            "8 st 7",
            8.0 + 7.0 / 14.0,
            Some("stone"),
        ),
        (
            "stone_bare_pounds",
            "She was 9 stone 6 when she began.",
            "QUANTITY",
            "9 stone 6",
            9.0 + 6.0 / 14.0,
            Some("stone"),
        ),
        (
            "stone_bare_pounds_at_end",
            "He is now 14 stone 2.",
            "QUANTITY",
            "14 stone 2",
            14.0 + 2.0 / 14.0,
            Some("stone"),
        ),
        (
            "stones_and_pounds_named",
            "He lost it at 16 stone 3 pounds.",
            "QUANTITY",
            "16 stone 3 pounds",
            16.0 + 3.0 / 14.0,
            Some("stone"),
        ),
        (
            "foot_bare_inches",
            "He stands 5 foot 11.",
            "QUANTITY",
            "5 foot 11",
            5.0 + 11.0 / 12.0,
            Some("ft"),
        ),
        (
            "feet_bare_inches_comma",
            "The striker, 6 feet 3, scored twice.",
            "QUANTITY",
            "6 feet 3",
            6.25,
            Some("ft"),
        ),
        (
            "ft_bare_inches_and",
            "He is 6 ft 2 and 15 stone.",
            "QUANTITY",
            "6 ft 2",
            6.0 + 2.0 / 12.0,
            Some("ft"),
        ),
        (
            "feet_bare_inches_tall",
            "A guard 6 foot 4 tall stood by.",
            "QUANTITY",
            "6 foot 4",
            6.0 + 4.0 / 12.0,
            Some("ft"),
        ),
        (
            "pounds_bare_ounces",
            "The baby weighed 7 lb 8.",
            "QUANTITY",
            "7 lb 8",
            7.5,
            Some("lb"),
        ),
        (
            "pounds_ounces_named",
            "The baby weighed 6 lb 7 oz.",
            "QUANTITY",
            "6 lb 7 oz",
            6.0 + 7.0 / 16.0,
            Some("lb"),
        ),
    ]);
}

#[test]
fn imperial_look_alikes_stay_apart() {
    check_absent(&[
        (
            "months_after_stone",
            "He lost 3 stone 6 months ago.",
            "3 stone 6",
        ),
        (
            "street_after_number",
            "She lives at 12 St James Street.",
            "12 St",
        ),
        ("st_alone", "Meet at 12 st and 5th.", "12 st"),
        (
            "pounds_not_under_fourteen",
            "He was 9 stone 20 when he began.",
            "9 stone 20",
        ),
        (
            "inches_not_under_twelve",
            "The wall was 6 foot 14 at the corner.",
            "6 foot 14",
        ),
        ("count_after_feet", "They dug 5 feet 3 times.", "5 feet 3"),
        ("players_after_feet", "A 6 foot 4 players rule.", "6 foot 4"),
        ("metres_bare", "The wall is 2 m 40 long.", "2 m 40"),
    ]);
    check(&[(
        "ordinal_st",
        "It was the 21st time.",
        "ORDINAL",
        "21st",
        21.0,
        None,
    )]);
    check_absent(&[(
        "ordinal_st_before_number",
        "On the 1st 4 lb were sold.",
        "1st 4 lb",
    )]);
}

/// Branch `num27`: "12st 4lb" attached (an "st" that is no ordinal's suffix of the number) and
/// the bar apart from its number.
#[test]
fn stone_attached_and_bar_apart() {
    check(&[
        (
            "stone_attached",
            "He weighed 12st 4lb then.",
            "QUANTITY",
            "12st 4lb",
            12.0 + 4.0 / 14.0,
            Some("stone"),
        ),
        (
            "stone_attached_end",
            "She is 9st 6lbs",
            "QUANTITY",
            "9st 6lbs",
            9.0 + 6.0 / 14.0,
            Some("stone"),
        ),
        (
            "stone_attached_pounds",
            "I was 14st 2 pounds.",
            "QUANTITY",
            "14st 2 pounds",
            14.0 + 2.0 / 14.0,
            Some("stone"),
        ),
        (
            "bar_spaced",
            "The tank holds gas at 200 bar.",
            "QUANTITY",
            "200 bar",
            200.0,
            Some("bar"),
        ),
        (
            "bar_of_pressure",
            "Pumps give 2.5 bar of pressure.",
            "QUANTITY",
            "2.5 bar",
            2.5,
            Some("bar"),
        ),
        (
            "bar_and",
            "It ran at 3 bar and 40 degrees.",
            "QUANTITY",
            "3 bar",
            3.0,
            Some("bar"),
        ),
    ]);
    check(&[
        (
            "first_stone",
            "He came 21st 4 times.",
            "ORDINAL",
            "21st",
            21.0,
            None,
        ),
        (
            "twelfth_misspelt_alone",
            "He came 12st in the race.",
            "ORDINAL",
            "12st",
            12.0,
            None,
        ),
    ]);
    check_absent(&[
        ("bars_plural", "She ate 3 bars of chocolate.", "3 bars"),
        (
            "twelve_bar_blues",
            "They played 12 bar blues all night.",
            "12 bar",
        ),
        ("bar_heater", "A 2 bar heater warmed the room.", "2 bar"),
        ("one_bar", "He bought 1 bar of soap.", "1 bar"),
        ("capital_bar", "Meet at 8 Bar Street.", "8 Bar"),
        ("the_bar", "He left the bar at 11.", "the bar"),
    ]);
}
