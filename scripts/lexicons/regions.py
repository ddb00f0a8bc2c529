#!/usr/bin/env python3
"""Builds what a reader's region changes in the statistics layer, from CLDR as packaged by
Babel, into generated/statistics/regions.txt: the currency each region uses (what "10 grand"
means there), whether it writes that currency "$" (then "$" means it there) and names it a
dollar (then "dollars", "bucks" and the coins mean it too), and whether the region writes a
numeric date month first.

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


def build():
    import babel
    import babel.dates as dates
    import babel.languages as languages
    import babel.numbers as numbers
    from babel.core import get_global

    assert babel.__version__ == BABEL, babel.__version__
    groups, dollars, month_first = {}, 0, 0
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


if __name__ == "__main__":
    venv_run.rerun_in_venv(f"babel=={BABEL}", __file__)
    build()
