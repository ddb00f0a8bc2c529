"""Festivals of the lunar and lunisolar calendars and observances for holiday_dates.py: names the
28 countries' public calendars lack, with their dates 1990-2050.

- More names from the `holidays` package: India's optional (restricted) holidays, and the movable
  feasts of countries whose calendars name Hindu, Buddhist and Islamic festivals in English
  (Nepal, Sri Lanka, Mauritius, Guyana, Trinidad, ...). A name "A (B)" or "A or B" gives both.
- The feasts of the Hebrew calendar as pyluach names them ("Succos", "Shavuos", "Tu B'shvat"),
  each dated by pyluach's calendar, a feast of several days from its first day to its last.
- A name whose days, read in the Hijri calendar (hijridate's Umm al-Qura) or the Hebrew one
  (pyluach), fall on one day of one lunar month ("Laylat al-Qadr" on 27 Ramadan) is a fixed day of
  that calendar: its dates for every year 1990-2050 are computed from the calendar (for a name
  the public calendars already date, only the years they leave empty).
- A few observances no package keeps (Tax Day, Earth Day, Bastille Day), by their fixed day.

Nothing here types a date or a spelling of a festival: the names and days come from the packages;
the spelling variants ("Eid ul Adha", "Chanukah") are the core's (`holiday_spellings.rs`).
"""

import re
from datetime import date, timedelta

HIJRIDATE = "2.6.0"
PYLUACH = "2.3.0"

# Categories beside "public" that hold festivals news names: India's restricted holidays.
MORE_CATEGORIES = {"IN": ("public", "optional")}
# Countries whose calendars name festivals of the Hindu, Buddhist and Islamic calendars in
# English (their movable days only: a fixed day there is a national day, not a festival).
FESTIVAL_COUNTRIES = {"NP": None, "LK": None, "MU": None, "GY": None, "TT": None, "GM": None,
                      "KE": ("public", "hindu", "islamic"), "BN": None, "ID": None, "MV": None,
                      "FJ": None}
# What a name in brackets may be that names no festival: the tradition or part of a feast
# ("Janmashtami (Smarta)", "Onam (Day 2)", "Ekadashi (Dashain)") or where it is kept
# ("Deepavali (South India)", "Fagu Poornima (Terai)"): the whole name is then left out.
NOT_A_NAME = re.compile(r"\d|^(smarta|vaishnava|shahenshahi|saptami|second day|dashain"
                        r"|south india|terai)$")
# Observances no package keeps, by the day they fall on (MM-DD), or None for one named without
# a day (Super Tuesday moves with each election's calendar).
OBSERVANCES = {"tax day": "04-15", "earth day": "04-22", "bastille day": "07-14",
               "ve day": "05-08", "v - e day": "05-08", "vj day": "08-15",
               "bonfire night": "11-05", "burns night": "01-25", "armistice day": "11-11",
               "boss ' s day": "10-16", "bosses ' day": "10-16",
               "super tuesday": None}
YEARS = range(1990, 2051)


def split_names(part, tokens):
    """The names in one of the package's names: "Id-ul-Zuha (Bakrid)" gives both, "Pratihar
    Shashthi or Surya Shashthi (Chhath Puja)" all three; a bracket that names no festival is
    dropped with its text ("Onam (Day 2)" is no name of Onam's first day)."""
    out = []
    inner = re.findall(r"\(([^)]*)\)", part)
    outer = re.sub(r"\s*\([^)]*\)", "", part).strip()
    if any(NOT_A_NAME.search(tokens(b)) for b in inner):
        return []
    for piece in [outer, *inner]:
        out += [p.strip() for p in re.split(r"\s+or\s+", piece) if p.strip()]
    return out


