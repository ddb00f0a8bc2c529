#!/usr/bin/env python3
"""Builds the statistics layer's holiday lexicon from the `holidays` package into
generated/statistics/holidays.tsv.

Run from the repository root:  python3 scripts/lexicons/holiday_dates.py   (or `make lexicons`).
The package is installed into a virtualenv under target/ at the pinned version, so the output is
reproducible.

Each line:  NAME<TAB>FIXED<TAB>DATES[<TAB>UNTIL], or NAME<TAB>=OTHER for a name with the same
days as OTHER, an earlier line (synonyms: "eid ul - adha<TAB>=eid al - adha")
  NAME   the holiday's English name, lower case, split into the tokens Gloss's tokenizer makes
         ("saint patrick ' s day"); "(estimated)" dropped, observed days off and one-offs
         (fewer than 3 years) left out
  FIXED  MM-DD when every year and every country listed gives the same day, else "-"
  DATES  for a movable holiday, the first year it is listed for, then its MMDD for each year
         from then to 2050 ("2018:0401,0421,,0412,...") where the countries that keep it agree
         (a lunar feast a day apart by country is dated by the earlier day), else empty
  UNTIL  for a season that lasts several days (Ramadan, Hanukkah, Passover), its last day for
         each year of DATES, as YEAR:YYYY-MM-DD (it may end in the next year)
"""

import os
import re
from datetime import date
import venv_run

import festivals
import other_names

HOLIDAYS = "0.109"
YEARS = range(1990, 2051)
# English-speaking countries first (their names are English at source), then others the
# package can name in English.
COUNTRIES = ["US", "GB", "IE", "CA", "AU", "NZ", "ZA", "IN", "JM", "PH", "BZ", "SG", "MY", "KE",
             "NG", "PK", "BD", "IL", "NL", "BS", "BB", "GH", "ZW", "ZM", "NA", "BW", "MT", "HK"]
# Categories besides the public holidays, where the package keeps days that news names as
# often as the days off ("Groundhog Day", "Valentine's Day", "Halloween" for the US; the
# provincial days of Canada, the feasts of Israel and Hong Kong kept but not days off).
CATEGORIES = {
    "US": ("public", "unofficial"),
    "CA": ("public", "optional", "government"),
    "IL": ("public", "optional"),
    "NL": ("public", "optional"),
    "HK": ("public", "optional"),
}
# Countries whose states keep their own festivals (Diwali, Holi, Onam, Bihu in India's).
SUBDIVISIONS = {"IN": None, "MY": None}
# The US states name days the federal calendar names otherwise ("Presidents' Day", "Lincoln's
# Birthday"): their names are read apart (states, not the territories the package keeps as
# countries of their own). A state's name no country names is added where the states agree on
# its days; a name another country names is given the states' days when the states carrying
# it are at least DOMINANT times the calendars of the others ("President's Day": the US
# states against Botswana's one), so a reader with no region gets the most widely kept day.
STATES_OF = "US"
DOMINANT = 3
COMMON_WORDS = 5000
OUT = os.path.join("generated", "statistics", "holidays.tsv")
SKIP = re.compile(r"additional|election|special|working day|national day|\bday off\b|bridge"
                  # A day off given for a holiday ("Labour Day Holiday", "the day following
                  # Good Friday") is no holiday's name, nor is one that opens with "the"
                  # (every sentence would try it).
                  r"|(?<!bank) holiday$|^public holiday|^the\b",
                  re.I)


# Names news uses for holidays the package keeps under another name: each group's names all get
# the dates of the first of them the package has.
SYNONYMS = [("juneteenth national independence day", "juneteenth"), ("pesach", "passover"),
            ("pentecost", "whit sunday", "whitsunday", "feast of pentecost"),
            ("martin luther king jr . day", "mlk day", "martin luther king day",
             "martin luther king ' s day"), ("ashura", "day of ashura"),
            ("eid al - fitr", "eid ul - fitr", "eid - el - fitr"),
            ("eid al - adha", "eid ul - adha", "eid - el - kabir"),
            ("prophet ' s birthday", "mawlid", "eid - el - mawlid"),
            ("mahatma gandhi ' s jayanti", "gandhi jayanti")]
# Days the statistics code names without a date, since their day differs by country (Mothering
# Sunday in Britain) and the package keeps only the American one.
LEFT_TO_CODE = {"mother ' s day", "father ' s day"}
# A name that countries give different days, read as one country's (American news writes of
# Thanksgiving far more than Canadian): name -> (country, the package's name there).
AS_IN = {"thanksgiving": ("US", "thanksgiving day"), "thanksgiving day": ("US", "thanksgiving day")}


