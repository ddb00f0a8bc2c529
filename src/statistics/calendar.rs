//! Date arithmetic (proleptic Gregorian, no time zones) and the resolution of what a date
//! phrase says into ISO 8601, against an optional dateline.

use super::lexicon::TimeUnit;

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ymd {
    pub y: i32,
    pub m: u8,
    pub d: u8,
}

impl Ymd {
    pub fn iso(self) -> String {
        // A year of four digits and a month and day under 100 (every date read) are written
        // digit by digit, without the formatting machinery.
        match (u16::try_from(self.y), self.m, self.d) {
            (Ok(y @ 0..=9999), m @ 0..=99, d @ 0..=99) => {
                let mut s = String::with_capacity(10);
                push_digits(&mut s, u64::from(y), 4);
                s.push('-');
                push_digits(&mut s, u64::from(m), 2);
                s.push('-');
                push_digits(&mut s, u64::from(d), 2);
                s
            }
            _ => format!("{:04}-{:02}-{:02}", self.y, self.m, self.d),
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    pub fn days(self) -> i64 {
        let y = i64::from(self.y) - i64::from(self.m <= 2);
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = i64::from(self.m);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.d) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days(z: i64) -> Ymd {
        let z = z + 719_468;
        let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
        Ymd { y, m, d }
    }

    /// ISO weekday, Monday = 1 … Sunday = 7.
    pub fn weekday(self) -> u8 {
        ((self.days() + 3).rem_euclid(7) + 1) as u8
    }

    pub fn add_days(self, n: i64) -> Ymd {
        Ymd::from_days(self.days() + n)
    }
}

pub fn valid(y: i32, m: u8, d: u8) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)
}

fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

/// The last date the text wrote out ("in May 2011"): what "the following year" and "later that
/// month" count from, where the dateline would give the wrong year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Anchor {
    y: i32,
    m: Option<u8>,
    d: Option<u8>,
}

impl Anchor {
    /// The anchor a date the text wrote out ("May 2011", "in July", "2 March") sets, from the
    /// ISO form it resolved to (`2011-05`, `2024-07`, `2024-03-02`).
    pub fn from_iso(iso: &str) -> Option<Anchor> {
        // A year before year 0 ("-0043") anchors nothing.
        if iso.starts_with('-') {
            return None;
        }
        let part = |r: std::ops::Range<usize>| iso.get(r).and_then(|s| s.parse::<u8>().ok());
        let y = iso.get(..4)?.parse().ok()?;
        let m = part(5..7).filter(|_| iso.as_bytes().get(4) == Some(&b'-'));
        let d = m.and(part(8..10));
        Some(Anchor { y, m, d })
    }

    /// The day to count `when` from: the anchor, when it is precise enough for `when`'s unit
    /// (a year for "the following year", a month for "the previous month", a day for "the
    /// following week"); its first month and day stand in for what the unit does not need.
    pub fn base_for(&self, when: &When) -> Option<Ymd> {
        let When::Relative { unit, .. } = *when else {
            return None;
        };
        let needs_day = matches!(
            unit,
            TimeUnit::Day | TimeUnit::Night | TimeUnit::Week | TimeUnit::Weekend
        );
        let needs_month = needs_day || matches!(unit, TimeUnit::Month | TimeUnit::Quarter);
        let m = match self.m {
            Some(m) => m,
            None if !needs_month => 1,
            None => return None,
        };
        let d = match self.d {
            Some(d) if needs_day => d,
            _ if !needs_day => 1,
            _ => return None,
        };
        valid(self.y, m, d).then_some(Ymd { y: self.y, m, d })
    }
}

