//! Dates a forecast or a scheduled change announces (under the dateline Wednesday 4 March 2026
//! of `date_class_tests::dated`): "snow is forecast for Sunday", "thresholds fall on 1 April",
//! "the law comes into force on 1 February" are the first such day on or after the dateline.
//! Look-alikes: the past ("was forecast"), a noun ("sharp falls", "the forecast on"), a bare
//! weekday after a present verb (habitual).

use crate::statistics::tests::date_class_tests::check_dated;

#[test]
fn a_forecast_points_ahead() {
    check_dated(&[
        (
            "is forecast weekday",
            "Snow is forecast for higher ground on Sunday.",
            "DATE",
            "Sunday",
            Some("2026-03-08"),
        ),
        (
            "is forecast day",
            "Heavy rain is forecast on 2 March.",
            "DATE",
            "2 March",
            Some("2027-03-02"),
        ),
        (
            "are predicted",
            "Gales are predicted for 1 March.",
            "DATE",
            "1 March",
            Some("2027-03-01"),
        ),
        (
            "is projected",
            "Growth is projected to slow in February.",
            "DATE",
            "February",
            Some("2027-02"),
        ),
        // Look-alikes: a past forecast, the noun.
        (
            "was forecast",
            "Snow was forecast for 2 March.",
            "DATE",
            "2 March",
            Some("2026-03-02"),
        ),
        (
            "the forecast on",
            "The forecast on 2 March was wrong.",
            "DATE",
            "2 March",
            Some("2026-03-02"),
        ),
    ]);
}

#[test]
fn a_scheduled_change_in_the_present_points_ahead() {
    check_dated(&[
        (
            "thresholds fall",
            "Buyers rush before stamp duty thresholds fall on 1 April.",
            "DATE",
            "1 April",
            Some("2026-04-01"),
        ),
        (
            "fares rise",
            "Rail fares rise on 2 March.",
            "DATE",
            "2 March",
            Some("2027-03-02"),
        ),
        (
            "bills increase",
            "Energy bills increase in January.",
            "DATE",
            "January",
            Some("2027-01"),
        ),
        (
            "comes into force",
            "The new law comes into force on 1 February.",
            "DATE",
            "1 February",
            Some("2027-02-01"),
        ),
        (
            "take effect",
            "The changes take effect in February.",
            "DATE",
            "February",
            Some("2027-02"),
        ),
        // Look-alikes: a noun of change, the past, a bare weekday.
        (
            "sharp falls",
            "Shares saw sharp falls on 2 March.",
            "DATE",
            "2 March",
            Some("2026-03-02"),
        ),
        (
            "the rise",
            "The rise on 2 March surprised traders.",
            "DATE",
            "2 March",
            Some("2026-03-02"),
        ),
        (
            "came into force",
            "The law came into force on 1 February.",
            "DATE",
            "1 February",
            Some("2026-02-01"),
        ),
    ]);
}
