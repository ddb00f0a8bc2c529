#!/usr/bin/env python3
"""Builds the entity layer's list of listed companies into generated/entities/companies.txt.

Run from the repository root:  python3 scripts/companies/build.py

Downloads the pinned `pytickersymbols` wheel (MIT; the stocks of twenty major indices: S&P 500,
NASDAQ 100, FTSE 100, DAX, CAC 40, Nikkei 225, ...) with `pip download` into a temporary
directory, reads its `indices_data.py` as data (`ast.literal_eval`, nothing of it is run) and
writes one company name a line as news writes it, one word names only (a name of several
words the tagger reads well by its own shape, "Anglo American", "Tokyo Electron"; the list of
all 1,830 names was 11.4 KB gzipped, over the page's download budget; the 810 one-word names
are 3.7 KB): legal suffixes (", Inc.", "Inc.", "plc", "AG",
"SE", "S.A.", "N.V.", "Corp.", "Corporation", "Co.", "Company", "Ltd", "Limited") and a leading
"The" taken off ("Apple Inc." -> "Apple", "Shell plc" -> "Shell"); names of one letter or with
no letter dropped. Sorted, deduplicated: deterministic for the pinned version.

Branch ent42 adds brands named alone in modern text that no index lists ("Lidl", "Infosys",
"Ticketmaster", "Ryanair"): the one-word titles of the pinned `simple-icons` npm package (CC0;
brands' icons, its `data/simple-icons.json` read as data, fetched with `npm pack`), kept when
they read as a name no dictionary has: a capital first and letters only, at most 16 letters, not
a word (nor the singular of a plural word: "Files", "Roots") of the `english-words` PyPI
package's GCIDE or Webster's 2nd list (read from its pickled sets with `pip download`), not a
first name, place or group of generated/entities/gazetteers.tsv (run the gazetteer script
first), known to English text (`wordfreq` Zipf >= BRAND_MIN_ZIPF, wordfreq installed into a
temporary virtualenv) and not an open-source project's (an icon whose source is a code host's
page: "Prettier", "Jekyll" are software, not firms).
"""

import ast
import json
import os
import pickle
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile

PACKAGE = "pytickersymbols"
VERSION = "1.17.10"
OUT = os.path.join("generated", "entities", "companies.txt")
GAZETTEERS = os.path.join("generated", "entities", "gazetteers.tsv")
BRANDS_PACKAGE = "simple-icons"
BRANDS_VERSION = "16.37.0"
WORDS_PACKAGE = "english-words"
WORDS_VERSION = "2.0.2"
WORDFREQ_VERSION = "3.1.1"
# How often a brand's name must be seen in English text (Zipf scale: 2.5 = one in 3 million
# words): "Lidl" 2.6, "Infosys" 2.52 kept; "Revolut" 1.52, "Monzo" 1.62, "Currys" 2.23 left out
# (1.5 took 402 brands, 1.77 KB gzipped, 2.0 took 253, 1.13 KB: the page's download budget).
BRAND_MIN_ZIPF = 2.5
BRAND_MAX_LEN = 16
CODE_HOSTS = re.compile(r"github\.com|gitlab|sourceforge|bitbucket|codeberg")

SUFFIX = re.compile(
    r"(,?\s+(Inc\.?|Incorporated|plc|PLC|AG|SE|S\.A\.|SA|N\.V\.|NV|Corp\.?|Corporation|Co\.|"
    r"Company|Ltd\.?|Limited|Holdings?\s+(Inc\.?|plc|AG|SE|Ltd\.?)))+$"
)


def short_name(name):
    name = re.sub(r"\s*\(.*?\)\s*", " ", name).strip()
    name = SUFFIX.sub("", name).strip().rstrip(",").strip()
    if name.startswith("The "):
        name = name[4:]
    return name


