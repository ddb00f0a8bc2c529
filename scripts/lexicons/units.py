#!/usr/bin/env python3
"""Builds the statistics layer's unit table from Pint's default unit registry (symbols, names,
aliases, plurals, dimensions and factors to SI) into generated/statistics/units.tsv.

Run from the repository root:  python3 scripts/lexicons/units.py
(or `make lexicons`). Pint is installed into the virtualenv under target/ at the pinned version,
so the output is reproducible.

Pint knows about a thousand units, most of them never written after a number in a news story
(slugs, statcoulombs, Planck lengths). KEEP below names the ones Gloss reads, each with the SI
prefixes it is written with; every spelling, symbol, plural, dimension and factor comes from
Pint. Each written form is checked against Pint's own parser: a word is kept only when Pint
reads it as that unit (or it is one of the few news spellings Pint lacks, NEWS below, or a
Pint name of two words written as one, "nauticalmile", which the core reads from "nautical mile").

Output, one record a line, tab-separated (lines starting with # are comments), in KEEP order
(when two units share a spelling in lower case, the first one wins: "mw" is a megawatt):
  U  SYMBOL  MEASURE  SI_FACTOR  SI_UNIT  WORDS
      SYMBOL    Pint's symbol, its case kept ("MW", "mW", "km", "µm")
      MEASURE   what the unit measures: length, weight, area, volume, speed, acceleration,
                energy, power, pressure, frequency, data, data rate, voltage, current, angle,
                time, amount of substance, charge, angular speed, sound level, fuel economy
      SI_FACTOR the value of one unit in SI_UNIT (Pint's to(); e.g. 1609.344 for a mile)
      SI_UNIT   the SI unit: m, kg, m², m³, m/s, m/s², J, W, Pa, Hz, bit, bit/s, V, A, rad, s,
                mol, C, rad/s; dB for the decibel (a logarithmic scale: factor 1) and km/L for
                miles a gallon (the unit fuel economy is written in elsewhere)
      WORDS     the lower-case spellings, space-separated; a spelling that is also an
                everyday English word or a single letter ("in", "bit", "l") is written "+in":
                read as the unit only when attached to its number ("6in", "3l")
"""

import os
import venv_run

PINT = "0.25.3"
OUT = os.path.join("generated", "statistics", "units.tsv")

# (Pint unit, SI prefixes it is written with in news and everyday text). Order matters: the first
# unit to claim a lower-case spelling keeps it.
KEEP = [
    ("meter", ["", "kilo", "centi", "milli", "micro", "nano", "deci", "pico"]),
    ("inch", [""]),
    ("foot", [""]),
    ("yard", [""]),
    ("mile", [""]),
    ("nautical_mile", [""]),
    ("fathom", [""]),
    ("light_year", [""]),
    ("furlong", [""]),
    ("gram", ["", "kilo", "milli", "micro"]),
    ("metric_ton", ["", "kilo", "mega", "giga"]),
    ("ton", [""]),
    ("pound", [""]),
    ("ounce", [""]),
    ("dram", [""]),
    ("troy_ounce", [""]),
    ("stone", [""]),
    ("carat", [""]),
    ("hectare", [""]),
    ("acre", [""]),
    ("liter", ["", "milli", "centi", "deci", "hecto"]),
    ("gallon", [""]),
    ("pint", [""]),
    ("quart", [""]),
    ("cup", [""]),
    ("fluid_ounce", [""]),
    ("oil_barrel", [""]),
    ("teaspoon", [""]),
    ("tablespoon", [""]),
    ("cubic_centimeter", [""]),
    ("mile_per_hour", [""]),
    ("kilometer_per_hour", [""]),
    ("knot", [""]),
    ("revolutions_per_minute", [""]),
    ("byte", ["", "kilo", "mega", "giga", "tera", "peta"]),
    ("bit", ["", "kilo", "mega", "giga", "tera"]),
    ("watt", ["", "kilo", "mega", "giga", "tera"]),
    ("horsepower", [""]),
    ("watt_hour", ["kilo", "mega", "giga", "tera"]),
    ("joule", ["", "kilo", "mega", "giga"]),
    ("electron_volt", ["", "kilo", "mega", "giga", "tera"]),
    ("calorie", ["", "kilo"]),
    ("british_thermal_unit", [""]),
    ("pascal", ["hecto", "kilo", "mega"]),
    ("bar", ["", "milli"]),
    ("psi", [""]),
    ("standard_atmosphere", [""]),
    ("meter_Hg", ["milli"]),
    ("hertz", ["", "kilo", "mega", "giga"]),
    ("volt", ["", "kilo"]),
    ("ampere", ["", "milli"]),
    ("ampere_hour", ["", "milli"]),
    ("radian", [""]),
    ("second", ["milli"]),
    ("mole", ["", "milli", "micro", "nano"]),
    ("decibel", [""]),
]

