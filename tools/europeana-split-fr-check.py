#!/usr/bin/env python3
"""Cuts Europeana fr-check by OCR page into fr-check-a (tuning) and fr-check-b (check), about equal in ORG names.

Usage: python3 tools/europeana-split-fr-check.py DIR   (DIR holds fr-check/, built by the README's recipe).
Documents are cut as BioGold cuts them, so both halves hold exactly fr-check's documents (names-org12, session 20).
"""
import os, re, sys
E = sys.argv[1]; src = E + '/fr-check/enp_FR.bnf.L063790-end.bio'
lines = open(src, encoding='utf-8').read().splitlines()
def typ(tag):  # BioGold.type
    t = tag.upper(); return t[2:] if len(t) >= 5 and t[0] in 'BI' and not t[1].isalpha() and t[2:] in ('PER', 'LOC', 'ORG') else None
docs, start, n, orgs, prev = [], 0, 0, 0, None   # BioGold's documents: (first line, end, ORG names)
for i, line in enumerate(lines):
    f = line.split()
    if not f or f[0].startswith('#'):
        if n: docs.append((start, i, orgs))
        start, n, orgs, prev = i + 1, 0, 0, None; continue
    tag = f[-1] if len(f) > 1 else 'O'; t = typ(tag)
    orgs += t == 'ORG' and (prev != 'ORG' or tag[0] in 'Bb'); prev = t; n += 1
    if n >= 300 and f[0] in ('.', '!', '?') or n >= 500 and t is None:
        docs.append((start, i + 1, orgs)); start, n, orgs, prev = i + 1, 0, 0, None
if n: docs.append((start, len(lines), orgs))
marks = [i for i, l in enumerate(lines) if re.match(r'\d{7}/txt/X\d{7}\s', l)]   # OCR page files: "0564933/txt/X0000002 O"
pages = {}
for d in docs: pages.setdefault(sum(m <= d[0] for m in marks), []).append(d)
count = {p: sum(d[2] for d in ds) for p, ds in pages.items()}
half = {0: 'a'}; total = {'a': count[0], 'b': 0}   # page 0: the end of fr-tune's issue (L'Ouest-Éclair), a tuning page
for p in sorted((p for p in pages if p), key=lambda p: (-count[p], p)):
    h = 'a' if total['a'] <= total['b'] else 'b'; half[p] = h; total[h] += count[p]
for p, ds in pages.items():
    d = f'{E}/fr-check-{half[p]}'; os.makedirs(d, exist_ok=True); a, b = ds[0][0], ds[-1][1]
    open(f'{d}/enp_FR.bnf.L{a + 63790:06d}-L{b + 63789:06d}.bio', 'w', encoding='utf-8').write(''.join(l + '\n' for l in lines[a:b]))
print(total)
