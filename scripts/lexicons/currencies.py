#!/usr/bin/env python3
"""Builds the statistics layer's currency lexicon from CLDR (ISO 4217 codes, English names,
local symbols, minor units) as packaged by Babel, into generated/statistics/currencies.tsv.

Run from the repository root:  python3 scripts/lexicons/currencies.py
(or `make lexicons`). Babel is installed into a virtualenv under target/ at the pinned version,
so the output is reproducible. The common-English-word filter reads the word list the entity
gazetteers already committed (generated/entities/wordfreq.txt).

Output, one record a line, tab-separated (lines starting with # are comments):
  C  CODE  MINOR_DIGITS  CURRENT(0/1)  WORD(0/1)  name  plural
                                 every ISO 4217 code CLDR knows, historical ones included; names
                                 lower-cased; WORD 1 when the code is a common English word
                                 ("ALL", "TOP", "CUP"), read as a code only when attached;
                                 plural "+s" when it is the name and an "s", empty when it
                                 is the name; names empty when CLDR's has years in brackets
                                 ("afghan afghani (1927–2002)"), never written so
  S  SYMBOL  CODE                                        a local symbol written with letters or
                                                         marks ("RM", "zł", "R$"), only when one
                                                         current currency uses it
  W  WORD  CODE                                          the last word of a current currency's
                                                         name ("ringgit", "hryvnias") when it
                                                         names that currency only and is not a
                                                         common English word ("won", "real");
                                                         or a word of its name in the official
                                                         languages of its countries, in every
                                                         plural form ("złoty", "złotych",
                                                         "quetzales", "reais", "kune")
  A  SYMBOL  CODE CODE ...                               a symbol several current currencies
                                                         write ("Rs": the rupees of Pakistan,
                                                         Sri Lanka, Nepal, ...), with the news
                                                         spellings CLDR lacks ("Rs" for INR)
                                                         first; the core picks one by a country
                                                         the text names, else says it is ambiguous
  V  WORD  CODE CODE ...                                 a name word several current currencies
                                                         end with ("rials", "riyal", "dinars"),
                                                         not a common English word; or one
                                                         current currency and former ones of
                                                         countries that no longer use that word
                                                         ("guilders": XCG, then NLG SRG),
                                                         the current one first
  M  MARK  CODE                                          a one-character symbol ("₴", "₸") that
                                                         one current currency uses where it is
                                                         spoken; the core's own table reads "$",
                                                         "£", "€", "¥" first
  P  LETTERS+MARK  CODE                                  letters written before "$", "£" or "¥"
                                                         that name one currency in any CLDR
                                                         locale ("NT$", "CN¥", "EG£"), with the
                                                         news spellings CLDR lacks ("E£")
  Z  CODE                                                a current currency whose amounts are
                                                         written without hundredths (CLDR's
                                                         cash digits 0: IDR, VND, KRW), so that
                                                         "Rp 50.000" is fifty thousand
  T  TERRITORY  CODE                                     the English name of a territory that
                                                         uses one current currency ("malaysia":
                                                         MYR), for names written with the
                                                         country ("42 malaysia ringgit")
  N  NAME  CODE                                          a name the news gave a historical
                                                         currency that CLDR names otherwise
                                                         ("deutsche marks", "italian lire")
  L  LETTER  CODE CODE ...                               a capital letter that is a current
                                                         currency's local symbol ("R": ZAR,
                                                         "Q": GTQ, "K": MMK PGK ZMW), or the
                                                         letter a one-character mark is drawn
                                                         on, by its unidecode transliteration
                                                         ("N" for "₦": NGN), read before a
                                                         number only where the text names a
                                                         country of one of them
  K  CUE  CODE                                           a country named in the text that picks
                                                         one of those currencies: the English
                                                         name of a territory that uses it ("sri
                                                         lanka") or the currency's name without
                                                         its last word ("sri lankan", "omani")
  R  REGION  CODE CODE ...                               the currencies of those words a region
                                                         uses or used ("NL": NLG): the reader's
                                                         locale picks one when the text names no
                                                         country
"""