# Spellings news text uses that Pint does not read (or reads as something else), with the Pint
# unit each means. Kept short: each one is a fact about English usage, not about a unit.
NEWS = {
    "kms": "kilometer", "klicks": "kilometer", "cms": "centimeter", "mtr": "meter",
    "mtrs": "meter", "yds": "yard", "kgs": "kilogram", "kilo": "kilogram", "kilos": "kilogram",
    "kilogramme": "kilogram", "kilogrammes": "kilogram", "gramme": "gram", "grammes": "gram",
    "+gr": "gram", "gs": "gram", "milligramme": "milligram", "milligrammes": "milligram",
    "mcg": "microgram", "ug": "microgram", "umol": "micromole", "tonnes": "metric_ton", "ltr": "liter",
    "ltrs": "liter", "mls": "milliliter", "barrel": "oil_barrel", "barrels": "oil_barrel",
    "bbl": "oil_barrel", "bbls": "oil_barrel", "kmh": "kilometer_per_hour",
    "kilocalorie": "kilocalorie", "mbps": "megabit_per_second", "gbps": "gigabit_per_second",
    "drachma": "dram", "drachmas": "dram", "lbs": "pound", "gals": "gallon", "mpg": "mile_per_gallon", "kbps": "kilobit_per_second", "amps": "ampere", "μm": "micrometer", "μg": "microgram",
}

# Spellings Pint reads that are something else in news text: "5b" is five billion, "5a" an
# address or a time, "j" a list item, "11.30pm" a clock time (not picometres); "octet" (Pint's
# byte) is a group of eight anything.
DROP = {"b", "a", "j", "pm"}

# Names whose regular plural is not English ("foots"; "feet" comes from Pint).
NO_PLURAL = {"foot", "feet", "horsepower", "hertz", "kilohertz", "megahertz", "gigahertz"}

# Derived units that KEEP does not list but NEWS names: (Pint expression, symbol, measure, unit
# the factor is to). A quotient's dimension alone does not say what it measures (bits a second
# are a frequency to Pint), so each names its own; miles a gallon are given in km/L, the unit
# fuel economy is written in where it is not miles a gallon (m/m³ would be SI, and read by nobody).
DERIVED = {
    "kilobit_per_second": ("kilobit / second", "kbit/s", "data rate", "bit/s"),
    "megabit_per_second": ("megabit / second", "Mbit/s", "data rate", "bit/s"),
    "gigabit_per_second": ("gigabit / second", "Gbit/s", "data rate", "bit/s"),
    "mile_per_gallon": ("mile / gallon", "mpg", "fuel economy", "km/L"),
}

# Units on a logarithmic scale: no factor to SI (Pint's to_base_units gives a ratio), so the
# table gives them in themselves.
LOGARITHMIC = {"decibel": ("sound level", "dB")}

# Units whose dimension Pint shares with another measure: a turn a minute is an angle a time
# (2π/60 rad/s), not a frequency of 1/60 Hz.
MEASURE_OF = {"revolutions_per_minute": ("angular speed", "rad/s")}

# Symbols Pint writes for its own use that a reader would not ("oil_bbl", "cp").
SYMBOLS = {"oil_barrel": "bbl", "cup": "cup", "fluid_ounce": "fl oz", "standard_atmosphere": "atm"}

# Pint's dimensionality → (measure, SI unit written for the reader).
MEASURES = {
    (("[length]", 1),): ("length", "m"),
    (("[mass]", 1),): ("weight", "kg"),
    (("[length]", 2),): ("area", "m²"),
    (("[length]", 3),): ("volume", "m³"),
    (("[length]", 1), ("[time]", -1)): ("speed", "m/s"),
    (("[length]", 1), ("[time]", -2)): ("acceleration", "m/s²"),
    (("[length]", 2), ("[mass]", 1), ("[time]", -2)): ("energy", "J"),
    (("[length]", 2), ("[mass]", 1), ("[time]", -3)): ("power", "W"),
    (("[length]", -1), ("[mass]", 1), ("[time]", -2)): ("pressure", "Pa"),
    (("[time]", -1),): ("frequency", "Hz"),
    (("[time]", 1),): ("time", "s"),
    (("[current]", 1),): ("current", "A"),
    (("[current]", 1), ("[time]", 1)): ("charge", "C"),
    (("[current]", -1), ("[length]", 2), ("[mass]", 1), ("[time]", -3)): ("voltage", "V"),
    (("[substance]", 1),): ("amount of substance", "mol"),
}
# Dimensionless units: what they count.
DIMENSIONLESS = {"bit": ("data", "bit"), "radian": ("angle", "rad")}