def easter_days():
    """Days counted from Easter that the countries of COUNTRIES do not name, by the Easter
    computus of python-dateutil (a dependency of the package), the Orthodox ones by the Orthodox
    Easter: name -> year -> date."""
    from datetime import timedelta
    from dateutil.easter import EASTER_ORTHODOX, easter

    out = {}
    for year in YEARS:
        shrove = easter(year) - timedelta(days=47)
        for name in ("shrove tuesday", "mardi gras", "pancake day"):
            out.setdefault(name, {})[year] = shrove
        for name, days in (("ash wednesday", -46), ("palm sunday", -7), ("trinity sunday", 56)):
            out.setdefault(name, {})[year] = easter(year) + timedelta(days=days)
        orthodox = easter(year, EASTER_ORTHODOX)
        for name, days in (("orthodox easter", 0), ("orthodox good friday", -2),
                           ("orthodox great friday", -2), ("lazarus saturday", -8),
                           ("clean monday", -48)):
            out.setdefault(name, {})[year] = orthodox + timedelta(days=days)
    return out


def seasons():
    """Seasons of several days that no country of COUNTRIES keeps as a day off, dated by the
    package's own calendars and the Easter computus: name -> year -> (first day, last day). A year in which a season
    starts twice (Ramadan in 2030) is left out: its name alone does not say which."""
    from datetime import timedelta

    from dateutil.easter import EASTER_ORTHODOX, easter
    from holidays.calendars.hebrew import _HebrewLunisolar
    from holidays.calendars.islamic import _IslamicLunar

    islamic = _IslamicLunar()
    hebrew = _HebrewLunisolar()
    out = {}
    for year in YEARS:
        starts = [d for d, _ in islamic.ramadan_beginning_dates(year) if d.year == year]
        if len(starts) == 1:
            # Ramadan ends the day before Eid al-Fitr (the package's date for it).
            eid = [d for y in (year, year + 1) for d, _ in islamic.eid_al_fitr_dates(y)
                   if starts[0] < d <= starts[0] + timedelta(days=31)]
            if eid:
                out.setdefault("ramadan", {})[year] = (starts[0], min(eid) - timedelta(days=1))
        hanukkah = hebrew._get_holiday("HANUKKAH", year)
        if hanukkah:  # eight days from 25 Kislev
            span = (hanukkah, hanukkah + timedelta(days=7))
            for name in ("hanukkah", "chanukah", "hanukah"):
                out.setdefault(name, {})[year] = span
        # Lent from Ash Wednesday to Holy Saturday; the Orthodox Great Lent from Clean Monday
        # for forty days, to the Friday before Lazarus Saturday.
        out.setdefault("lent", {})[year] = (easter(year) - timedelta(days=46),
                                            easter(year) - timedelta(days=1))
        orthodox = easter(year, EASTER_ORTHODOX)
        out.setdefault("great lent", {})[year] = (orthodox - timedelta(days=48),
                                                  orthodox - timedelta(days=9))
        passover = hebrew._get_holiday("PASSOVER", year)
        if passover:  # to its seventh day, as the package keeps it for Israel
            out.setdefault("passover", {})[year] = (passover, passover + timedelta(days=6))
    return out


def tokens(name):
    return " ".join(re.findall(r"[a-z0-9]+|[^\sa-z0-9]", name.lower().replace("’", "'")))


def holiday_keys(names):
    """The token keys of a calendar day's names ("A; B / C"): observed days (a day off in lieu,
    not the holiday's date), one-offs (SKIP), names with other brackets or letters outside ASCII
    left out; "(estimated)" dropped."""
    for part in (p for n in names.split("; ") for p in n.split(" / ")):
        if re.search(r"\(observed\)", part, re.I):
            continue
        part = re.sub(r"\s*\(estimated\)", "", part, flags=re.I).strip()
        if part and "(" not in part and not SKIP.search(part) and part.isascii():
            yield tokens(part)


def calendars(holidays, country):
    """The country's calendar in each English the package translates it into (en_US, en_IN,
    en_GB, ...: each names some holidays its own way, "Gandhi Jayanti" and "Mahatma Gandhi's
    Birthday"), or at source when it has no English translation."""
    cls = type(holidays.country_holidays(country))
    english = [lang for lang in cls.supported_languages if lang.startswith("en")]
    categories = CATEGORIES.get(country, ("public",))
    subdivisions = cls.subdivisions if country in SUBDIVISIONS else ()
    for lang in english or [None]:
        for subdiv in (None, *subdivisions):
            yield holidays.country_holidays(country, subdiv=subdiv, years=YEARS, language=lang,
                                            categories=categories)