/// What a date phrase refers to, before resolution.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum When {
    /// Written pieces of a date: "August 2022" (y, m), "2 March" (m, d), "2024-02-02".
    Date {
        y: Option<i32>,
        m: Option<u8>,
        d: Option<u8>,
    },
    /// A weekday; `rel` −1 for "last Friday", +1 for "next Friday", 0 for the nearest one
    /// on or before the dateline (news reports the past).
    Weekday { wd: u8, rel: i8 },
    /// A weekday and a day of a month without its year: "Monday 9 March". The year near the
    /// dateline in which that day is that weekday; else as the day alone.
    WeekdayDate { wd: u8, m: u8, d: u8 },
    /// "last year" (Year, −1), "this month" (Month, 0), "next week" (Week, +1).
    Relative { unit: TimeUnit, offset: i32 },
    /// "the same month last year": the dateline's `unit` shifted by `offset` years.
    SameLastYear { unit: TimeUnit },
    /// A month (and day) of the dateline's year shifted by `offset` years: "April last year"
    /// (4, None, −1), "3 May next year" (5, Some(3), +1).
    InYear { m: u8, d: Option<u8>, offset: i32 },
    /// A holiday in the year of the dateline's month shifted by `months`: "Easter last year"
    /// (−12), "Christmas next month" (+1). Its fixed (month, day), or its days by year.
    HolidayIn {
        fixed: Option<(u8, u8)>,
        days: Option<&'static crate::statistics::holiday_names::Holiday>,
        months: i32,
    },
    /// A holiday whose day moves, without its year: "Easter Monday", "Thanksgiving". The latest
    /// on or before the dateline, or the first on or after it when that is a month away at
    /// most or the clause announces it (`dates/holidays/moving.rs`).
    Moving(&'static crate::statistics::holiday_names::Holiday),
    /// today 0, yesterday −1, tomorrow +1.
    DayOffset(i32),
    /// "Q3 2023", "first quarter"; halves of a year as `q` 10 and 20 ("H2", "the first half of
    /// 2023").
    Quarter { y: Option<i32>, q: u8 },
    /// A decade: "the 1990s".
    Decade(i32),
    /// A century by its hundreds: 18 for "the 1800s" and "the 19th century" (1800–1899).
    Century(i32),
    /// Nothing resolvable (a duration, a set, a part of a day).
    Nothing,
}

impl When {
    /// Names one day: a date with its day of the month, a weekday (with or without its date) or
    /// a day counted from the dateline ("tomorrow"): what a clock time or a part of the day
    /// may follow.
    pub fn is_one_day(&self) -> bool {
        matches!(
            self,
            When::Date { d: Some(_), .. }
                | When::Weekday { .. }
                | When::WeekdayDate { .. }
                | When::DayOffset(_)
        )
    }

    /// Needs a dateline to be resolved.
    pub fn is_relative(&self) -> bool {
        match self {
            When::Date { y, .. } => y.is_none(),
            When::Quarter { y, .. } => y.is_none(),
            When::Weekday { .. }
            | When::WeekdayDate { .. }
            | When::Relative { .. }
            | When::SameLastYear { .. }
            | When::InYear { .. }
            | When::HolidayIn { .. }
            | When::Moving(_)
            | When::DayOffset(_) => true,
            When::Decade(_) | When::Century(_) | When::Nothing => false,
        }
    }

    /// The end of a range: a month (and day) without its year is the first such on or after
    /// the range's start (`start`, its ISO form): "from 3 to 5 March", "from November to
    /// February", not each end on its own against the dateline.
    pub fn resolve_after(&self, start: Option<&str>, dateline: Option<Ymd>) -> Option<String> {
        let from = start.and_then(Anchor::from_iso);
        if let (
            When::Date {
                y: None,
                m: Some(m),
                d,
            },
            Some(a),
        ) = (*self, from)
        {
            if let Some(am) = a.m {
                let before = match (d, a.d) {
                    (Some(d), Some(ad)) => (m, d) < (am, ad),
                    _ => m < am,
                };
                let y = if before { a.y + 1 } else { a.y };
                return When::Date {
                    y: Some(y),
                    m: Some(m),
                    d,
                }
                .resolve(None);
            }
        }
        self.resolve(dateline)
    }