# Single letters Gloss reads as units even apart from the number ("5 m", "5 g"): the metric
# base units a reader meets daily. Other single letters need attachment ("3l", "5t").
FREE_LETTERS = {"m", "g"}
# Symbols that are also everyday English words or abbreviations ("in", "bit", "Ms", "pt"):
# read as units only when attached to the number ("6in", "16-bit", "20ms").
ENGLISH = {"in", "bit", "ms", "ma", "gr", "dr", "pt", "ct", "ah", "mole", "moles", "bar", "bars", "ev",
           "atm"}


def build():
    import pint

    assert pint.__version__ == PINT, pint.__version__
    ureg = pint.UnitRegistry()

    def measure_of(unit):
        dims = tuple(sorted(dict(ureg.get_dimensionality(unit)).items()))
        if dims:
            return MEASURES[dims]
        base = ureg.Quantity(1, unit).to_base_units()
        return DIMENSIONLESS[str(base.units)]

    def reads_as(word, name):
        """Pint reads `word` as the unit `name` and nothing else."""
        try:
            readings = {p + u for p, u, _ in ureg.parse_unit_name(word)}
        except Exception:
            return False
        return readings == {name}

    def plain(word):
        return all(c.isalpha() or c in "²³µ" for c in word)

    units = []  # (name, symbol, measure, factor, si, [written forms])
    for base, prefixes in KEEP:
        defn = ureg._units[base]
        spellings = [base] + [a for a in defn.aliases if plain(a)]
        for prefix in prefixes:
            name = prefix + base
            symbol = ureg.get_symbol(name)
            forms = []
            # A prefix goes with a name ("kilo" + "metre"), never with a short alias ("millil").
            for s in spellings if not prefix else [s for s in spellings if len(s) >= 3]:
                word = prefix + s
                if plain(word) and reads_as(word, name):
                    forms.append(word)
                    plural = word + ("es" if word.endswith(("ch", "sh", "s", "x")) else "s")
                    if word not in NO_PLURAL and reads_as(plural, name):
                        forms.append(plural)
            # A name of two words ("nautical_mile") written as one: the core reads a unit name
            # of two words by joining them ("5 nautical miles"), as it reads Pint's "lightyear".
            parts = name.split("_")
            if not prefix and len(parts) == 2 and all(p.isalpha() and p.islower() for p in parts):
                forms += ["".join(parts), "".join(parts) + "s"]
            # Pint's own symbol, even where its parser also reads it otherwise ("ft" is a foot,
            # not a femtotonne).
            if plain(symbol):
                forms.append(symbol)
            units.append((name, SYMBOLS.get(name, symbol), forms))
    names = {n for n, _, _ in units}
    for word, name in NEWS.items():
        if name not in names:
            symbol = DERIVED[name][1] if name in DERIVED else ureg.get_symbol(name)
            units.append((name, symbol, []))
            names.add(name)
    rows = []
    seen = set()
    for name, symbol, forms in units:
        if name in DERIVED:
            expr, _, measure, si = DERIVED[name]
            factor = ureg.Quantity(1, expr).to(si.replace("L", "liter")).magnitude
        elif name in LOGARITHMIC:
            measure, si = LOGARITHMIC[name]
            factor = 1.0
        else:
            measure, si = MEASURE_OF.get(name) or measure_of(name)
            si_expr = si.replace("²", "**2").replace("³", "**3").replace("rad", "radian")
            factor = ureg.Quantity(1, name).to(si_expr).magnitude
        forms = forms + [w for w, n in NEWS.items() if n == name]
        words = []
        for w in forms:
            attach = w.startswith("+")
            w = w.lstrip("+").lower()
            if w in seen or w in DROP or "octet" in w:
                continue
            seen.add(w)
            if len(w) == 1 and w not in FREE_LETTERS or w in ENGLISH:
                attach = True
            words.append(("+" if attach else "") + w)
        if not words:
            continue
        rows.append("\t".join(["U", symbol, measure, f"{factor:.10g}", si, " ".join(words)]))
    out = [f"# generated by scripts/lexicons/units.py from pint {PINT}; do not edit"] + rows
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"{OUT}: {len(rows)} units, {len(seen)} spellings")


if __name__ == "__main__":
    venv_run.rerun_in_venv(f"pint=={PINT}", __file__)
    build()
