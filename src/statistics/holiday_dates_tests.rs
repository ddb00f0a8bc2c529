//! The packed holiday dates: made-up lists of days, edge days and empty days, read back.

use super::{day_of_year, month_day_of, nth_day, pack_days, pack_file};

/// Each day of `plain` ("MMDD,,MMDD") read back from the packed form, and nothing past the end.
fn round_trip(plain: &str) {
    let packed = pack_days(plain).unwrap_or_else(|| panic!("{plain} packs"));
    for (i, day) in plain.split(',').enumerate() {
        let want = (!day.is_empty()).then(|| {
            let m: u8 = day[..2].parse().unwrap_or(0);
            let d: u8 = day[2..].parse().unwrap_or(0);
            (m, d)
        });
        assert_eq!(nth_day(&packed, i), want, "{plain} → {packed}, day {i}");
    }
    assert_eq!(nth_day(&packed, plain.split(',').count()), None, "{plain}");
}

#[test]
fn every_day_of_a_leap_year_maps_back() {
    for doy in 0..366 {
        let (m, d) = month_day_of(doy).expect("a day of the year");
        assert_eq!(day_of_year(m, d), Some(doy));
    }
    assert_eq!(month_day_of(366), None);
    assert_eq!(day_of_year(2, 30), None);
    assert_eq!(day_of_year(13, 1), None);
    assert_eq!(day_of_year(0, 1), None);
    assert_eq!(day_of_year(4, 0), None);
}

#[test]
fn lists_of_days_come_back() {
    for plain in [
        "0326",
        "0326,0413,0402,0322",
        "1212,1202,1220,1209,1128,1218",
        "0101,1231,0101,0229,0301,0228",
        "0421,0412,,0404",
        ",0412,0404",
        ",,",
        "0229,,,0229",
        "1231,0101",
    ] {
        round_trip(plain);
    }
}

#[test]
fn packed_days_are_differences() {
    assert_eq!(pack_days("0326,0413,0402").as_deref(), Some("0326,18,-11"));
    assert_eq!(pack_days("0421,0412,,0404").as_deref(), Some("0421,-9,,-8"));
    assert_eq!(pack_days(",0412,0404").as_deref(), Some(",0412,-8"));
    assert_eq!(pack_days("0326,0326").as_deref(), Some("0326,0"));
}

#[test]
fn days_that_are_not_days_do_not_pack() {
    for bad in ["0230", "1301", "326", "03-26", "0326,x", "0326,04133"] {
        assert_eq!(pack_days(bad), None, "{bad}");
    }
}

#[test]
fn damaged_packed_lists_read_as_no_day() {
    assert_eq!(nth_day("0326,x", 1), None);
    assert_eq!(nth_day("0326,-400", 1), None);
    assert_eq!(nth_day("0326,400", 1), None);
    assert_eq!(nth_day(",5", 1), None);
    assert_eq!(nth_day("", 0), None);
    assert_eq!(nth_day("0326", usize::MAX), None);
}

#[test]
fn a_file_packs_only_its_dates() {
    let plain = "# comment\tx\t2001:0101\nnew year\t01-01\t\neaster\t-\t2001:0415,0331\nramadan\t-\t2024:0311,0301\t2024:2024-04-09\nlent\t=easter\n";
    let packed = pack_file(plain).expect("packs");
    assert_eq!(
        packed,
        "# comment\tx\t2001:0101\nnew year\t01-01\t\neaster\t-\t2001:0415,-15\nramadan\t-\t2024:0311,-10\t2024:2024-04-09\nlent\t=easter\n"
    );
    assert!(pack_file("bad\t-\t2001:0230\n").is_err());
}
