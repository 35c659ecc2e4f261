#!/usr/bin/env python3
"""Derives Storyline's bilingual news lexicon (word -> English words) from Debian's FreeDict packages.

Usage (Debian or Ubuntu; nothing is installed, the packages are only unpacked):
    mkdir /tmp/fd && cd /tmp/fd
    apt-get download dict-freedict-fra-eng dict-freedict-spa-eng dict-freedict-deu-eng \
                     dict-freedict-eng-fra dict-freedict-eng-spa \
                     dict-freedict-ita-eng dict-freedict-eng-ita dict-freedict-spa-deu dict-freedict-ita-deu
    for f in *.deb; do dpkg-deb -x "$f" x; done
    python3 tools/freedict-lexicon.py /tmp/fd/x/usr/share/dictd > storyline-core/src/main/resources/dev/storyline/events/lexicon/freedict-en.tsv

Output, one line per source word: language TAB word (lowercased) TAB English translations separated by '|', as
the dictionary writes them (a capital marks a proper noun), in the dictionary's order of senses (at most
MAX_TRANSLATIONS). Only single words on both sides: the lexicon pivots
word stems to English concept ids, and a phrase has no stem. Stemming is left to Storyline at load time, with
the same stemmers as its features. See the README beside the output for licences.

Kept: single-word headwords whose English translations are single words found in the common English
vocabulary (the words of the small eng-fra and eng-spa dictionaries and the translations of fra-eng and
spa-eng: about 15,000 everyday words). This keeps German's 500,000 Ding entries to the words news uses, and
drops technical senses ("seism", "temblor") that would only dilute. Senses are ordered cognate first
("président": president before chairman), then as the dictionary gives them.

Spanish and Italian words that neither their dictionary to English nor the one from English (read backwards) has
are pivoted through German: their Spanish-German or Italian-German translations (GPL-2+), then German-English as
above. spa-eng has 4,500 headwords and ita-eng 3,400, against 23,000 in spa-deu, so news' inflected verbs and
everyday nouns ("anunciar", "ospedale") would otherwise have no English. French has no GPL-compatible dictionary
to German (fra-deu is CC-BY-SA-3.0), so it is not pivoted.
"""
import gzip
import unicodedata
import re
import sys
from pathlib import Path

MAX_TRANSLATIONS = 3
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
WORD = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)?$")
SKIP_LINE = re.compile(r'^\s*(?:"|Note:|Synonym:|Synonyms:|see:|Antonym:|Antonyms:|Example)')


def b64(s):
    n = 0
    for c in s:
        n = n * 64 + B64.index(c)
    return n


def entries(folder, pair):
    """(headword, [translation lines]) of a dictd dictionary, in index order."""
    data = gzip.open(folder / f"freedict-{pair}.dict.dz", "rb").read()
    for line in (folder / f"freedict-{pair}.index").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 3 or parts[0].startswith("00database"):
            continue
        text = data[b64(parts[1]):b64(parts[1]) + b64(parts[2])].decode("utf-8", "replace")
        lines = text.split("\n")
        head = re.sub(r"\s*/[^/]*/.*$", "", lines[0]).strip()
        head = re.sub(r"\s*<[^>]*>\s*$", "", head).strip()
        body = [l for l in lines[1:] if l.strip() and not SKIP_LINE.match(l)]
        yield head, body


def translations(lines):
    """Single-word translations, in order, from an entry's translation lines."""
    out = []
    for line in lines:
        line = re.sub(r"^\s*\d+\.\s*", "", line)
        for item in re.split(r"[,;]", line):
            item = re.sub(r"<[^>]*>|\[[^\]]*\]|\([^)]*\)|\{[^}]*\}", " ", item).strip()
            item = re.sub(r"^(to|the|a|an)\s+", "", item)
            item = item.replace("\u2010", "-").strip()
            if WORD.match(item) and item not in out:
                out.append(item)
    return out


def fold(word):
    return unicodedata.normalize("NFD", word.lower()).encode("ascii", "ignore").decode()


def distance(a, b):
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def cognate(source, english):
    """Whether the English word is spelt like the source ("président" / "president", "Präsident", "ministère" / "ministry")."""
    a, b = fold(source), fold(english)
    return len(a) >= 4 and a[:4] == b[:4] and distance(a, b) <= 0.4 * max(len(a), len(b))


def single_words(lines):
    """Single-word translations, as written: a capital says a proper noun (Scotland), which may stand for a name."""
    return translations(lines)


def main(folder):
    folder = Path(folder)
    forward = {"fr": "fra-eng", "es": "spa-eng", "de": "deu-eng", "it": "ita-eng"}
    reverse = {"fr": "eng-fra", "es": "eng-spa", "it": "eng-ita"}
    through_german = {"es": "spa-deu", "it": "ita-deu"}

    # The common English vocabulary: what the small general dictionaries hold (French and Spanish ones only, so
    # that adding a language leaves the others' entries as they were).
    vocabulary = set()
    for lang in ("fr", "es"):
        for head, _ in entries(folder, reverse[lang]):
            if WORD.match(head):
                vocabulary.add(head.lower())
    for lang in ("fr", "es"):
        for _, body in entries(folder, forward[lang]):
            vocabulary.update(w.lower() for w in single_words(body))

    lexicon = {}  # (lang, word) -> [english]
    for lang, pair in forward.items():
        for head, body in entries(folder, pair):
            if not WORD.match(head):
                continue
            key = (lang, head.lower())
            found = lexicon.setdefault(key, [])
            for t in single_words(body):
                if t.lower() in vocabulary and t not in found:
                    found.append(t)
    # The English-to-X dictionaries, read backwards, for words the X-to-English ones lack.
    backwards = {}
    for lang, pair in reverse.items():
        for head, body in entries(folder, pair):
            if not WORD.match(head):
                continue
            for t in single_words(body):
                key = (lang, t.lower())
                backwards.setdefault(key, [])
                if head not in backwards[key]:
                    backwards[key].append(head)
    for key, english in backwards.items():
        if not lexicon.get(key):
            lexicon[key] = english
    # Through German, for the words still without English: each German translation's English, senses in order.
    for lang, pair in through_german.items():
        for head, body in entries(folder, pair):
            if not WORD.match(head) or lexicon.get((lang, head.lower())):
                continue
            english = []
            for german in translations([re.sub(r"<[^>]*>", " ", line) for line in body]):
                senses = lexicon.get(("de", german.lower()), [])
                for e in sorted(senses, key=lambda e: not cognate(german, e))[:1]:
                    if e not in english:
                        english.append(e)
            if english:
                lexicon[(lang, head.lower())] = english

    out = sys.stdout
    out.write("# language\tword\tEnglish words (senses in the dictionary's order). Derived by tools/freedict-lexicon.py "
              "from Debian's FreeDict packages fra-eng, spa-eng, ita-eng, eng-fra, eng-spa, eng-ita, spa-deu, ita-deu (GPL-2+) "
              "and deu-eng (GPL-3+); see README.md.\n")
    for (lang, word), english in sorted(lexicon.items()):
        # A cognate sense first: news vocabulary is mostly shared Latin and Greek ("pr\u00e9sident" is "president"
        # here, not the dictionary's first sense "chairman"); otherwise the dictionary's order.
        english = sorted(english, key=lambda e: not cognate(word, e))[:MAX_TRANSLATIONS]
        if english:
            out.write(f"{lang}\t{word}\t{'|'.join(english)}\n")


if __name__ == "__main__":
    main(sys.argv[1])