    /// ISO 8601 for this phrase, or None when it needs a dateline that is missing.
    pub fn resolve(&self, dateline: Option<Ymd>) -> Option<String> {
        match *self {
            When::Date {
                y: Some(y),
                m: Some(m),
                d: Some(d),
            } => valid(y, m, d).then(|| Ymd { y, m, d }.iso()),
            When::Date {
                y: Some(y),
                m: Some(m),
                d: None,
            } => Some(year_iso(y, Some(m))),
            // A year before year 0 ("44 BC") with its sign and four digits: "-0043".
            When::Date {
                y: Some(y),
                m: None,
                d: None,
            } if y < 0 => Some(format!("-{:04}", -y)),
            When::Date {
                y: Some(y),
                m: None,
                d: None,
            } => Some(year_iso(y, None)),
            When::Date {
                y: None,
                m: Some(m),
                d,
            } => {
                let base = dateline?;
                // The most recent such month (or day) on or before the dateline.
                let this_year = match d {
                    Some(d) => (m, d) <= (base.m, base.d),
                    None => m <= base.m,
                };
                let y = if this_year { base.y } else { base.y - 1 };
                Some(match d {
                    Some(d) if valid(y, m, d) => Ymd { y, m, d }.iso(),
                    Some(_) => return None,
                    None => year_iso(y, Some(m)),
                })
            }
            // "on the 3rd": the latest such day on or before the dateline.
            When::Date {
                y: None,
                m: None,
                d: Some(d),
            } => super::dates::ahead::day_of_month(dateline?, d, false),
            When::Date { .. } => None,
            When::Weekday { wd, rel } => {
                let base = dateline?;
                let diff = i64::from(wd) - i64::from(base.weekday());
                let back = if diff > 0 { diff - 7 } else { diff };
                let days = match rel {
                    0 => back,
                    r if r < 0 => {
                        if back == 0 {
                            -7
                        } else {
                            back
                        }
                    }
                    r => {
                        let next = if diff > 0 { diff } else { diff + 7 };
                        // "Friday after next" (rel 2): a week after the next one.
                        next + 7 * i64::from(r - 1)
                    }
                };
                Some(base.add_days(days).iso())
            }
            When::WeekdayDate { wd, m, d } => {
                let base = dateline?;
                // The dateline's year first, then the year before and the one after.
                [base.y, base.y - 1, base.y + 1]
                    .into_iter()
                    .find(|&y| valid(y, m, d) && Ymd { y, m, d }.weekday() == wd)
                    .map(|y| Ymd { y, m, d }.iso())
                    .or_else(|| {
                        When::Date {
                            y: None,
                            m: Some(m),
                            d: Some(d),
                        }
                        .resolve(Some(base))
                    })
            }
            When::DayOffset(n) => Some(dateline?.add_days(i64::from(n)).iso()),
            When::InYear { m, d, offset } => {
                let y = dateline?.y + offset;
                match d {
                    Some(d) => valid(y, m, d).then(|| Ymd { y, m, d }.iso()),
                    None => Some(year_iso(y, Some(m))),
                }
            }
            When::Relative { unit, offset } => {
                let base = dateline?;
                relative(base, unit, offset)
            }
            When::HolidayIn {
                fixed,
                days,
                months,
            } => {
                let base = dateline?;
                let y = (base.y * 12 + i32::from(base.m) - 1 + months).div_euclid(12);
                let (m, d) = fixed.or_else(|| days?.on(Some(y)))?;
                valid(y, m, d).then(|| Ymd { y, m, d }.iso())
            }
            When::Moving(h) => super::dates::moving_day(h, dateline?, false),
            When::SameLastYear { unit } => {
                let base = dateline?;
                match unit {
                    TimeUnit::Month => Some(format!("{:04}-{:02}", base.y - 1, base.m)),
                    TimeUnit::Day => Some(
                        Ymd {
                            y: base.y - 1,
                            ..base
                        }
                        .iso(),
                    ),
                    TimeUnit::Quarter => {
                        Some(format!("{:04}-Q{}", base.y - 1, (base.m - 1) / 3 + 1))
                    }
                    _ => Some(format!("{:04}", base.y - 1)),
                }
            }
            When::Quarter { y, q } => {
                let y = match y {
                    Some(y) => y,
                    None => dateline?.y,
                };
                // Halves are kept as quarters 10 and 20 ("H1", "the second half of 2023").
                Some(if q >= 10 {
                    format!("{y:04}-H{}", q / 10)
                } else {
                    format!("{y:04}-Q{q}")
                })
            }
            When::Decade(y) => Some(format!("{:03}X", y / 10)),
            When::Century(c) => Some(format!("{c:02}XX")),
            When::Nothing => None,
        }
    }
}

fn relative(base: Ymd, unit: TimeUnit, offset: i32) -> Option<String> {
    Some(match unit {
        TimeUnit::Year => year_iso(base.y + offset, None),
        TimeUnit::Month => {
            let idx = base.y * 12 + i32::from(base.m) - 1 + offset;
            let month = u8::try_from(idx.rem_euclid(12) + 1).unwrap_or(0);
            year_iso(idx.div_euclid(12), Some(month))
        }
        TimeUnit::Quarter => {
            let idx = base.y * 4 + i32::from((base.m - 1) / 3) + offset;
            format!("{:04}-Q{}", idx.div_euclid(4), idx.rem_euclid(4) + 1)
        }
        TimeUnit::Week | TimeUnit::Weekend => {
            let monday = base.add_days(1 - i64::from(base.weekday()) + 7 * i64::from(offset));
            let (y, w) = iso_week(monday);
            if unit == TimeUnit::Weekend {
                format!("{y:04}-W{w:02}-WE")
            } else {
                format!("{y:04}-W{w:02}")
            }
        }
        TimeUnit::Day | TimeUnit::Night => base.add_days(i64::from(offset)).iso(),
        TimeUnit::Decade => format!("{:03}X", (base.y + 10 * offset) / 10),
        TimeUnit::Century => format!("{:02}XX", (base.y + 100 * offset) / 100),
        _ => return None,
    })
}