import os
import venv_run

BABEL = "2.17.0"
UNIDECODE = "1.4.0"
# Symbols the news writes that CLDR gives another way: Indian English writes the rupee "Rs"
# ("Rs 500 crore"); CLDR's Indian symbol is "₹". Listed first among the currencies "Rs" names.
NEWS_SYMBOLS = {"rs": ["INR"]}
# Symbols of one currency the news writes that CLDR lacks: Egypt's "LE" (livre égyptienne, as
# prices there are marked) and "E£", Israel's "NIS" (new Israeli shekel).
NEWS_SYMBOLS_ONE = {"LE": "EGP", "NIS": "ILS"}
NEWS_PREFIXED = {"E£": "EGP"}
# Marks several currencies write (read by the core with the reader's locale), and a mark of
# no width that CLDR gives the escudo.
SHARED_MARKS = {"$", "£", "¥", "\u200b"}
# Names of historical currencies as the news wrote them, which CLDR names otherwise ("German
# Mark", "Italian Liras"): "10 million Deutsche marks", "500 billion Italian lire".
NEWS_NAMES = {
    "deutsche mark": "DEM",
    "deutsche marks": "DEM",
    "deutschmark": "DEM",
    "deutschmarks": "DEM",
    "italian lire": "ITL",
    "lire": "ITL",
    "finnish markkaa": "FIM",
}
COMMON_WORDS = 5000
# Former currencies' words the news writes for a current one: "colones" are Costa Rica's
# colóns (CLDR spells their plural "colóns") more often than El Salvador's former colón.
FORMER_SKIP = {"colones"}
# A former currency counts as a reading of its name word when it was given up in the news era
# (the holiday and date tables start in 1990 too).
FORMER_SINCE = 1990
OUT = os.path.join("generated", "statistics", "currencies.tsv")


# Letters that Unicode does not decompose into a base letter and a mark ("ł" is no "l" with a
# combining mark), folded by hand for comparing a name with its English spelling.
FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "æ": "ae", "ı": "i", "ß": "ss"})


def folded(word):
    """The word in lower-case ASCII letters where it has a plain spelling ("złotych": "zlotych")."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", word.lower().translate(FOLD))
    return "".join(c for c in plain if not unicodedata.combining(c))


def same_stem(native, english, territory):
    """Whether a word of a currency's name in its own language is the currency's word ("złotych"
    and "zloty", "quetzales" and "quetzal", "korun" and "koruna") and not the adjective of its
    country ("polski", "guatemalteco", "français", "latvijas"): the folded word starts with the
    English word but its last letter (three letters at least), is at most two letters longer,
    and does not start as the country's English name does."""
    a, b = folded(native), folded(english)
    stem = b[:-1] if len(b) > 3 else b
    return (
        len(stem) >= 3
        and a.startswith(stem)
        and len(a) <= len(b) + 2
        and not a.startswith(folded(territory)[:4])
    )


# The dollar and the euro are quoted in English by their English names; their names in other
# languages ("dólares", "eura") are text in those languages, and "dolar" would make the many
# dollars one name shares ("BND SGD USD").
NATIVE_SKIP = {"USD", "EUR"}


