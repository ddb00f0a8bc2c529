//! The movable holidays' dates as the library includes them: each year's day after the first as
//! its difference in days from the year before ("2001:0326,0413,0402" → "2001:0326,18,-11"),
//! which gzip codes half as large as the days themselves (the dates 13.0 → 6.9 KB gzipped:
//! Easter, Ramadan and the lunar holidays move by a few recurring steps). The build script packs
//! `generated/statistics/holidays.tsv` into `OUT_DIR` and checks every date comes back, so the
//! committed file stays the readable one; [`nth_day`] reads a packed list.
//!
//! A day is counted in a leap year's calendar (29 February is a day), so a difference is the same
//! whatever the years. An empty day (the countries that keep the holiday disagree) stays empty;
//! the next difference counts from the last day written.

/// The months' lengths in a leap year.
const DAYS: [u8; 12] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/// The day of the year of (month, day), 0-based, in a leap year; `None` for no such day.
fn day_of_year(month: u8, day: u8) -> Option<u16> {
    let m = usize::from(month.checked_sub(1)?);
    let before: u16 = DAYS.get(..m)?.iter().map(|&d| u16::from(d)).sum();
    (day >= 1 && day <= *DAYS.get(m)?).then_some(before + u16::from(day) - 1)
}

/// The (month, day) of a 0-based day of a leap year.
fn month_day_of(mut doy: u16) -> Option<(u8, u8)> {
    for (m, &len) in (1u8..).zip(&DAYS) {
        if doy < u16::from(len) {
            return Some((m, u8::try_from(doy).ok()? + 1));
        }
        doy -= u16::from(len);
    }
    None
}

/// "MMDD" → (month, day).
fn parse_mmdd(s: &str) -> Option<(u8, u8)> {
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((s.get(..2)?.parse().ok()?, s.get(2..)?.parse().ok()?))
}

/// The (month, day) at `index` of a packed list of days ("0326,18,-11,,19": a day after none
/// known as MMDD, each later one as its difference in days, empty where no day is known).
pub fn nth_day(days: &str, index: usize) -> Option<(u8, u8)> {
    let mut at: Option<u16> = None;
    let mut here = None;
    let mut parts = days.split(',');
    for _ in 0..=index {
        let part = parts.next()?;
        here = if part.is_empty() {
            None
        } else if let Some((m, d)) = parse_mmdd(part) {
            Some(day_of_year(m, d)?)
        } else {
            let step: i32 = part.parse().ok()?;
            Some(u16::try_from(i32::from(at?) + step).ok()?)
        };
        at = here.or(at);
    }
    month_day_of(here?)
}

/// A list of days "MMDD,MMDD,,MMDD" in the packed form [`nth_day`] reads; `None` if a day is
/// not MMDD (the build script then stops). A difference is never four digits (it is under a
/// year), so it cannot be read as a day.
#[cfg_attr(not(test), allow(dead_code))]
pub fn pack_days(days: &str) -> Option<String> {
    let mut out = String::with_capacity(days.len() / 2);
    let mut last: Option<u16> = None;
    for (i, day) in days.split(',').enumerate() {
        if i > 0 {
            out.push(',');
        }
        if day.is_empty() {
            continue;
        }
        let (m, d) = parse_mmdd(day)?;
        let doy = day_of_year(m, d)?;
        match last {
            None => out.push_str(day),
            Some(prev) => out.push_str(&(i32::from(doy) - i32::from(prev)).to_string()),
        }
        last = Some(doy);
    }
    Some(out)
}

/// The holiday file with each movable holiday's dates packed ([`pack_days`]): a line's third
/// field "YEAR:days"; every other byte as it was. `Err` names the first line that does not pack.
#[cfg_attr(not(test), allow(dead_code))]
pub fn pack_file(plain: &str) -> Result<String, String> {
    let mut out = String::with_capacity(plain.len());
    for (n, line) in plain.split_inclusive('\n').enumerate() {
        let fields: Vec<&str> = line.splitn(4, '\t').collect();
        let dates = match fields.get(2) {
            Some(f) if !line.starts_with('#') => f.trim_end_matches('\n').split_once(':'),
            _ => None,
        };
        let Some((year, days)) = dates else {
            out.push_str(line);
            continue;
        };
        let packed = pack_days(days).ok_or(format!("holidays.tsv line {}: bad dates", n + 1))?;
        out.push_str(fields[0]);
        out.push('\t');
        out.push_str(fields[1]);
        out.push('\t');
        out.push_str(year);
        out.push(':');
        out.push_str(&packed);
        match fields.get(3) {
            Some(rest) => {
                out.push('\t');
                out.push_str(rest);
            }
            None if line.ends_with('\n') => out.push('\n'),
            None => {}
        }
    }
    Ok(out)
}

#[cfg(test)]
#[path = "holiday_dates_tests.rs"]
mod tests;
