//! Tests of the date arithmetic and of the ISO values `When::resolve` writes.

use super::*;

/// The digit-by-digit writers give what the formatting machinery gives.
#[test]
fn iso_writers_match_format() {
    let years = [
        -10_000, -44, -1, 0, 1, 9, 44, 999, 1000, 2024, 9999, 10_000, 123_456,
    ];
    for y in years {
        for (m, d) in [
            (0u8, 0u8),
            (1, 1),
            (9, 30),
            (12, 31),
            (99, 99),
            (100, 7),
            (255, 255),
        ] {
            let want = format!("{y:04}-{m:02}-{d:02}");
            assert_eq!(Ymd { y, m, d }.iso(), want);
        }
    }
    let units = [
        TimeUnit::Second,
        TimeUnit::Minute,
        TimeUnit::Hour,
        TimeUnit::Day,
        TimeUnit::Night,
        TimeUnit::Week,
        TimeUnit::Weekend,
        TimeUnit::Fortnight,
        TimeUnit::Month,
        TimeUnit::Quarter,
        TimeUnit::Year,
        TimeUnit::Decade,
        TimeUnit::Century,
        TimeUnit::Millennium,
    ];
    let amounts = [
        0.0,
        -0.0,
        1.0,
        -1.0,
        0.5,
        2.25,
        1.0 / 3.0,
        7.0,
        10.0,
        99.0,
        1e6,
        123_456_789.0,
        -42.0,
        1e14,
        1e15,
        1e16,
        1e300,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
    ];
    for unit in units {
        for amount in amounts {
            let n = if amount.fract() == 0.0 {
                format!("{}", amount as i64)
            } else {
                format!("{}", (amount * 1000.0).round() / 1000.0)
            };
            let want = match unit {
                TimeUnit::Second => format!("PT{n}S"),
                TimeUnit::Minute => format!("PT{n}M"),
                TimeUnit::Hour => format!("PT{n}H"),
                TimeUnit::Day | TimeUnit::Night => format!("P{n}D"),
                TimeUnit::Week => format!("P{n}W"),
                TimeUnit::Weekend => format!("P{}D", amount * 2.0),
                TimeUnit::Fortnight => format!("P{}W", amount * 2.0),
                TimeUnit::Month => format!("P{n}M"),
                TimeUnit::Quarter => format!("P{}M", amount * 3.0),
                TimeUnit::Year => format!("P{n}Y"),
                TimeUnit::Decade => format!("P{}Y", amount * 10.0),
                TimeUnit::Century => format!("P{}Y", amount * 100.0),
                TimeUnit::Millennium => format!("P{}Y", amount * 1000.0),
            };
            assert_eq!(duration_iso(amount, unit), want, "{amount} {unit:?}");
        }
    }
}

#[test]
fn day_counts_and_weekdays() {
    let cases: &[(&str, Ymd, i64, u8)] = &[
        (
            "epoch",
            Ymd {
                y: 1970,
                m: 1,
                d: 1,
            },
            0,
            4,
        ),
        (
            "leap day",
            Ymd {
                y: 2024,
                m: 2,
                d: 29,
            },
            19_782,
            4,
        ),
        (
            "a friday",
            Ymd {
                y: 2024,
                m: 2,
                d: 2,
            },
            19_755,
            5,
        ),
    ];
    for (name, d, days, wd) in cases {
        assert_eq!(d.days(), *days, "{name}");
        assert_eq!(Ymd::from_days(*days), *d, "{name}");
        assert_eq!(d.weekday(), *wd, "{name}");
    }
}

#[test]
fn resolves_against_a_dateline() {
    let base = Some(Ymd {
        y: 2024,
        m: 2,
        d: 2,
    });
    let cases: &[(&str, When, Option<&str>)] = &[
        (
            "last year",
            When::Relative {
                unit: TimeUnit::Year,
                offset: -1,
            },
            Some("2023"),
        ),
        (
            "last month",
            When::Relative {
                unit: TimeUnit::Month,
                offset: -1,
            },
            Some("2024-01"),
        ),
        (
            "month in the past",
            When::Date {
                y: None,
                m: Some(1),
                d: None,
            },
            Some("2024-01"),
        ),
        (
            "month not yet come",
            When::Date {
                y: None,
                m: Some(8),
                d: None,
            },
            Some("2023-08"),
        ),
        (
            "weekday before",
            When::Weekday { wd: 4, rel: 0 },
            Some("2024-02-01"),
        ),
        (
            "same weekday",
            When::Weekday { wd: 5, rel: 0 },
            Some("2024-02-02"),
        ),
        (
            "next monday",
            When::Weekday { wd: 1, rel: 1 },
            Some("2024-02-05"),
        ),
        (
            "same month last year",
            When::SameLastYear {
                unit: TimeUnit::Month,
            },
            Some("2023-02"),
        ),
        ("yesterday", When::DayOffset(-1), Some("2024-02-01")),
        (
            "next week",
            When::Relative {
                unit: TimeUnit::Week,
                offset: 1,
            },
            Some("2024-W06"),
        ),
    ];
    for (name, when, want) in cases {
        assert_eq!(when.resolve(base).as_deref(), *want, "{name}");
    }
    assert_eq!(When::DayOffset(0).resolve(None), None);
}

/// `year_iso` writes what `format!` writes, for every month value and years either side of 0,
/// of four digits and of more.
#[test]
fn year_iso_matches_format() {
    let edges = [
        i32::MIN,
        -123_456,
        -10_000,
        -9_999,
        -1_000,
        -999,
        -44,
        -10,
        -9,
        -1,
        0,
        1,
        9,
        10,
        99,
        100,
        999,
        1_000,
        2_019,
        9_999,
        10_000,
        123_456,
        i32::MAX,
    ];
    for y in (-12_000..=12_000).chain(edges) {
        assert_eq!(year_iso(y, None), format!("{y:04}"), "{y}");
    }
    for y in edges {
        for m in 0..=u8::MAX {
            assert_eq!(year_iso(y, Some(m)), format!("{y:04}-{m:02}"), "{y} {m}");
        }
    }
}