fn iso_week(d: Ymd) -> (i32, u32) {
    // The Thursday of this week decides the year.
    let thursday = d.add_days(4 - i64::from(d.weekday()));
    let jan1 = Ymd {
        y: thursday.y,
        m: 1,
        d: 1,
    };
    let week = (thursday.days() - jan1.days()) / 7 + 1;
    (thursday.y, week as u32)
}

/// An ISO 8601 duration for `amount` of `unit` ("P3Y", "PT2.5H").
pub fn duration_iso(amount: f64, unit: TimeUnit) -> String {
    // A whole amount of a unit written as itself (nearly every duration read): the digits
    // without the formatting machinery, as `format!("{}", amount as i64)` writes them.
    let letter = match unit {
        TimeUnit::Second => Some("PTS"),
        TimeUnit::Minute => Some("PTM"),
        TimeUnit::Hour => Some("PTH"),
        TimeUnit::Day | TimeUnit::Night => Some("PD"),
        TimeUnit::Week => Some("PW"),
        TimeUnit::Month => Some("PM"),
        TimeUnit::Year => Some("PY"),
        _ => None,
    };
    if let Some(code) = letter.filter(|_| amount.fract() == 0.0 && amount.abs() < 1e15) {
        let (prefix, suffix) = code.split_at(code.len() - 1);
        let n = amount as i64;
        // Exactly as long as it will be: the string is kept with the figure.
        let digits = n
            .unsigned_abs()
            .checked_ilog10()
            .map_or(1, |d| d as usize + 1);
        let mut s = String::with_capacity(code.len() + usize::from(n < 0) + digits);
        s.push_str(prefix);
        if n < 0 {
            s.push('-');
        }
        push_digits(&mut s, n.unsigned_abs(), 1);
        s.push_str(suffix);
        return s;
    }
    let n = if amount.fract() == 0.0 {
        format!("{}", amount as i64)
    } else {
        format!("{}", (amount * 1000.0).round() / 1000.0)
    };
    match unit {
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
    }
}

/// A year ("2019") or a year and month ("2019-05") in ISO 8601, as `format!("{y:04}")` and
/// `format!("{y:04}-{m:02}")` write them: digit by digit for a year of zero or more (1,022
/// calls on 300 KB of news), through the formatting machinery for one before year 0.
fn year_iso(y: i32, m: Option<u8>) -> String {
    let Ok(year) = u64::try_from(y) else {
        return match m {
            Some(m) => format!("{y:04}-{m:02}"),
            None => format!("{y:04}"),
        };
    };
    let mut s = String::with_capacity(7);
    push_digits(&mut s, year, 4);
    if let Some(m) = m {
        s.push('-');
        push_digits(&mut s, u64::from(m), 2);
    }
    s
}

/// Appends `n` in decimal, padded with zeros to at least `width` digits.
fn push_digits(s: &mut String, n: u64, width: usize) {
    let mut buf = [b'0'; 20];
    let mut at = buf.len();
    let mut rest = n;
    loop {
        at -= 1;
        if let Some(d) = buf.get_mut(at) {
            *d = b'0' + (rest % 10) as u8;
        }
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    at = at.min(buf.len().saturating_sub(width));
    for &d in buf.get(at..).unwrap_or_default() {
        s.push(char::from(d));
    }
}

/// The unit's name in the plural, as a range of durations shows it ("4 – 6 years").
pub fn unit_plural(unit: TimeUnit) -> &'static str {
    match unit {
        TimeUnit::Second => "seconds",
        TimeUnit::Minute => "minutes",
        TimeUnit::Hour => "hours",
        TimeUnit::Day => "days",
        TimeUnit::Night => "nights",
        TimeUnit::Week => "weeks",
        TimeUnit::Weekend => "weekends",
        TimeUnit::Fortnight => "fortnights",
        TimeUnit::Month => "months",
        TimeUnit::Quarter => "quarters",
        TimeUnit::Year => "years",
        TimeUnit::Decade => "decades",
        TimeUnit::Century => "centuries",
        TimeUnit::Millennium => "millennia",
    }
}

#[cfg(test)]
#[path = "calendar_tests.rs"]
mod tests;