def dictionary_words(tmp):
    """The lower-case words of english-words' GCIDE and Webster's 2nd lists."""
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", tmp,
         f"{WORDS_PACKAGE}=={WORDS_VERSION}"],
        check=True,
    )
    wheel = next(f for f in os.listdir(tmp) if f.startswith("english_words") and f.endswith(".whl"))
    with zipfile.ZipFile(os.path.join(tmp, wheel)) as z:
        # The package's own data (sets of strings), as it loads them itself.
        gcide, web2 = (pickle.loads(z.read(f"english_words/data/{part}.pickle"))
                       for part in ("gcide_alpha_lower", "web2_alpha_lower"))
    # A word of either (one alone also holds names, "google", "argos", but taking only the
    # words of both let in "Zoom", "Safari", "Jenkins", "Handshake": 63 more, most of them no
    # company's name alone).
    return gcide | web2


def gazetteer_words():
    """Every phrase of the gazetteers (first names, places, groups), lower-cased."""
    words = set()
    with open(GAZETTEERS, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.endswith("\t"):
                words.add(line.lower())
    return words


def zipf_of(tmp, words):
    """wordfreq's Zipf frequency of each word, from a temporary virtualenv."""
    env = os.path.join(tmp, "venv")
    subprocess.run([sys.executable, "-m", "venv", env], check=True)
    py = os.path.join(env, "bin", "python")
    subprocess.run([py, "-m", "pip", "install", "--quiet", f"wordfreq=={WORDFREQ_VERSION}"],
                   check=True)
    code = ("import json,sys\nfrom wordfreq import zipf_frequency as z\n"
            "w=json.load(sys.stdin)\nprint(json.dumps({x: z(x, 'en') for x in w}))")
    out = subprocess.run([py, "-c", code], input=json.dumps(sorted(words)), text=True,
                         capture_output=True, check=True)
    return json.loads(out.stdout)


def brands(tmp, listed):
    """simple-icons' one-word brands that read as names (see the module's note)."""
    subprocess.run(["npm", "pack", "--silent", f"{BRANDS_PACKAGE}@{BRANDS_VERSION}"], cwd=tmp,
                   check=True, stdout=subprocess.DEVNULL)
    with tarfile.open(os.path.join(tmp, f"{BRANDS_PACKAGE}-{BRANDS_VERSION}.tgz")) as t:
        icons = json.load(t.extractfile("package/data/simple-icons.json"))
    dictionary = dictionary_words(tmp)
    gazetteers = gazetteer_words()
    found = set()
    for icon in icons:
        name = icon["title"]
        low = name.lower()
        if (
            not re.fullmatch(r"[A-Z][a-z]+[A-Za-z]*", name)
            or len(name) > BRAND_MAX_LEN
            or name in listed
            or low in dictionary
            or (low.endswith("s") and low[:-1] in dictionary)
            or low in gazetteers
            or CODE_HOSTS.search(icon.get("source", ""))
        ):
            continue
        found.add(name)
    zipf = zipf_of(tmp, {n.lower() for n in found})
    return {n for n in found if zipf[n.lower()] >= BRAND_MIN_ZIPF}


def main():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", tmp,
             f"{PACKAGE}=={VERSION}"],
            check=True,
        )
        wheel = next(f for f in os.listdir(tmp) if f.endswith(".whl"))
        with zipfile.ZipFile(os.path.join(tmp, wheel)) as z:
            source = z.read(f"{PACKAGE}/indices_data.py").decode("utf-8")
    tree = ast.parse(source)
    indices = None
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "INDICES" for t in node.targets
        ):
            indices = ast.literal_eval(node.value)
    if indices is None:
        sys.exit("no INDICES in indices_data.py")
    names = set()
    for index in indices.values():
        for company in index["companies"]:
            name = short_name(company["name"])
            if len(name) > 1 and re.fullmatch(r"[A-Z][A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*", name):
                names.add(name)
    tickers = len(names)
    with tempfile.TemporaryDirectory() as tmp:
        names |= brands(tmp, names)
    with open(OUT, "w", encoding="utf-8") as f:
        for name in sorted(names):
            f.write(name + "\n")
    print(f"{OUT}: {len(names)} names, {tickers} from {PACKAGE} {VERSION}, the rest from "
          f"{BRANDS_PACKAGE} {BRANDS_VERSION}")


if __name__ == "__main__":
    main()
