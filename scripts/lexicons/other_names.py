"""Other English names of holidays for holiday_dates.py: the names the 28 countries' calendars
give a feast one way and other countries' calendars give it another ("All Saints Day", "Ascension
Thursday", "Holy Thursday", "Orthodox Christmas Day", "Chuseok", "Midsummer Eve").

Two packages name them, each a source of its own:
- `holidays` (the pinned version holiday_dates.py reads): every country it translates into an
  English, public holidays.
- `workalendar`: every calendar it has (its names are English for every country).

A name is kept when the calendars of at least two countries give it (a feast many keep, not one
state's national day, whose name news rarely writes without the country), when it is no one-off
(holiday_dates.py drops names of fewer than three years) and when it is not made only of common
words without a word that says it is a day ("new year", "spring festival" are phrases of every
text; "children's day" says it is a day). Its dates are the countries' agreed days
(`holiday_dates.agreed`); a name the countries keep on different days in more than a fifth of
its years ("Easter", Orthodox in some and Western in others; "Revolution Day") names no one day
and is left out. Nothing here types a holiday's name or day.
"""

import re
import warnings

WORKALENDAR = "17.0.0"
# Words that make a phrase of common words a day's name.
DAY_WORDS = {"day", "eve", "night", "sunday", "monday", "tuesday", "wednesday", "thursday",
             "friday", "saturday", "christmas", "easter"}
# What marks a name as no holiday's: a day given in place of another, or a part of one.
NOT_A_HOLIDAY = re.compile(r"observed|in lieu|shift|substitute|joint|extended|alternative|"
                           r"\bafternoon\b|\bfrom \d", re.I)
MIN_COUNTRIES = 2


def package_names(holidays, tokens, keep, years):
    """(country, name) -> year -> first day, from every country the `holidays` package
    translates into an English."""
    found = {}
    for country in sorted(c for c in holidays.list_supported_countries() if len(c) == 2):
        cls = type(holidays.country_holidays(country))
        for lang in [lang for lang in cls.supported_languages if lang.startswith("en")]:
            cal = holidays.country_holidays(country, years=years, language=lang)
            for day, names in cal.items():
                for name in names.split("; "):
                    for part in name.split(" / "):
                        add(found, country, tokens, keep, part, day)
    return found


def workalendar_names(tokens, keep, years):
    """(country, name) -> year -> first day, from every calendar of `workalendar` (a region's
    calendar counts for its country: "US-TX" is "US")."""
    from workalendar.registry import registry

    found = {}
    for code, cls in sorted(registry.get_calendars(include_subregions=True).items()):
        country = code.split("-")[0]
        calendar = cls()
        for year in years:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    days = calendar.holidays(year)
                except Exception:  # a calendar that does not reach this year
                    continue
            for day, name in days:
                add(found, country, tokens, keep, name, day)
    return found


def add(found, country, tokens, keep, name, day):
    name = re.sub(r"\s*\(estimated\)", "", name, flags=re.I).strip()
    if not name or "(" in name or not name.isascii() or NOT_A_HOLIDAY.search(name):
        return
    key = tokens(name)
    if keep(key):
        by_year = found.setdefault((country, key), {})
        by_year[day.year] = min(by_year.get(day.year, day), day)


def shared(found, common):
    """The names of `found` (as `found` is) that at least MIN_COUNTRIES countries give and that
    are not only common words without a day's word."""
    countries = {}
    for country, name in found:
        countries.setdefault(name, set()).add(country)

    def named(name):
        words = [w for w in name.split() if w.isalnum()]
        return any(w not in common for w in words) or any(w in DAY_WORDS for w in words)

    return {(c, n): d for (c, n), d in found.items()
            if len(countries[n]) >= MIN_COUNTRIES and named(n)}


def dated(by_year):
    """Whether the countries agree on the day (`holiday_dates.agreed`: a set of one day, else
    empty) in at least four of every five years the name is given, and in three years at least."""
    agreed_years = sum(1 for days in by_year.values() if days)
    return agreed_years >= 3 and agreed_years * 5 >= len(by_year) * 4