def native_words(current, former, words, former_words, common):
    """Adds to `words` (current currencies) and `former_words` (former ones given up since
    FORMER_SINCE) the words of each currency's CLDR name in the official languages of the
    territories that use or used it, in every plural form ("złoty", "złote", "złotych";
    "quetzales"; "kune"; "lire"), as an English text quotes them: written in Latin letters,
    the currency's own word (not the country's adjective), not a common English word nor a
    spelling the English names have already; with the same word without its marks
    ("zlotych") when that differs."""
    import babel
    import babel.languages as languages
    import babel.numbers as numbers
    from babel.core import get_global

    english_spellings = set(words) | set(former_words)
    territory_names = babel.Locale("en").territories
    for territory, spans in get_global("territory_currencies").items():
        for code, _start, end, tender in spans:
            was = end is not None and territory in former.get(code, ())
            # A current currency's names come from the countries that use it now ("rupias", the
            # Portuguese of Timor-Leste's former rupiah, is Spanish for rupees to an English text).
            now = end is None and code in current
            if not tender or code in NATIVE_SKIP or not (now or was and code not in current):
                continue
            english = numbers.get_currency_name(code, locale="en")
            if not english or "(" in english:
                continue
            english_word = english.lower().split()[-1]
            country = territory_names.get(territory, territory)
            target = words if end is None else former_words
            for lang in languages.get_official_languages(territory, de_facto=True):
                if lang == "en":
                    continue
                try:
                    forms = {
                        numbers.get_currency_name(code, count=c, locale=f"{lang}_{territory}")
                        for c in PLURAL_SAMPLES
                    }
                except Exception:  # no such locale in CLDR
                    continue
                for form in forms:
                    # "franc francès": of two words like the English one, the shorter is the
                    # currency, the other its country's adjective.
                    like = [
                        w
                        for w in form.lower().split()
                        if all("a" <= c <= "z" for c in folded(w))
                        and same_stem(w, english_word, country)
                    ]
                    if not like:
                        continue
                    w = min(like, key=len)
                    for spelling in {w, folded(w)}:
                        english = spelling in english_spellings and spelling not in FORMER_SKIP
                        known = english or spelling.upper() in current
                        # FORMER_SKIP's words are a current currency's, not a former one's.
                        skip = spelling in FORMER_SKIP and target is former_words
                        if not (known or spelling in common or skip):
                            target.setdefault(spelling, set()).add(code)


# Counts that pick every plural form CLDR's languages have (one, two, few, many, other).
PLURAL_SAMPLES = (1, 2, 3, 5, 11, 21, 22, 101, 1.5)