def agreed(by_country):
    """name -> year -> {MM-DD} where the countries that keep the holiday that year give days at
    most one apart (a lunar feast is a day later where the new moon is sighted later): the
    earlier day, where it begins. Days further apart (Labour Day) give an empty set."""
    dates = {}
    for (_, name), by_year in by_country.items():
        for year, day in by_year.items():
            dates.setdefault(name, {}).setdefault(year, []).append(day)
    for by_year in dates.values():
        for year, days in by_year.items():
            if (max(days) - min(days)).days > 1:
                by_year[year] = set()
            else:
                by_year[year] = {f"{min(days).month:02d}-{min(days).day:02d}"}
    return dates


def most_kept(by_state):
    """name -> year -> {MM-DD}: the day most states keep a name on, where they are at least
    DOMINANT times those keeping it on other days (New Mexico's "Presidents' Day" is the day
    after Thanksgiving, the other states' the third Monday of February), else an empty set."""
    days = {}
    for (_, name), by_year in by_state.items():
        for year, day in by_year.items():
            days.setdefault(name, {}).setdefault(year, []).append(day)
    out = {}
    for name, by_year in days.items():
        for year, kept in by_year.items():
            top = max(set(kept), key=lambda d: (kept.count(d), -d.toordinal()))
            ok = kept.count(top) >= DOMINANT * (len(kept) - kept.count(top))
            out.setdefault(name, {})[year] = {f"{top.month:02d}-{top.day:02d}"} if ok else set()
    return out


def state_names(holidays, by_country):
    """name -> year -> {MM-DD} from the states of STATES_OF, as the module's comment says."""
    cls = type(holidays.country_holidays(STATES_OF))
    countries = set(holidays.list_supported_countries())
    english = [lang for lang in cls.supported_languages if lang.startswith("en")] or [None]
    states, carriers = {}, {}  # (state, name) -> year -> day; name -> {state}
    for subdiv in cls.subdivisions:
        if subdiv in countries:
            continue  # a territory the package keeps as a country (PR, GU, VI)
        for lang in english:
            cal = holidays.country_holidays(STATES_OF, subdiv=subdiv, years=YEARS, language=lang,
                                            categories=CATEGORIES.get(STATES_OF, ("public",)))
            for day, names in cal.items():
                for key in holiday_keys(names):
                    if " " not in key or key in LEFT_TO_CODE:
                        continue
                    by_year = states.setdefault((subdiv, key), {})
                    by_year[day.year] = min(by_year.get(day.year, day), day)
                    carriers.setdefault(key, set()).add(subdiv)
    # Spellings of one name ("president ' s day", "presidents ' day", "presidents day") are
    # counted as one.
    def fold(name):
        return re.sub(r" ' s\b", "s", name).replace(" '", "")

    others = {}  # folded name -> the calendars of other countries naming it
    for (country, name) in by_country:
        if country != STATES_OF:
            others[fold(name)] = others.get(fold(name), 0) + 1
    kept = {}  # folded name -> {state}
    for name, subdivs in carriers.items():
        kept.setdefault(fold(name), set()).update(subdivs)
    national = {name for (_, name) in by_country}
    by_fold = most_kept({(s, fold(n)): by_year for (s, n), by_year in states.items()})
    out = {}
    for name, by_year in most_kept(states).items():
        # A state's own name is taken when it ends in a day's word ("Alaska Day", "Lincoln's
        # Birthday"), not a person's name alone ("Dr. Martin Luther King Jr.").
        last = name.split()[-1]
        if all(by_year.values()) and name not in national and \
                (last in other_names.DAY_WORDS or last == "birthday"):
            out[name] = by_year
    for name in national:
        f = fold(name)
        if f in others and f in by_fold and all(by_fold[f].values()) and \
                len(kept[f]) >= DOMINANT * others[f]:
            out[name] = by_fold[f]
    return out


def lunar_fill(dates, base, spans):
    """Dates a name whose days are one day of a lunar month ("Laylat al-Qadr", 27 Ramadan) by
    that calendar for every year: all of them for a name the public calendars did not give,
    the years they leave undated for one they did."""
    for name, by_year in dates.items():
        days = [date.fromisoformat(f"{y}-{next(iter(d))}") for y, d in sorted(by_year.items())
                if len(d) == 1]
        if name in spans or len(days) < 5 or len({(d.month, d.day) for d in days}) == 1:
            continue
        found = festivals.lunar_day(days)
        if not found:
            continue
        for year, day in festivals.lunar_dates(*found).items():
            if name not in base or not by_year.get(year):
                by_year[year] = {f"{day.month:02d}-{day.day:02d}"}


