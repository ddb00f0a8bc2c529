#!/usr/bin/env python3
"""Builds the statistics layer's holiday lexicon from the `holidays` package into
generated/statistics/holidays.tsv.

Run from the repository root:  python3 scripts/lexicons/holiday_dates.py   (or `make lexicons`).
The package is installed into a virtualenv under target/ at the pinned version, so the output is
reproducible.

Each line:  NAME<TAB>FIXED<TAB>DATES[<TAB>UNTIL]
  NAME   the holiday's English name, lower case, split into the tokens Gloss's tokenizer makes
         ("saint patrick ' s day"); "(estimated)" dropped, observed days off and one-offs
         (fewer than 3 years) left out
  FIXED  MM-DD when every year and every country listed gives the same day, else "-"
  DATES  for a movable holiday, YEAR:MM-DD for each year 1990-2050 on which the countries that
         keep it agree ("2018:04-01,2019:04-21,..."), else empty
  UNTIL  for a season that lasts several days (Ramadan, Hanukkah, Passover), its last day for
         each year of DATES, as YEAR:YYYY-MM-DD (it may end in the next year)
"""

import os
import re
import venv_run

HOLIDAYS = "0.62"
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
COMMON_WORDS = 5000
OUT = os.path.join("generated", "statistics", "holidays.tsv")
SKIP = re.compile(r"additional|election|special|working day|national day|\bday off\b|bridge"
                  # A day off given for a holiday ("Labour Day Holiday", "the day following
                  # Good Friday") is no holiday's name, nor is one that opens with "the"
                  # (every sentence would try it).
                  r"|(?<!bank) holiday$|^public holiday|^the\b",
                  re.I)


# Names news uses for holidays the package keeps under another name.
ALIASES = {"juneteenth": "juneteenth national independence day", "passover": "pesach",
           "pentecost": "whit sunday", "mlk day": "martin luther king jr . day"}


def easter_days():
    """Days counted from Easter that no country of COUNTRIES keeps as a day off, by the Easter
    computus of python-dateutil (a dependency of the package): name -> year -> date. "Lent"
    is left out: the word is also the past of "lend"."""
    from datetime import timedelta
    from dateutil.easter import EASTER_ORTHODOX, easter

    out = {}
    for year in YEARS:
        shrove = easter(year) - timedelta(days=47)
        for name in ("shrove tuesday", "mardi gras", "pancake day"):
            out.setdefault(name, {})[year] = shrove
        out.setdefault("orthodox easter", {})[year] = easter(year, EASTER_ORTHODOX)
    return out


def seasons():
    """Seasons of several days that no country of COUNTRIES keeps as a day off, dated by the
    package's own calendars: name -> year -> (first day, last day). A year in which a season
    starts twice (Ramadan in 2030) is left out: its name alone does not say which."""
    from datetime import timedelta
    from holidays.calendars.hebrew import _HebrewLunisolar
    from holidays.calendars.islamic import _IslamicLunar

    islamic = _IslamicLunar()
    out = {}
    for year in YEARS:
        starts = [d for d, _ in islamic.ramadan_beginning_dates(year) if d.year == year]
        if len(starts) == 1:
            # Ramadan ends the day before Eid al-Fitr (the package's date for it).
            eid = [d for y in (year, year + 1) for d, _ in islamic.eid_al_fitr_dates(y)
                   if starts[0] < d <= starts[0] + timedelta(days=31)]
            if eid:
                out.setdefault("ramadan", {})[year] = (starts[0], min(eid) - timedelta(days=1))
        hanukkah = _HebrewLunisolar._get_holiday("HANUKKAH", year)
        if hanukkah:  # eight days from 25 Kislev
            span = (hanukkah, hanukkah + timedelta(days=7))
            for name in ("hanukkah", "chanukah", "hanukah"):
                out.setdefault(name, {})[year] = span
        passover = _HebrewLunisolar._get_holiday("PASSOVER", year)
        if passover:  # to its seventh day, as the package keeps it for Israel
            out.setdefault("passover", {})[year] = (passover, passover + timedelta(days=6))
    return out


def tokens(name):
    return " ".join(re.findall(r"[a-z0-9]+|[^\sa-z0-9]", name.lower().replace("’", "'")))


def build():
    import holidays

    assert holidays.__version__ == HOLIDAYS, holidays.__version__
    with open(os.path.join("generated", "entities", "wordfreq.txt"), encoding="utf-8") as f:
        common = {w.strip().lower() for _, w in zip(range(COMMON_WORDS), f)}
    dates = {}  # name -> year -> set of MM-DD
    for country in COUNTRIES:
        try:
            cal = holidays.country_holidays(country, years=YEARS, language="en_US",
                                            categories=CATEGORIES.get(country, ("public",)))
        except Exception:  # no English translation: the names at source
            cal = holidays.country_holidays(country, years=YEARS,
                                            categories=CATEGORIES.get(country, ("public",)))
        for day, names in cal.items():
            for name in names.split("; "):
                for part in name.split(" / "):
                    # An observed day is a day off in lieu, not the holiday's date.
                    if re.search(r"\(observed\)", part, re.I):
                        continue
                    part = re.sub(r"\s*\(estimated\)", "", part, flags=re.I).strip()
                    if not part or "(" in part or SKIP.search(part) or not part.isascii():
                        continue
                    key = tokens(part)
                    if " " not in key and key in common:
                        continue
                    dates.setdefault(key, {}).setdefault(day.year, set()).add(
                        f"{day.month:02d}-{day.day:02d}")
    for alias, name in ALIASES.items():
        dates.setdefault(alias, dates[name])
    for name, by_year in easter_days().items():
        for year, day in by_year.items():
            dates.setdefault(name, {}).setdefault(year, {f"{day.month:02d}-{day.day:02d}"})
    spans = seasons()
    for name, by_year in spans.items():
        for year, (first, _) in by_year.items():
            dates.setdefault(name, {})[year] = {f"{first.month:02d}-{first.day:02d}"}
    out = [f"# generated by scripts/lexicons/holiday_dates.py from holidays {HOLIDAYS}; do not edit"]
    for name in sorted(dates):
        if len(dates[name]) < 3:  # a one-off (a state funeral, a royal wedding), not a holiday
            continue
        years = {y: next(iter(d)) for y, d in dates[name].items() if len(d) == 1}
        days = set(years.values())
        if len(days) == 1 and len(years) == len(dates[name]):
            out.append(f"{name}\t{days.pop()}\t")
        else:
            listed = ",".join(f"{y}:{md}" for y, md in sorted(years.items()))
            line = f"{name}\t-\t{listed}"
            if name in spans:
                line += "\t" + ",".join(f"{y}:{last.isoformat()}"
                                         for y, (_, last) in sorted(spans[name].items()))
            out.append(line)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"{OUT}: {len(out) - 1} holidays")


if __name__ == "__main__":
    venv_run.rerun_in_venv(f"holidays=={HOLIDAYS}", __file__)
    build()