def build():
    import babel
    import babel.languages as languages
    import babel.localedata as localedata
    import babel.numbers as numbers
    from babel.core import get_global
    from unidecode import unidecode

    assert babel.__version__ == BABEL, babel.__version__
    with open(os.path.join("generated", "entities", "wordfreq.txt"), encoding="utf-8") as f:
        ranked = [w.strip().lower() for w in f]
    common = set(ranked[:COMMON_WORDS])
    english_words = set(ranked)
    current = set()
    used_now = {}  # territory -> the currencies it uses today
    former = {}  # code -> the territories that gave it up since FORMER_SINCE
    for territory, spans in get_global("territory_currencies").items():
        for code, _start, end, tender in spans:
            if end is None and tender:
                current.add(code)
                used_now.setdefault(territory, set()).add(code)
            elif tender and end is not None and end[0] >= FORMER_SINCE:
                former.setdefault(code, set()).add(territory)
    rows, symbols, words, former_words, unmarked = [], {}, {}, {}, []
    for code in sorted(numbers.list_currencies()):
        name = numbers.get_currency_name(code, locale="en")
        plural = numbers.get_currency_name(code, count=2, locale="en")
        if not name or name == code:
            continue
        digits = numbers.get_currency_precision(code)
        is_current = code in current
        is_word = code.lower() in common
        # "Afghan Afghani (1927–2002)": a name with its years in brackets is never written so;
        # the code stays, the names are left empty.
        names = ("", "") if "(" in name else (name.lower(), plural.lower())
        # The commonest plural, the name and an "s", is written "+s"; one like the name, not at all.
        if names[1] == names[0] + "s":
            names = (names[0], "+s")
        elif names[1] == names[0]:
            names = (names[0], "")
        rows.append((code, digits, int(is_current), int(is_word), *names))
        for n in {name.lower(), plural.lower()}:
            last = n.split()[-1]
            if not last.isalpha():
                continue
            if is_current:
                words.setdefault(last, set()).add(code)
            elif "(" not in name and code in former:
                former_words.setdefault(last, set()).add(code)
            else:
                continue
            plain = folded(last)
            if plain != last and plain.isalpha():
                unmarked.append((plain, code, is_current))
    # "bolívars" is written "bolivars" too: the word without its marks, unless that is an
    # English word or its plural ("colóns": "colons") or another currency's English word
    # ("króna": "krona", Sweden's).
    for plain, code, is_current in unmarked:
        english = plain in english_words or plain.endswith("s") and plain[:-1] in english_words
        if english or plain in words or plain in former_words:
            continue
        (words if is_current else former_words).setdefault(plain, set()).add(code)
    native_words(current, former, words, former_words, common)
    # One-character marks ("₴") and letters before "$", "£", "¥" ("NT$", "CN¥"), from every
    # CLDR locale: kept when they name one currency.
    marks, prefixed, letters = {}, {}, {}
    for territory, spans in get_global("territory_currencies").items():
        for code, _start, end, tender in spans:
            if end is not None or not tender:
                continue
            for lang in languages.get_official_languages(territory):
                try:
                    sym = numbers.get_currency_symbol(code, f"{lang}_{territory}")
                except Exception:  # no such locale in CLDR
                    continue
                if len(sym) == 1 and not sym.isalnum() and sym not in SHARED_MARKS:
                    marks.setdefault(sym, set()).add(code)
                if len(sym) == 1 and "A" <= sym <= "Z":
                    letters.setdefault(sym, set()).add(code)
                # Single marks ("$", "€") are read by the core's own table; codes are codes.
                if len(sym) < 2 or sym == code or any(c.isspace() or c.isdigit() for c in sym):
                    continue
                symbols.setdefault(sym, set()).add(code)
    for lid in localedata.locale_identifiers():
        try:
            loc = babel.Locale.parse(lid)
        except Exception:  # a locale CLDR lists but cannot load
            continue
        for code, sym in loc.currency_symbols.items():
            if len(sym) >= 2 and sym[-1] in "$£¥" and sym[:-1].isalpha() and code in current:
                prefixed.setdefault(sym, set()).add(code)
    for sym, code in NEWS_PREFIXED.items():
        prefixed.setdefault(sym, set()).add(code)
    # A mark drawn as a Latin capital with strokes ("₦", "₱", "₩") is written as its letter
    # where a text's type lacks it ("N3.3 trillion" in a Nigerian paper, "P500" in a Philippine
    # one): the letter, by the mark's ASCII transliteration (unidecode) when that is one
    # capital, joins the marks' letters, read like "R" only where the text names the currency
    # or one of its countries.
    for mark, codes in marks.items():
        plain = unidecode(mark)
        if len(codes) == 1 and len(plain) == 1 and "A" <= plain <= "Z":
            letters.setdefault(plain, set()).update(codes)
    out = [
        f"# generated by scripts/lexicons/currencies.py from babel {BABEL} (CLDR); do not edit",
    ]
    out += ["\t".join(["C", code, str(d), str(c), str(w), n, p]) for code, d, c, w, n, p in rows]
    # "Rs" (PKR) and "Rs." (LKR) are one symbol to a reader: group by the symbol without dots
    # and case, and keep a symbol only when its group names one currency.
    groups = {}
    for sym, codes in symbols.items():
        groups.setdefault(sym.replace(".", "").lower(), set()).update(codes)
    out += [
        f"S\t{s}\t{next(iter(c))}"
        for s, c in sorted(symbols.items())
        if len(groups[s.replace(".", "").lower()]) == 1
    ]
    # A word that names one current currency and former ones ("guilder": XCG; NLG, given up
    # by the Netherlands for the euro) is shared when the countries that used a former one use
    # no currency of that word today (Bulgaria's old "lev" is not: its lev is the BGN now).
    def gave_up(word, code):
        return all(not (used_now.get(t, set()) & words[word]) for t in former[code])

    formers = {
        w: sorted(c for c in former_words.get(w, ()) if gave_up(w, c) and w not in FORMER_SKIP)
        for w, c in words.items()
        if len(c) == 1 and w not in common
    }
    out += [
        f"W\t{w}\t{next(iter(c))}"
        for w, c in sorted(words.items())
        if len(c) == 1 and w not in common and not formers[w]
    ]
    # The name word of one former currency given up since 1990 that no current currency ends
    # with ("pesetas": ESP, "drachmas": GRD, "kuna": HRK): that currency.
    out += [
        f"W\t{w}\t{next(iter(c))}"
        for w, c in sorted(former_words.items())
        if len(c) == 1 and w not in words and w not in common and w not in FORMER_SKIP
    ]
    # Symbols and name words that several current currencies share, with the cues that pick one.
    ambiguous = {}
    for key, codes in sorted(groups.items()):
        news = NEWS_SYMBOLS.get(key, [])
        if len(codes) + len(news) > 1 and key.isalpha():
            ambiguous[key] = news + sorted(codes - set(news))
    shared = {
        w: sorted(c) for w, c in sorted(words.items()) if len(c) > 1 and w not in common
    }
    shared.update({w: sorted(words[w]) + f for w, f in formers.items() if f})
    shared = dict(sorted(shared.items()))
    out += [f"S\t{s}\t{c}" for s, c in sorted(NEWS_SYMBOLS_ONE.items()) if s not in symbols]
    out += [f"M\t{m}\t{next(iter(c))}" for m, c in sorted(marks.items()) if len(c) == 1]
    out += [f"P\t{p}\t{next(iter(c))}" for p, c in sorted(prefixed.items()) if len(c) == 1]
    # Territories that use one current currency, by a name of letters and spaces: the core
    # reads "<territory> <currency word>" ("malaysia ringgit", "india rupees").
    territory_names = babel.Locale("en").territories
    one_currency = {}
    for territory, spans in get_global("territory_currencies").items():
        in_use = [c for c, _s, end, tender in spans if end is None and tender]
        name = territory_names.get(territory, "")
        if len(in_use) == 1 and territory.isalpha() and name.replace(" ", "").isalpha():
            one_currency[name.lower()] = in_use[0]
    out += [f"T\t{t}\t{c}" for t, c in sorted(one_currency.items())]
    fractions = get_global("currency_fractions")
    out += [
        f"Z\t{code}"
        for code in sorted(current)
        if (fractions.get(code) or fractions["DEFAULT"])[2] == 0
    ]
    out += [f"N\t{n}\t{c}" for n, c in sorted(NEWS_NAMES.items())]
    out += [f"A\t{k}\t{' '.join(c)}" for k, c in ambiguous.items()]
    out += [f"V\t{w}\t{' '.join(c)}" for w, c in shared.items()]
    out += [f"L\t{k}\t{' '.join(sorted(c))}" for k, c in sorted(letters.items())]
    picked = {
        c
        for codes in list(ambiguous.values()) + list(shared.values()) + list(letters.values())
        for c in codes
    }
    names = babel.Locale("en").territories
    cues = set()
    regions = {}
    for territory, spans in get_global("territory_currencies").items():
        for code, _start, end, tender in spans:
            was = end is not None and territory in former.get(code, ())
            if code in picked and tender and (end is None or was):
                regions.setdefault(territory, set()).add(code)
                if territory in names:
                    cues.add((names[territory].lower(), code))
    for code in picked:
        words_of_name = numbers.get_currency_name(code, locale="en").lower().split()
        if len(words_of_name) > 1:
            cues.add((" ".join(words_of_name[:-1]), code))
    # A cue that names two candidates (a territory using both) picks neither.
    count = {}
    for cue, _ in cues:
        count[cue] = count.get(cue, 0) + 1
    out += [f"K\t{cue}\t{code}" for cue, code in sorted(cues) if count[cue] == 1]
    out += [f"R\t{r}\t{' '.join(sorted(c))}" for r, c in sorted(regions.items()) if r.isalpha()]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"{OUT}: {len(rows)} currencies, {sum(1 for l in out if l.startswith('S'))} "
          f"symbols, {sum(1 for w, c in words.items() if len(c) == 1 and w not in common)} words")


if __name__ == "__main__":
    venv_run.rerun_in_venv(f"babel=={BABEL}", __file__, f"unidecode=={UNIDECODE}")
    build()
