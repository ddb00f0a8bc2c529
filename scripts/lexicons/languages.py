#!/usr/bin/env python3
"""Builds the entity layer's list of language names into generated/entities/languages.txt: the
English names CLDR gives languages (as packaged by Babel), the ones a reader meets written as one
capitalised word ("Swahili", "Mandarin", "Esperanto", "Tagalog"), which the tagger types as a
place, a body or a person ("spoke Swahili", "translated into Urdu"). The entity rule
`languages.rs` types such a name MISC (CoNLL's type for a language).

Run from the repository root:  python3 scripts/lexicons/languages.py
(or `make lexicons`). Babel is installed into the shared virtualenv under target/ at the pinned
version, so the output is reproducible.

Kept: one word of ASCII letters (a language CLDR writes with a diacritic also gets its plain
spelling), at least four letters, capitalised. Left out, so that the rule never takes a name
from another list: a word the entity gazetteers list as a place, a country, a region, a given
name or a people (generated/entities/gazetteers.tsv: "Georgian", "Samoan", "Akan" stay with the
tagger; a people's word is already NORP), a word among the 5,000 most frequent English words
(generated/entities/wordfreq.txt, the rank `listed_companies.rs` calls common: "Slave", "Afar"
are decided by context; "Hindi", "Hebrew", "Sanskrit" are frequent as languages and kept), and
the names CLDR gives in brackets or with commas. One name a line, sorted (byte order).
"""
import os
import unicodedata

import venv_run

BABEL = "2.17.0"
OUT = os.path.join("generated", "entities", "languages.txt")
GAZETTEERS = os.path.join("generated", "entities", "gazetteers.tsv")
WORDFREQ = os.path.join("generated", "entities", "wordfreq.txt")
# The gazetteer sections whose words the rule must leave to the tagger.
OTHER_LISTS = {"CITY", "COUNTRY", "FIRST", "NORP", "REGION"}
FREQUENT = 5000


def plain(name):
    """`name` without its diacritics ("Volapük" → "Volapuk")."""
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))


def listed_words():
    """Every word of the gazetteer sections in OTHER_LISTS, lower-cased."""
    words, section = set(), None
    with open(GAZETTEERS, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.endswith("\t") and line[:-1].isupper():
                section = line[:-1]
            elif section in OTHER_LISTS:
                words.update(w.lower() for w in line.split())
    return words


def build():
    from babel import Locale

    listed = listed_words()
    with open(WORDFREQ, encoding="utf-8") as f:
        frequent = {w.strip().lower() for _, w in zip(range(FREQUENT), f)}
    names = set()
    for name in Locale("en").languages.values():
        for spelling in {name, plain(name)}:
            if (
                spelling.isascii()
                and spelling.isalpha()
                and len(spelling) >= 4
                and spelling[0].isupper()
                and spelling[1:].islower()
                and spelling.lower() not in listed
                and spelling.lower() not in frequent
            ):
                names.add(spelling)
    with open(OUT, "w", encoding="utf-8") as f:
        f.writelines(n + "\n" for n in sorted(names))
    print(f"{OUT}: {len(names)} language names")


if __name__ == "__main__":
    venv_run.rerun_in_venv(f"babel=={BABEL}", __file__)
    build()
