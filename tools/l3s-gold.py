"""Lays out the L3S-GN1 news pages (Kohlschütter et al. 2010, research use) as html/NAME.html + text/NAME.txt for
`storyline eval extraction`: the gold text is what the annotators marked as the article (outermost elements of class
x-nc-sel2), one element a line, whitespace collapsed. Usage: python3 tools/l3s-gold.py PAGE_SIGNAL_DIR OUT_DIR
(PAGE_SIGNAL_DIR: page-signal-master/ of a clone of j-szulc/html-cleaning-dataset-merged; see README, "Article
extraction", fourth round). Standard library only."""
import sys, os, re, html.parser, shutil
src, dst = sys.argv[1], sys.argv[2]          # page-signal-master folder, output folder
os.makedirs(dst + '/html', exist_ok=True); os.makedirs(dst + '/text', exist_ok=True)
VOID = {'br','img','hr','meta','link','input','area','base','col','embed','param','source','track','wbr'}
class Gold(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.stack = []; self.depth = 0; self.parts = []; self.cur = []
    def handle_starttag(self, tag, attrs):
        if tag in VOID: return
        sel = 'x-nc-sel2' in (dict(attrs).get('class') or '').split()
        self.stack.append(sel)
        if sel: self.depth += 1
    def handle_endtag(self, tag):
        if tag in VOID or not self.stack: return
        if self.stack.pop():
            self.depth -= 1
            if self.depth == 0: self.parts.append(' '.join(''.join(self.cur).split())); self.cur = []
    def handle_data(self, d):
        if self.depth > 0: self.cur.append(d)
n = 0
for f in sorted(os.listdir(src + '/GoldStandard')):
    name = f[:-4]
    page = src + '/input/' + name + '.html'
    if not os.path.exists(page): continue
    g = Gold(); g.feed(open(src + '/GoldStandard/' + f, encoding='utf-8', errors='replace').read())
    text = '\n'.join(p for p in g.parts if p)
    if not text: continue
    open(dst + '/text/' + name + '.txt', 'w', encoding='utf-8').write(text + '\n')
    shutil.copy(page, dst + '/html/' + name + '.html'); n += 1
print(n, 'pages')