def more_names(holidays, tokens, keep):
    """(country, name) -> year -> first day, from India's restricted holidays and the festival
    countries' movable days; `keep(name)` says which names are wanted."""
    found = {}
    sources = [(c, cats, False) for c, cats in MORE_CATEGORIES.items()]
    sources += [(c, cats or ("public",), True) for c, cats in FESTIVAL_COUNTRIES.items()]
    for country, categories, movable_only in sources:
        cls = type(holidays.country_holidays(country))
        english = [lang for lang in cls.supported_languages if lang.startswith("en")]
        subdivisions = cls.subdivisions if country == "IN" else ()
        by_name = {}
        for lang in english or [None]:
            for subdiv in (None, *subdivisions):
                cal = holidays.country_holidays(country, subdiv=subdiv, years=YEARS,
                                                language=lang, categories=categories)
                for day, names in cal.items():
                    for name in names.split("; "):
                        for part in name.split(" / "):
                            if re.search(r"observed|in lieu", part, re.I):
                                continue
                            part = re.sub(r"\s*\(estimated\)", "", part, flags=re.I)
                            for n in split_names(part, tokens):
                                key = tokens(n)
                                if n.isascii() and keep(key):
                                    days = by_name.setdefault(key, {})
                                    days[day.year] = min(days.get(day.year, day), day)
        for key, days in by_name.items():
            if movable_only and len({(d.month, d.day) for d in days.values()}) < 2:
                continue
            found[(country, key)] = days
    return found


def hebrew_feasts(tokens):
    """The feasts pyluach names ("Succos", "Chanuka", "Lag Ba'omer"), outside Israel: name ->
    year -> (first day, last day). A name that opens with a figure ("10 of Teves") is left to the
    date grammar."""
    from pyluach import dates as heb

    spans = {}  # name -> [(first day, last day)], consecutive days joined
    day, end = date(YEARS[0], 1, 1), date(YEARS[-1], 12, 31)
    while day <= end:
        name = heb.GregorianDate.from_pydate(day).to_heb().holiday(israel=False)
        if name and not name[0].isdigit():
            runs = spans.setdefault(tokens(name), [])
            if runs and runs[-1][1] + timedelta(days=1) == day:
                runs[-1] = (runs[-1][0], day)
            else:
                runs.append((day, day))
        day += timedelta(days=1)
    # Dated by the year a feast begins in (Chanuka may end in the next).
    return {name: {first.year: (first, last) for first, last in runs}
            for name, runs in spans.items()}


def lunar_day(days):
    """The calendar and (month, day) that the Gregorian days `days` all fall on, in the Hijri
    calendar or the Hebrew one, or None (a day of a moon sighted a day later still counts)."""
    from hijridate import Gregorian
    from pyluach import dates as heb

    def hijri(d):
        return Gregorian.fromdate(d).to_hijri().datetuple()[1:]

    def hebrew(d):
        return heb.GregorianDate.from_pydate(d).to_heb().tuple()[1:]

    for calendar, read in (("hijri", hijri), ("hebrew", hebrew)):
        try:
            # Each day read as itself and as the day before it (the package gives the earlier
            # of two days where a moon is sighted a day later).
            reads = [(read(d), read(d - timedelta(days=1))) for d in days]
        except (ValueError, OverflowError):
            continue
        for first in sorted({r for r, _ in reads}):
            if all(first in r for r in reads):
                return calendar, first
    return None


def lunar_dates(calendar, month_day):
    """year -> Gregorian day of the lunar (month, day) for each year 1990-2050 in which it falls
    once (twice in one Gregorian year, as a Hijri day does about every 33 years, gives none)."""
    from hijridate import Hijri
    from pyluach import dates as heb

    found = {}
    if calendar == "hijri":
        for y in range(1409, 1475):
            try:
                g = Hijri(y, *month_day).to_gregorian()
            except (ValueError, OverflowError):
                continue
            found.setdefault(g.year, []).append(date(g.year, g.month, g.day))
    else:
        for y in range(5750, 5812):
            try:
                g = heb.HebrewDate(y, *month_day).to_pydate()
            except ValueError:
                continue
            found.setdefault(g.year, []).append(g)
    return {y: ds[0] for y, ds in found.items() if y in YEARS and len(ds) == 1}