def build():
    import holidays

    assert holidays.__version__ == HOLIDAYS, holidays.__version__
    with open(os.path.join("generated", "entities", "wordfreq.txt"), encoding="utf-8") as f:
        common = {w.strip().lower() for _, w in zip(range(COMMON_WORDS), f)}
    by_country = {}  # (country, name) -> year -> first day
    for country in COUNTRIES:
        for cal in calendars(holidays, country):
            for day, names in cal.items():
                for key in holiday_keys(names):
                    if " " not in key and key in common or key in LEFT_TO_CODE:
                        continue
                    # A feast of several days (Eid in Pakistan) is dated by its first.
                    by_year = by_country.setdefault((country, key), {})
                    by_year[day.year] = min(by_year.get(day.year, day), day)
    dates = agreed(by_country)
    for name, by_year in state_names(holidays, by_country).items():
        dates[name] = by_year
    for name, (country, theirs) in AS_IN.items():
        dates[name] = {y: {f"{d.month:02d}-{d.day:02d}"}
                       for y, d in by_country[(country, theirs)].items()}
    for group in SYNONYMS:
        known = [dates[name] for name in group if name in dates]
        assert known, f"the package names none of {group}"
        for name in group:
            dates.setdefault(name, known[0])
    for name, by_year in easter_days().items():
        for year, day in by_year.items():
            dates.setdefault(name, {}).setdefault(year, {f"{day.month:02d}-{day.day:02d}"})
    base = set(dates)

    def wanted(key):
        return (key not in base and not SKIP.search(key) and key not in LEFT_TO_CODE
                and not (" " not in key and key in common))

    dates.update(agreed(festivals.more_names(holidays, tokens, wanted)))
    # Other names of holidays, from every country of both packages (other_names.py).
    found = other_names.package_names(holidays, tokens, wanted, YEARS)
    for key, by_year in other_names.workalendar_names(tokens, wanted, YEARS).items():
        mine = found.setdefault(key, {})
        for year, day in by_year.items():
            mine[year] = min(mine.get(year, day), day)
    for name, by_year in agreed(other_names.shared(found, common)).items():
        if other_names.dated(by_year):
            dates.setdefault(name, by_year)
    spans = seasons()
    for name, by_year in festivals.hebrew_feasts(tokens).items():
        if wanted(name) and name not in dates:
            dates[name] = {y: {f"{a.month:02d}-{a.day:02d}"} for y, (a, _) in by_year.items()}
            if any(a != b for a, b in by_year.values()):
                spans[name] = by_year
    lunar_fill(dates, base, spans)
    for name, day in festivals.OBSERVANCES.items():
        if name not in dates:
            dates[name] = {y: {day} for y in YEARS} if day else {}
    for name, by_year in spans.items():
        for year, (first, _) in by_year.items():
            dates.setdefault(name, {})[year] = {f"{first.month:02d}-{first.day:02d}"}
    out = [f"# generated by scripts/lexicons/holiday_dates.py from holidays {HOLIDAYS} and "
           f"workalendar {other_names.WORKALENDAR}; do not edit"]
    first_named = {}  # a line's days -> the first name with them
    for name in sorted(dates):
        if len(dates[name]) < 3 and name not in festivals.OBSERVANCES:
            continue  # a one-off (a state funeral, a royal wedding), not a holiday
        years = {y: next(iter(d)) for y, d in dates[name].items() if len(d) == 1}
        days = set(years.values())
        if len(days) == 1 and len(years) == len(dates[name]):
            line = f"{days.pop()}\t"
        else:
            line = "-\t"
            if years:
                first, last = min(years), max(years)
                line += f"{first}:" + ",".join(years.get(y, "").replace("-", "")
                                               for y in range(first, last + 1))
            if name in spans:
                line += "\t" + ",".join(f"{y}:{last.isoformat()}"
                                         for y, (_, last) in sorted(spans[name].items()))
        # A name with the same days as one before it (a synonym) points at it.
        if line in first_named and line != "-\t":
            out.append(f"{name}\t={first_named[line]}")
        else:
            first_named.setdefault(line, name)
            out.append(f"{name}\t{line}")
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"{OUT}: {len(out) - 1} holidays")


if __name__ == "__main__":
    venv_run.rerun_in_venv(f"holidays=={HOLIDAYS}", __file__, f"hijridate=={festivals.HIJRIDATE}",
                           f"pyluach=={festivals.PYLUACH}",
                           f"workalendar=={other_names.WORKALENDAR}")
    build()
