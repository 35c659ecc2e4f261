package dev.storyline.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Main text and metadata of a page scraped as plain text, line by line.
 *
 * <p>Each line is classified (paragraph, headline, dateline, byline, date, or furniture: navigation, counters,
 * share buttons, previous/next links, "read also", disclaimers, credits, captions); the body is the run of lines
 * with the highest sum of per-line scores (paragraphs score their length, furniture scores against), trimmed of
 * headline-like lines at its edges and pruned of the furniture inside it. Title, dateline, authors and date are
 * read from the lines around it. Hand-written because no Java library extracts articles from plain text (they
 * all need the HTML tree). Immutable, thread-safe.
 */
public final class ScrapedTextExtractor {

    /** Paragraphs count for their words, up to this many, so that one huge line does not decide alone. */
    private static final int MAX_PARAGRAPH_SCORE = 60;
    /** Paragraphs score their words less this: one-line footers and teasers weigh little, long paragraphs much. */
    private static final double PROSE_OFFSET = 6;
    private static final double HEADING_SCORE = -6;
    private static final double SHORT_PROSE_SCORE = 1;
    /** How far before the body a standalone dateline may stand. */
    private static final int DATELINE_LOOKBACK = 8;
    /** How many lines after the body may still hold its byline or date. */
    private static final int FOOTER_LOOKAHEAD = 6;
    private static final int TITLE_MAX_WORDS = 35;
    /** A list marker as text browsers print them: bullets, dashes, boxes, "o", "+", numbers. */
    private static final Pattern LIST_ITEM = Pattern.compile(
            "(?:[•◦▪▫□■●○‣·*+o–—-]|\\d{1,2}[.)])\\s+\\S");
    private static final int LIST_ITEM_MIN_WORDS = 5;
    /** A list's bullet, not its number: "8. Dezember 2012" is a date, "□ Open day on 11 May" a menu's item. */
    private static final Pattern BULLET = Pattern.compile("[•◦▪▫□■●○‣·*+o–—-]\\s+\\S");

    private final LocalDate today;
    private final ScrapedLineClassifier classifier;
    /** The learnt body selection, or null for the rules alone. */
    private final ScrapedBodyModel model;
    /** 0: the model's lines replace the rules'; else the rules' lines gain the model's blocks of this many words. */
    private final int blockWords;
    /** The widest line the text's renderer prints, cutting longer paragraphs there; 0 when unknown or unbounded. */
    private final int widestLine;
    /** Words a block of the model's lines above the rules' span needs to join the text ({@link BodySelection#SPANS}). */
    static final int SPANS_BLOCK_WORDS = 80;
    /** The model's lines at most this many lines apart make one block. */
    private static final int BLOCK_GAP = 3;

    /** How the article's lines are chosen. */
    public enum BodySelection {
        /** The densest run of scored lines and the rules around its edges. */
        RULES,
        /** A learnt line model over the rules' findings, decoded by Viterbi ({@link ScrapedBodyModel}). */
        MODEL,
        /**
         * The rules' lines, and the blocks of lines a model learnt from whole expected texts (L3S-GN1's, newspaper's
         * and Readability's pages, not the shared set's) chooses above the rules' span when they hold at least
         * {@value ScrapedTextExtractor#SPANS_BLOCK_WORDS} words: the article's opening part, cut off from the rest by
         * a picture, a share menu or an advertisement the rules' single run does not cross. Blocks below it were
         * tried and left out: they are as often comments and teasers as the article's end.
         */
        SPANS;

        /**
         * The rules: the model (trained with the HTML extractor's text as labels for the lines no snippet names, its
         * bias and switch cost chosen on those labels of held-out pages) wins on the shared set cross-validated,
         * L3S-GN1, newspaper's and dragnet's pages but not on Readability's (by 0.002 F1), so it is not the default.
         */
        public static final BodySelection DEFAULT = RULES;
    }

    /** @param today the day dates written without a year are resolved against: they are never after it */
    public ScrapedTextExtractor(LocalDate today) {
        this(today, BodySelection.DEFAULT);
    }

    public ScrapedTextExtractor(LocalDate today, BodySelection selection) {
        this(new ScrapedLineClassifier(BoilerplateLexicon.standard(), DatelineParser.standard(), new BylineParser()),
                today, selection == BodySelection.MODEL ? ScrapedBodyModel.standard()
                        : selection == BodySelection.SPANS ? ScrapedBodyModel.wholeText() : null,
                selection == BodySelection.SPANS ? SPANS_BLOCK_WORDS : 0);
    }

    ScrapedTextExtractor(LocalDate today, BoilerplateLexicon lexicon, DatelineParser datelines) {
        this(today, lexicon, datelines, BodySelection.DEFAULT == BodySelection.MODEL ? ScrapedBodyModel.standard() : null);
    }

    /** @param model the learnt body selection, or null to keep the lines the rules choose */
    ScrapedTextExtractor(LocalDate today, BoilerplateLexicon lexicon, DatelineParser datelines, ScrapedBodyModel model) {
        this(new ScrapedLineClassifier(lexicon, datelines, new BylineParser()), today, model, 0);
    }

    private ScrapedTextExtractor(ScrapedLineClassifier classifier, LocalDate today, ScrapedBodyModel model, int blockWords) {
        this(classifier, today, model, blockWords, 0);
    }

    private ScrapedTextExtractor(ScrapedLineClassifier classifier, LocalDate today, ScrapedBodyModel model, int blockWords,
                                 int widestLine) {
        this.today = today;
        this.classifier = classifier;
        this.model = model;
        this.blockWords = blockWords;
        this.widestLine = widestLine;
    }

    /** The same extractor choosing the body with the rules alone (the path before the learnt model). */
    ScrapedTextExtractor withRulesOnly() {
        return new ScrapedTextExtractor(classifier, today, null, 0, widestLine);
    }

    /**
     * The same extractor for text whose renderer prints lines of at most {@code columns} and cuts longer paragraphs
     * there, even when asked for lines as wide as it allows (w3m: 1,023; see {@link TextBrowser#widestLine}); 0 when
     * unknown or unbounded. The paragraphs cut so are joined again ({@link HardWraps#unwrap(String, int)}).
     */
    public ScrapedTextExtractor withWidestLine(int columns) {
        return new ScrapedTextExtractor(classifier, today, model, blockWords, Math.max(0, columns));
    }

    /** The model's lines, less furniture, the title and repeats. */
    private List<Integer> modelKept(Layout layout) {
        List<Integer> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<ScrapedLine> lines = layout.lines;
        for (int i : model.select(lines, features(layout))) {
            ScrapedLine line = lines.get(i);
            if (!belongsToBody(line, i > 0 ? lines.get(i - 1) : null, layout.title) || !seen.add(key(line))) continue;
            kept.add(i);
        }
        return kept;
    }

    /**
     * Each line's features for {@link ScrapedBodyModel}: what it is and how long, its neighbours' kinds, where it
     * stands from the lines the rules keep and from the title, and its shape.
     */
    static List<List<String>> features(Layout layout) {
        List<ScrapedLine> lines = layout.lines;
        int n = lines.size();
        boolean[] old = new boolean[n];
        for (int i : layout.kept) old[i] = true;
        int first = layout.kept.isEmpty() ? -1 : layout.kept.get(0);
        int last = layout.kept.isEmpty() ? -1 : layout.kept.get(layout.kept.size() - 1);
        int titleAt = -1;
        for (int i = 0; layout.title != null && i < n; i++) {
            if (lines.get(i).text().equals(layout.title)) titleAt = i;
            if (i >= first && first >= 0) break;
        }
        List<List<String>> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ScrapedLine line = lines.get(i);
            List<String> f = new ArrayList<>(24);
            String k = line.kind().name();
            String wb = wordBucket(line.words());
            f.add("bias");
            f.add("k=" + k);
            f.add("kw=" + k + wb);
            f.add("ke=" + k + line.endsSentence());
            String p1 = i > 0 ? lines.get(i - 1).kind().name() : "START";
            String n1 = i + 1 < n ? lines.get(i + 1).kind().name() : "END";
            f.add("p1=" + p1);
            f.add("n1=" + n1);
            f.add("kp1=" + k + p1);
            f.add("kn1=" + k + n1);
            f.add("p2=" + (i > 1 ? lines.get(i - 2).kind().name() : "START"));
            f.add("n2=" + (i + 2 < n ? lines.get(i + 2).kind().name() : "END"));
            String where;
            if (first < 0) where = "none";
            else if (old[i]) where = "in";
            else if (i > first && i < last) where = "inside";
            else if (i < first) where = "above" + gapBucket(first - i);
            else where = "below" + gapBucket(i - last);
            f.add("old=" + where);
            f.add("oldk=" + where + k);
            f.add("oldkw=" + where + k + wb);
            boolean prevOld = i > 0 && old[i - 1], nextOld = i + 1 < n && old[i + 1];
            f.add("nb=" + prevOld + nextOld + k);
            if (titleAt >= 0) {
                String t = i == titleAt ? "is" : i < titleAt ? "before" : "after" + gapBucket(i - titleAt);
                f.add("title=" + t);
                f.add("titlek=" + t + k);
            } else {
                f.add("title=none");
            }
            int prose = 0;
            for (int j = Math.max(0, i - 3); j <= Math.min(n - 1, i + 3); j++) {
                if (j != i && lines.get(j).kind() == ScrapedLineKind.PROSE) prose++;
            }
            f.add("prose3=" + prose);
            f.add("prose3k=" + prose + k);
            if (isRepeatedHeadline(line, layout.occurrences)) f.add("repeated");
            if (startsLikeListItem(line.text()) || LIST_ITEM.matcher(line.text()).lookingAt()) f.add("list" + k);
            if (i > 0 && lines.get(i - 1).text().endsWith(":")) f.add("afterColon" + k);
            if (line.text().endsWith(":")) f.add("colon");
            if (linkLike(line.text())) f.add("links");
            if (line.words() >= 3 && capitalisedShare(line.text()) > 0.6) f.add("titleCase" + wb);
            f.add("pos=" + Math.min(9, i * 10 / n));
            all.add(f);
        }
        return all;
    }

    private static String wordBucket(int words) {
        return words == 0 ? "0" : words <= 3 ? "1-3" : words <= 6 ? "4-6" : words <= 12 ? "7-12"
                : words <= 25 ? "13-25" : words <= 60 ? "26-60" : "61+";
    }

    private static String gapBucket(int gap) {
        return gap <= 1 ? "1" : gap <= 3 ? "2-3" : gap <= 10 ? "4-10" : gap <= 30 ? "11-30" : "31+";
    }

    /** Menus and breadcrumbs printed on one line: "Home | News | Sport", "Start › Politik › Inland". */
    private static boolean linkLike(String text) {
        int marks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '|' || c == '›' || c == '»' || c == '>' || c == '/' && i > 0 && text.charAt(i - 1) == ' ') marks++;
        }
        return marks >= 2;
    }

    private static double capitalisedShare(String text) {
        int words = 0, capitalised = 0;
        for (String w : text.split(" ")) {
            if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) continue;
            words++;
            if (Character.isUpperCase(w.codePointAt(0))) capitalised++;
        }
        return words == 0 ? 0 : capitalised / (double) words;
    }

    public Article extract(String id, String url, String raw) {
        return extractFrom(id, url, layout(raw, url));
    }

    /** The article from a page's layout (what {@link #layout} found): lets a trainer read each page once. */
    Article extractFrom(String id, String url, Layout layout) {
        if (model == null) return extractFrom(id, url, layout, layout.kept);
        List<Integer> modelLines = modelKept(layout);
        if (blockWords == 0) return extractFrom(id, url, layout, modelLines);
        List<Integer> above = layout.kept.isEmpty() ? modelLines
                : modelLines.stream().filter(i -> i < layout.kept.get(0)).toList();
        return extractFrom(id, url, layout, withBlocks(layout, layout.kept, above, blockWords));
    }

    /**
     * The rules' lines and the blocks of {@code modelLines} (lines at most {@value #BLOCK_GAP} apart) that stand
     * wholly outside the rules' span and hold at least {@code minWords} words, in page order, each text once.
     */
    static List<Integer> withBlocks(Layout layout, List<Integer> rules, List<Integer> modelLines, int minWords) {
        java.util.TreeSet<Integer> joined = new java.util.TreeSet<>(rules);
        int first = rules.isEmpty() ? Integer.MAX_VALUE : rules.get(0);
        int last = rules.isEmpty() ? -1 : rules.get(rules.size() - 1);
        List<Integer> block = new ArrayList<>();
        for (int k = 0; k <= modelLines.size(); k++) {
            if (k < modelLines.size() && (block.isEmpty() || modelLines.get(k) - block.get(block.size() - 1) <= BLOCK_GAP)) {
                block.add(modelLines.get(k));
                continue;
            }
            int words = 0;
            boolean outside = true;
            for (int i : block) {
                words += layout.lines.get(i).words();
                if (i >= first && i <= last) outside = false;
            }
            if (outside && words >= minWords) joined.addAll(block);
            block.clear();
            if (k < modelLines.size()) block.add(modelLines.get(k));
        }
        List<Integer> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i : joined) if (seen.add(key(layout.lines.get(i)))) kept.add(i);
        return kept;
    }

    /** The model's lines of a page (each line once, in order), for a trainer trying ways to join them to the rules'. */
    List<Integer> modelLines(Layout layout) {
        return modelKept(layout);
    }

    /** The article made of the given lines of a page; when they are not the rules' own, their span replaces the rules'. */
    Article extractFrom(String id, String url, Layout layout, List<Integer> kept) {
        List<ScrapedLine> lines = layout.lines;
        String title = layout.title;
        int start = layout.start, end = layout.end;
        boolean hasBody = layout.hasBody;
        if (kept != layout.kept && !kept.isEmpty()) {
            // the model's span replaces the rules' one: read its dateline, byline and date around it
            start = kept.get(0);
            end = kept.get(kept.size() - 1);
            hasBody = true;
        }

        Dateline dateline = null;
        List<String> paragraphs = new ArrayList<>();
        if (hasBody) {
            ScrapedLine first = lines.get(start);
            if (first.dateline() != null && !first.dateline().rest().isEmpty()) dateline = first.dateline();
            for (int i : kept) paragraphs.add(i == start && dateline != null ? dateline.rest() : lines.get(i).text());
            for (int i = start - 1; dateline == null && i >= Math.max(0, start - DATELINE_LOOKBACK); i--) {
                if (lines.get(i).kind() == ScrapedLineKind.DATELINE) dateline = lines.get(i).dateline();
            }
        }
        String text = String.join("\n", paragraphs);

        List<String> authors = authors(lines, hasBody ? start : lines.size(), hasBody ? end : lines.size());
        String published = published(lines, hasBody ? start : lines.size(), hasBody ? end : lines.size(), dateline,
                text, url);
        String source = dateline != null && dateline.source() != null ? dateline.source() : Outlets.fromUrl(url);
        return new Article(id, url, source, title, published, authors,
                dateline == null ? null : dateline.place(), null, text);
    }

    /** What the rules find on a page: its lines, the body's edges, the title, and the lines they keep, in order. */
    static final class Layout {
        final List<ScrapedLine> lines;
        final Map<String, Integer> occurrences;
        final int start, end;
        final boolean hasBody;
        final String title;
        final List<Integer> kept;

        Layout(List<ScrapedLine> lines, Map<String, Integer> occurrences, int start, int end, boolean hasBody,
               String title, List<Integer> kept) {
            this.lines = lines;
            this.occurrences = occurrences;
            this.start = start;
            this.end = end;
            this.hasBody = hasBody;
            this.title = title;
            this.kept = kept;
        }
    }

    Layout layout(String raw) {
        return layout(raw, null);
    }

    /** The layout of a page whose address is known: its path may name the headline ({@link #underUrlHeadline}). */
    Layout layout(String raw, String url) {
        List<ScrapedLine> lines = classifyLines(raw == null ? "" : HardWraps.unwrap(raw, widestLine));
        Map<String, Integer> occurrences = occurrences(lines);
        Set<Integer> echoed = markTruncatedEchoes(lines);

        int[] densest = densestRun(lines, occurrences);
        int[] body = afterHeadline(lines, occurrences, aboveCommentForm(lines, occurrences, beforeComments(lines, occurrences, densest)));
        body = underUrlHeadline(lines, occurrences, body, url);
        int start = body[0];
        int end = body[1];
        while (start <= end && !opensOrClosesBody(lines.get(start))) start++;
        while (end >= start && !opensOrClosesBody(lines.get(end))) end--;
        boolean hasBody = start <= end;
        if (hasBody) {
            start = withAdjacentSentences(lines, start, -1);
            end = withAdjacentSentences(lines, end, +1);
            end = withClosingList(lines, end);
        }

        List<ScrapedLine> header = hasBody ? lines.subList(0, start) : lines;
        String title = title(header, occurrences, echoed);

        List<Integer> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (hasBody) {
            for (int i : earlierPart(lines, occurrences, start)) {
                if (seen.add(key(lines.get(i)))) kept.add(i);
            }
            for (int i : leadAndStandfirst(lines, start, title)) {
                if (seen.add(key(lines.get(i)))) kept.add(i);
            }
            for (int i = start; i <= end; i++) {
                ScrapedLine line = lines.get(i);
                if (!belongsToBody(line, i > start ? lines.get(i - 1) : null, title) || !seen.add(key(line))) continue;
                kept.add(i);
            }
            for (int i : laterPart(lines, occurrences, end)) {
                if (seen.add(key(lines.get(i)))) kept.add(i);
            }
            kept = withStandfirstUnderNamedHeadline(lines, kept, url);
            kept = withStandfirstUnderTitle(lines, kept, title);
            kept = withSignOff(lines, kept);
            kept = withDataRowsBelow(lines, occurrences, kept);
            kept = withoutAuthorBox(lines, kept);
            kept = withoutRepeatedShortLines(lines, occurrences, kept);
            kept = withoutCallsToTheReader(lines, kept);
            kept = withoutIntroductionsToNothing(lines, kept);
            kept = withoutClosingQuestion(lines, kept);
        }
        return new Layout(lines, occurrences, start, end, hasBody, title, kept);
    }

    /**
     * The kept lines less an author box that closes the article: a paragraph among the last {@value #AUTHOR_BOX_TAIL}
     * kept lines that introduces the page's author, and what follows it. It does when it opens on the author's name
     * or given name then a word in lower case, the verb ("Dana Reyes is a reporter…", "Dana ist…"), the name being
     * one a byline of the page gives ("By Dana Reyes", "von Dana Reyes"), or when its writer introduces themself
     * ("Ich bin Lea, …", "Hi, I'm Sam…"). Articles end on their own last sentence, not on who wrote them. A box
     * closes an article: with no paragraph of the article's kind above it, the introduction is the page's text (a
     * one-person office's home page: "Willkommen!" then "Ich bin …, Rechtsanwalt …"). Shared set as w3m prints
     * it: F1 0.8887 → 0.8892 (3 snippets found, 1 leak); 80 columns 0.8803 → 0.8807, lynx 0.8822 → 0.8827,
     * html2text unchanged.
     */
    private static List<Integer> withoutAuthorBox(List<ScrapedLine> lines, List<Integer> kept) {
        if (kept.size() < 2) return kept;
        Set<String> names = new HashSet<>();
        for (ScrapedLine line : lines) {
            if (line.byline() != null) {
                for (String a : line.byline().authors()) names.add(a.toLowerCase(Locale.ROOT));
            }
            // a picture's caption names whom it shows ("Porträt von Dana Reyes (Foto: …)"), not who wrote
            if (line.words() > 12 || line.kind() == ScrapedLineKind.CAPTION) continue;
            Matcher m = BY_NAME.matcher(line.text());
            while (m.find()) names.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        for (int r = kept.size() - 1; r >= Math.max(1, kept.size() - AUTHOR_BOX_TAIL); r--) {
            ScrapedLine line = lines.get(kept.get(r));
            if (line.kind() == ScrapedLineKind.PROSE && introducesAuthor(line.text(), names)
                    && hasArticleParagraph(lines, kept.subList(0, r))) {
                return new ArrayList<>(kept.subList(0, r));
            }
        }
        return kept;
    }

    private static final int AUTHOR_BOX_TAIL = 3;

    /**
     * The kept lines with the rows of data right below them: a recipe's ingredients or steps under its introduction
     * ("200 g Zucker"), a spec sheet's or a result table's rows under a review or a report ("Gewicht: 186 Gramm",
     * "Rohbenzin 10,72 Mio. t"), an agenda's timed items. Each such row scores as a heading, so no block choice
     * reaches them. Below the last kept line, over at most {@value #DATA_ROWS_WINDOW} lines, a row of data
     * ({@link #isDataRow}) counts +1 and any other row of text −{@value #DATA_ROWS_OTHER_COST}; the stretch with the
     * best total is taken when that total reaches {@value #DATA_ROWS_MIN_SCORE} and {@value #DATA_ROWS_MIN_FIGURES}
     * of its data rows hold a figure, its lines that belong in a body added. Menus, tag clouds and teaser lists are
     * rows of words, without figures or a short label and its value, and a row of furniture (navigation, sharing, a
     * comment section's opening, a "read also" marker) ends the search. Only below: above the article stand the
     * page's head and its boxes, and taking rows there too found 3–5 snippets more on the shared set but raised
     * L3S-GN1's leaks by 0.19 % (below only: +0.06 %). Shared set as w3m prints it (scratch harness): 2584 / 367 /
     * 223 → 2593 / 358 / 223.
     */
    private static List<Integer> withDataRowsBelow(List<ScrapedLine> lines, Map<String, Integer> occurrences,
                                                   List<Integer> kept) {
        if (kept.isEmpty()) return kept;
        List<Integer> rows = dataRowsBelow(lines, occurrences, kept.get(kept.size() - 1));
        if (rows.isEmpty()) return kept;
        List<Integer> out = new ArrayList<>(kept);
        Set<String> seen = new HashSet<>();
        for (int i : kept) seen.add(key(lines.get(i)));
        for (int i : rows) if (seen.add(key(lines.get(i)))) out.add(i);
        return out;
    }

    /**
     * Tried in the harness (both edges then, before teasers' "Section: Headline" rows were told from labels and
     * values: 2601 / 350 / 228 with these settings): a total of 2: 2 leaks more; 4: 3 snippets and 1 leak fewer;
     * other rows costing 1: 2606 / 345 / 236 (teaser lists came in); costing 3: 5 snippets and 1 leak fewer; a window
     * of 25 lines: 1 snippet fewer, of 60: the same. Data rows holding a figure: 2, 3 or 4 the same, 5 lost 4.
     */
    private static final int DATA_ROWS_MIN_SCORE = 3;
    private static final int DATA_ROWS_OTHER_COST = 2;
    private static final int DATA_ROWS_WINDOW = 40;
    private static final int DATA_ROWS_MIN_FIGURES = 2;

    /** The lines of the best-scoring stretch of data rows under line {@code last}, or none. */
    private static List<Integer> dataRowsBelow(List<ScrapedLine> lines, Map<String, Integer> occurrences, int last) {
        int sum = 0, best = 0, bestAt = last, figures = 0, bestFigures = 0;
        for (int i = last + 1; i < lines.size() && i - last <= DATA_ROWS_WINDOW; i++) {
            ScrapedLine line = lines.get(i);
            if (endsDataRows(line.kind())) break;
            if (!line.hasLetters() || line.kind().isBoilerplate() && line.kind() != ScrapedLineKind.DATE) continue;
            boolean data = !isRepeatedHeadline(line, occurrences) && !linkLike(line.text()) && isDataRow(line);
            sum += data ? 1 : -DATA_ROWS_OTHER_COST;
            if (data && HAS_DIGIT.matcher(line.text()).find()) figures++;
            if (sum > best) {
                best = sum;
                bestAt = i;
                bestFigures = figures;
            }
        }
        List<Integer> rows = new ArrayList<>();
        if (best < DATA_ROWS_MIN_SCORE || bestFigures < DATA_ROWS_MIN_FIGURES) return rows;
        for (int i = last + 1; i <= bestAt; i++) {
            ScrapedLine line = lines.get(i);
            if (!isRepeatedHeadline(line, occurrences) && belongsToBody(line, lines.get(i - 1), null)) rows.add(i);
        }
        return rows;
    }

    /** Furniture that closes an article or opens the page's own boxes: no row of the article's data lies past it. */
    private static boolean endsDataRows(ScrapedLineKind kind) {
        return switch (kind) {
            case COMMENTS, PREVIOUS_NEXT, SUBSCRIPTION, COPYRIGHT, READ_ALSO, NAVIGATION, SHARE, ADVERTISEMENT -> true;
            default -> false;
        };
    }

    /**
     * A row of data: a short label and its value ("Gewicht: 186 Gramm", "Region: Napa Valley": a label of at most
     * {@value #DATA_LABEL_MAX_WORDS} words, a value of at most {@value #DATA_VALUE_MAX_WORDS} words or holding a
     * figure), or with no colon a figure and its unit ("200 g Zucker", "Heißluft etwa 180 °C", "(30 mins)"), or a
     * bulleted or numbered sentence (a step). A teaser's "Section: Headline of eight words" has a colon but is no
     * label and value, whatever figures its headline holds ("Neues Canyon Torque 2022 im Test: …").
     */
    static boolean isDataRow(ScrapedLine line) {
        String t = line.text();
        int colon = t.indexOf(": ");
        if (colon > 0) return isLabelAndValue(t.substring(0, colon), t.substring(colon + 2));
        if (FIGURE_AND_UNIT.matcher(t).find()) return true;
        return line.endsSentence() && (startsLikeListItem(t) || LIST_ITEM.matcher(t).lookingAt());
    }

    private static boolean isLabelAndValue(String label, String value) {
        int labelWords = ScrapedLineClassifier.countWords(label);
        return labelWords >= 1 && labelWords <= DATA_LABEL_MAX_WORDS
                && (ScrapedLineClassifier.countWords(value) <= DATA_VALUE_MAX_WORDS || FIGURE_AND_UNIT.matcher(value).find());
    }

    /** Labels of 3 and values of 4 words at most: one snippet fewer; values of 3 words: two fewer (harness, both edges). */
    private static final int DATA_LABEL_MAX_WORDS = 4;
    private static final int DATA_VALUE_MAX_WORDS = 5;
    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
    /** A number (with decimals or a fraction) then a unit of up to five letters, a percent or a degree sign. */
    private static final Pattern FIGURE_AND_UNIT = Pattern.compile(
            "(?<![\\p{L}\\d.,:/])(?!(?:19|20)\\d\\d\\b)\\d+(?:[.,/]\\d+)?\\s?(?!Uhr\\b|h\\b)(?:\\p{L}{1,5}\\b|%|°)");

    /** Whether the given kept lines hold a paragraph of the article's kind (an author box closes one). */
    private static boolean hasArticleParagraph(List<ScrapedLine> lines, List<Integer> kept) {
        for (int i : kept) if (isLongSentenceParagraph(lines.get(i))) return true;
        return false;
    }

    /**
     * The kept lines less the page's calls to its reader, wherever the body's edges let them in: a newsletter's box
     * ("Cicero Newsletter", "Sign up to get the best of the week"), a consent a form asks for ("Ich bin damit
     * einverstanden, …"), a browser's notification prompt, a captcha's notice. No article sentence asks its reader
     * to sign up; lines longer than {@value #CALL_MAX_WORDS} words are an article's own paragraphs about these things.
     */
    private static List<Integer> withoutCallsToTheReader(List<ScrapedLine> lines, List<Integer> kept) {
        List<Integer> rest = new ArrayList<>(kept.size());
        for (int r = 0; r < kept.size(); r++) {
            ScrapedLine line = lines.get(kept.get(r));
            boolean commentRule = isClosingNotice(line) && closesTheText(lines, kept, r);
            if (!isCallToTheReader(line) && !commentRule) rest.add(kept.get(r));
        }
        return rest;
    }

    /**
     * Longer lines that name these are as often a news article's own sentences (L3S-GN1's expected texts, totals:
     * F1 0.7603 without the rule, 0.7599 with 60 words, 0.7603 with 25; only at the kept lines' first and last
     * three, 0.7599). Shared set as w3m prints it: 60 words 0.8829, 25 words 0.8824.
     */
    private static final int CALL_MAX_WORDS = 25;

    /**
     * The kept lines less a short line ending on a colon ("Contact:", "More from this column:", "By:") whose next
     * line is not kept: it introduces a list of links, an address or a name the text leaves out, so it introduces
     * nothing of the article. Shared set as w3m prints it, lines of up to 6 / 12 words: F1 0.8824 → 0.8829 / 0.8823.
     * Such a line over a bulleted list whose first item is short goes too, the list staying (its items may be the
     * article's): shared set as w3m prints it 2582 / 369 / 231 → 2581 / 370 / 226 (TP / FN / FP); taking the list
     * of short items with it lost 4 snippets more.
     * A heading kept with neither of its neighbours kept goes too: it heads nothing of the text.
     */
    private static List<Integer> withoutIntroductionsToNothing(List<ScrapedLine> lines, List<Integer> kept) {
        Set<Integer> keptSet = new HashSet<>(kept);
        List<Integer> rest = new ArrayList<>(kept.size());
        for (int i : kept) {
            ScrapedLine line = lines.get(i);
            boolean introduces = line.words() <= INTRODUCTION_MAX_WORDS && line.text().endsWith(":");
            if (introduces && !keptSet.contains(i + 1)) continue;
            // a label over a bulleted list of short items ("Weitere Informationen:", "Lesen Sie auch:", "Share
            // with:") is the page's, over links, sources or buttons; the article's own points are sentences
            if (introduces && i + 1 < lines.size() && isShortListItem(lines.get(i + 1))) continue;
            // a heading standing alone among lines left out: a teaser's title, "About the author", "Informate más"
            boolean alone = line.kind() == ScrapedLineKind.HEADING && line.words() <= STRAY_HEADING_MAX_WORDS
                    && !keptSet.contains(i - 1) && !keptSet.contains(i + 1);
            if (alone) continue;
            rest.add(i);
        }
        return rest;
    }

    /** A bulleted item as short as a link's text: what a page's label ending on a colon stands over. */
    private static boolean isShortListItem(ScrapedLine item) {
        return BULLET.matcher(item.text()).lookingAt() && item.words() <= LINK_ITEM_MAX_WORDS;
    }

    private static final int LINK_ITEM_MAX_WORDS = 12;

    /**
     * The kept lines less a short question to the reader that closes them: after the article's last paragraph (a
     * sentence of {@value #CALL_NEIGHBOUR_MIN_WORDS} words or more), a question of {@value #CLOSING_QUESTION_MAX_WORDS}
     * words or fewer among the last {@value #CLOSING_QUESTION_TAIL} kept lines, and what follows it ("Want more?",
     * "Sie wollen mehr von uns?", "Keine Lust alleine zu radeln?"): it opens a box of offers, not the article's
     * text. Shared set, F1 w3m 0.8892 → 0.8896, 80 columns 0.8807 → 0.8812, lynx 0.8827 → 0.8831, html2text
     * 0.8747 → 0.8748 (3 leaks fewer, no snippet lost). Short exclamations too lost an article's own closing
     * line ("Vielen Dank für das Interview!"), and without the tail limit a FAQ's questions went.
     */
    private static List<Integer> withoutClosingQuestion(List<ScrapedLine> lines, List<Integer> kept) {
        int lastParagraph = -1;
        for (int r = 0; r < kept.size(); r++) if (isLongSentenceParagraph(lines.get(kept.get(r)))) lastParagraph = r;
        if (lastParagraph < 0) return kept;
        for (int r = Math.max(lastParagraph + 1, kept.size() - CLOSING_QUESTION_TAIL); r < kept.size(); r++) {
            if (isShortQuestion(lines.get(kept.get(r)))) return new ArrayList<>(kept.subList(0, r));
        }
        return kept;
    }

    /** A question of a few words that is not an item of a numbered or bulleted list (a quiz, a FAQ). */
    private static boolean isShortQuestion(ScrapedLine line) {
        String text = line.text();
        return line.words() <= CLOSING_QUESTION_MAX_WORDS && text.endsWith("?") && !LIST_ITEM.matcher(text).lookingAt();
    }

    private static final int CLOSING_QUESTION_MAX_WORDS = 6, CLOSING_QUESTION_TAIL = 3;

    private static final int INTRODUCTION_MAX_WORDS = 6;
    /**
     * Shared set as w3m prints it, headings alone of up to 5 / 12 / 20 words left out: F1 0.8829 → 0.8834 / 0.8837 /
     * 0.8837 (no snippet lost); L3S-GN1 totals 0.7603 → 0.7605 with 12.
     */
    private static final int STRAY_HEADING_MAX_WORDS = 12;
    /**
     * Words of a sign-up box or a consent form in the languages where they are not translated (a "newsletter" is one
     * in German, Polish, Spanish…), and a first-person consent. Shared set as w3m prints it, these anywhere in the
     * kept lines of up to 60 words: 14 leaked lines fewer, no snippet lost; "datenschutz", "privacy policy", "e-mail" and "cookie"
     * also took articles about privacy (8 snippets lost).
     */
    private static final Pattern CALL_TO_THE_READER = Pattern.compile(
            "(?iu)newsletter|\\bsign up\\b|\\binbox|\\bich bin (?:damit|mit\\b[^.!?]{1,80}) einverstanden|recaptcha"
                    + "|push notifications?\\b"
                    // the outlet asking for its reader's money or praise: "Unterstütze uns mit deiner Spende", "If you
                    // enjoyed this article, support independent journalism", "Donate today". Shared set, w3m: F1
                    // 0.8864 → 0.8871 (5 leaked lines fewer, no snippet lost); 80 col, lynx, html2text rise too.
                    // Calls to share the article ("Artikel gefallen? …", "Teile diesen Beitrag"), with the rights
                    // notices below: w3m 0.8875 → 0.8878, 80 col 0.8793, lynx 0.8816, html2text 0.8739
                    + "|\\bunterstütze?n?\\b[^.!?]{0,50}(?:spende|journalismus)|spendenfinanziert"
                    + "|\\bsupport (?:our|independent|local) (?:journalism|reporting|newsroom)|\\bdonate (?:today|now)\\b"
                    + "|\\b(?:der|unser|dieser|dir der|ihnen der|ihnen unser|ihnen dieser) (?:artikel|beitrag) gefallen\\b"
                    + "|\\bif you (?:liked|enjoyed) (?:this|our) (?:article|post|story|piece)\\b"
                    + "|\\b(?:ihr|dein|deine|your|jede(?: kleine)?|every) (?:beitrag|spende|contribution|donation|gift)"
                    + " (?:hilft|helps)\\b"
                    + "|^\\P{L}*(?:artikel|beitrag) gefallen\\b|\\bteile (?:diesen|den) (?:artikel|beitrag)\\b"
                    + "|\\bshare this (?:article|post|story)\\b"
                    // The same calls in French, Spanish and Italian (carried by the lead, session 20; the shared set
                    // has none of them: no figure moves).
                    + "|\\b(?:vous avez|tu as) aimé cet article|\\bsoutenez (?:notre|le|un) journalisme|\\bfaites un don\\b"
                    + "|\\bpartagez cet article\\b|\\bte (?:ha )?gustó este artículo|\\bte ha gustado este artículo"
                    + "|\\bapoya (?:nuestro|el) periodismo|\\bhaz una donación\\b|\\bcomparte este artículo\\b"
                    + "|\\bti è piaciuto questo articolo|\\bsostieni (?:il nostro|il) giornalismo|\\bfai una donazione\\b"
                    + "|\\bcondividi questo articolo\\b");

    /**
     * The kept lines less those of {@value #REPEATED_LINE_MAX_WORDS} words or fewer that the page prints more than
     * once: a consent notice under each embedded post, a caption printed with the picture and again in its
     * gallery, a teaser's title in the body and in the list beside it, a menu item. An article says a sentence once;
     * its paragraphs repeated are kept (a page printing the article twice, once for each layout).
     */
    private static List<Integer> withoutRepeatedShortLines(List<ScrapedLine> lines, Map<String, Integer> occurrences,
                                                           List<Integer> kept) {
        List<Integer> once = new ArrayList<>(kept.size());
        for (int i : kept) {
            ScrapedLine line = lines.get(i);
            if (line.words() > REPEATED_LINE_MAX_WORDS || occurrences.getOrDefault(key(line), 1) < 2) once.add(i);
        }
        return once;
    }

    /**
     * Longer repeated lines are as often the article's own paragraphs as clutter. Shared set as w3m prints it, F1
     * with a limit of 3 / 8 / 12 / 15 / 20 / 35 words: 0.8764 / 0.8763 / 0.8766 / 0.8768 / 0.8769 / 0.8766.
     */
    private static final int REPEATED_LINE_MAX_WORDS = 20;

    /** "by Dana Reyes", "von Dana Reyes", "Autor: Dana Reyes": a name of two or three capitalised words. */
    private static final Pattern BY_NAME = Pattern.compile(
            "(?:\\b(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Pp]rzez)|(?:Autor|Autorin|Author|Auteur|Autore)\\s*:)\\s+"
                    + "(\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’.-]+){1,2})");

    private static final Pattern SELF_INTRODUCTION = Pattern.compile(
            "(?:(?:Hallo|Hello|Hi|Hej|Hey|Moin|Servus|Bonjour|Salut|Ciao|Hola)\\P{L}{1,6})?"
                    + "(?:[Ii]ch bin|I am|I'm|I’m|Je suis|Mi chiamo|My name is|Mein Name ist|Me llamo)\\s+\\p{Lu}");

    private static boolean introducesAuthor(String text, Set<String> names) {
        if (SELF_INTRODUCTION.matcher(text).lookingAt()) return true;
        String[] words = text.split(" ", 5);
        for (int n = 1; n <= 3 && n < words.length; n++) {
            String word = words[n - 1];
            if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) return false;
            String next = words[n];
            if (next.isEmpty() || !Character.isLowerCase(next.codePointAt(0))) continue;
            String name = String.join(" ", java.util.Arrays.asList(words).subList(0, n)).toLowerCase(Locale.ROOT);
            for (String author : names) {
                if (author.equals(name) || n == 1 && author.startsWith(name + " ")) return true;
            }
            return false;
        }
        return false;
    }

    private List<ScrapedLine> classifyLines(String raw) {
        List<ScrapedLine> lines = new ArrayList<>();
        boolean underscoredLinks = underscoresLinks(raw);
        for (String line : (Iterable<String>) raw.lines()::iterator) {
            String text = withoutHeadingMarks(withLinkWordsApart(
                    ScrapedLineClassifier.normaliseWhitespace(withCharacterReferencesDecoded(line)), underscoredLinks));
            if (!text.isEmpty() && !EMBED_PLACEHOLDER.matcher(text).matches()) lines.add(classifier.classify(lines.size(), text));
        }
        return lines;
    }

    /**
     * A line with the words of its links set apart again: a rendering may print a link's text with underscores for
     * its spaces ("Klimaaktivisten_der_Gruppe_Extinction_Rebellion", "Über_uns"; html2text does), which hides the
     * sentence's words from every rule that reads them. A program's name keeps its underscores: a word in one case
     * only ("max_length", "DOWNLOAD_DIRECTORY") or holding a path's or a call's signs ("cert_file.pem"); with
     * {@code anyCase} (a page whose rendering joins its links so, {@link #underscoresLinks}) only capitals and signs do.
     */
    static String withLinkWordsApart(String line) {
        return withLinkWordsApart(line, false);
    }

    static String withLinkWordsApart(String line, boolean anyCase) {
        if (line.indexOf('_') < 0) return line;
        String[] words = line.split(" ");
        for (int w = 0; w < words.length; w++) {
            if (isLinkWordsJoined(words[w], anyCase)) words[w] = JOINING_UNDERSCORE.matcher(words[w]).replaceAll(" ");
        }
        return String.join(" ", words);
    }

    /** Whether a page's rendering prints its links' words joined by underscores: many mixed-case words are so. */
    private static boolean underscoresLinks(String raw) {
        if (raw.indexOf('_') < 0) return false;
        int joined = 0;
        for (String w : raw.split("\\s+")) {
            if (w.indexOf('_') >= 0 && isLinkWordsJoined(w, false) && ++joined >= UNDERSCORED_LINKS_MIN) return true;
        }
        return false;
    }

    private static final int UNDERSCORED_LINKS_MIN = 5;

    private static boolean isLinkWordsJoined(String word, boolean anyCase) {
        if (!JOINING_UNDERSCORE.matcher(word).find()
                || PROGRAM_SIGNS.matcher(EDGE_PUNCTUATION.matcher(word).replaceAll("")).find()) return false;
        boolean lower = false, upper = false, other = false;
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            i += Character.charCount(c);
            if (c >= 'a' && c <= 'z') lower = true;
            else if (c >= 'A' && c <= 'Z') upper = true;
            else if (Character.isLetter(c)) other = true;
        }
        return other || lower && upper || anyCase && lower;
    }

    private static final Pattern JOINING_UNDERSCORE = Pattern.compile("(?<=[^\\s_])_(?=[^\\s_])");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Ps}\\p{Pi}\"'„]+|[\\p{Pe}\\p{Pf}\"'.,;:!?…]+$");
    private static final Pattern PROGRAM_SIGNS = Pattern.compile("[./\\\\=(){}\\[\\]$@<>#]");
    /**
     * A line with the numeric character references a rendering left undecoded ("&#xFC;berall", "St&#252;ck": html2text
     * on some pages) read as their characters: undecoded they cut words apart and hide them from every rule and
     * reader. Named references stay: "&amp;" is also what a page about markup prints.
     */
    static String withCharacterReferencesDecoded(String line) {
        if (line.indexOf("&#") < 0) return line;
        return CHARACTER_REFERENCE.matcher(line).replaceAll(r -> {
            int cp = r.group(1) != null ? Integer.parseInt(r.group(1), 16) : Integer.parseInt(r.group(2));
            return Character.isValidCodePoint(cp) && cp != 0 ? Matcher.quoteReplacement(Character.toString(cp))
                    : Matcher.quoteReplacement(r.group());
        });
    }

    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");

    /**
     * A heading's text without the marks a rendering sets around it ("****** Title ******": html2text stars a
     * heading on both sides, more for a higher level): the marks hide how the heading's words end ("… Amazon!") and
     * make it differ from the same heading printed plain (w3m, lynx) and from the page's title.
     */
    static String withoutHeadingMarks(String line) {
        Matcher marked = MARKED_HEADING.matcher(line);
        return marked.matches() ? marked.group(2) : line;
    }

    private static final Pattern MARKED_HEADING = Pattern.compile("(\\*{2,6}) (\\S.*?) \\1");
    /** A browser's mark for an embedded frame or object ("IFRAME: https://…" in lynx): w3m and html2text print nothing. */
    private static final Pattern EMBED_PLACEHOLDER = Pattern.compile("(?:I?FRAME|EMBED|OBJECT|APPLET): \\S*");

    private static String key(ScrapedLine line) {
        return line.text().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Integer> occurrences(List<ScrapedLine> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (ScrapedLine l : lines) counts.merge(key(l), 1, Integer::sum);
        return counts;
    }

    /**
     * Finds breadcrumbs and teasers that repeat another line cut short ("… Poutine tient des conversations avec son
     * homologue kazakh et d'autres alliés..."), marks them as navigation, and returns the positions of the lines
     * they repeat: headlines, most likely.
     */
    private static Set<Integer> markTruncatedEchoes(List<ScrapedLine> lines) {
        Set<Integer> echoed = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            int repeated = truncatedEchoOf(lines, i);
            if (repeated < 0) continue;
            echoed.add(repeated);
            if (!lines.get(i).kind().isBoilerplate()) lines.set(i, lines.get(i).withKind(ScrapedLineKind.NAVIGATION));
        }
        return echoed;
    }

    /** The position of the line that line {@code i} ends by repeating cut short, or -1. */
    private static int truncatedEchoOf(List<ScrapedLine> lines, int i) {
        String text = lines.get(i).text();
        String stem = text.endsWith("...") ? text.substring(0, text.length() - 3)
                : text.endsWith("…") ? text.substring(0, text.length() - 1) : null;
        if (stem == null) return -1;
        List<String> words = List.of(stem.strip().split(" "));
        // The cut may keep a few words or most of the headline; breadcrumbs put section names before it.
        for (int k = Math.min(words.size(), 20); k >= 4; k--) {
            String tail = String.join(" ", words.subList(words.size() - k, words.size())).toLowerCase(Locale.ROOT);
            for (int j = 0; j < lines.size(); j++) {
                String other = lines.get(j).text().toLowerCase(Locale.ROOT);
                if (j != i && other.length() > tail.length() && other.startsWith(tail)) return j;
            }
        }
        return -1;
    }

    /**
     * A line's score in its place: a call to the reader between two of the article's paragraphs ("Sign up for our
     * daily newsletter" under the third paragraph, more paragraphs after it) weighs nothing, so that it does not end
     * the body there; it is left out of the kept lines afterwards ({@link #withoutCallsToTheReader}). A call with
     * no paragraph on one side closes the article, and costs what a subscription box costs.
     */
    private static double scoreAt(List<ScrapedLine> lines, int i, Map<String, Integer> occurrences) {
        ScrapedLine line = lines.get(i);
        if (isCallBetweenParagraphs(lines, i)) return 0;
        return score(line, i > 0 ? lines.get(i - 1) : null, occurrences);
    }

    static boolean isCallBetweenParagraphs(List<ScrapedLine> lines, int i) {
        ScrapedLine line = lines.get(i);
        if (i == 0 || i + 1 >= lines.size() || !isCallToTheReader(line)) return false;
        return isBodyParagraph(lines.get(i - 1)) && isBodyParagraph(lines.get(i + 1));
    }

    /** A paragraph of the article's kind on each side of a call: a sentence of some length, not a teaser's line. */
    private static boolean isBodyParagraph(ScrapedLine line) {
        return isLongSentenceParagraph(line) && !isCallToTheReader(line);
    }

    /** Prose of {@value #CALL_NEIGHBOUR_MIN_WORDS} words or more ending like a sentence. */
    private static boolean isLongSentenceParagraph(ScrapedLine line) {
        return line.kind() == ScrapedLineKind.PROSE && line.endsSentence() && line.words() >= CALL_NEIGHBOUR_MIN_WORDS;
    }

    /**
     * Shared set, all four renderings, and L3S-GN1 totals: no change with 20 or 25 (no page there loses paragraphs to
     * a call between them); 15 let a newsletter's blurb under its "Newsletter" heading in (w3m F1 0.8837 → 0.8835).
     */
    private static final int CALL_NEIGHBOUR_MIN_WORDS = 20;

    /** Whether no paragraph of the article's kind (other than comment rules) follows the r-th kept line. */
    private static boolean closesTheText(List<ScrapedLine> lines, List<Integer> kept, int r) {
        for (int k = r + 1; k < kept.size(); k++) {
            ScrapedLine next = lines.get(kept.get(k));
            if (isLongSentenceParagraph(next) && !isClosingNotice(next)) return false;
        }
        return true;
    }

    /**
     * A rule of the page's comment section: a line of {@value #COMMENT_RULE_MAX_WORDS} words or fewer naming readers'
     * comments and what is done with them (moderated, published, civil, pseudonyms allowed): "Comments are
     * moderated", "Kommentare und Pings sind nicht erlaubt", "Les commentaires sont modérés" when no paragraph
     * of {@value #CALL_NEIGHBOUR_MIN_WORDS} words or more follows it among the kept lines: a news paragraph on how a
     * platform moderates comments has the article's other paragraphs after it. Shared set as w3m prints it: F1
     * 0.8849 → 0.8858 (FP 250 → 244, no snippet lost; with 25 words at most: 0.8850).
     */
    static boolean isCommentRule(ScrapedLine line) {
        return line.words() <= COMMENT_RULE_MAX_WORDS && COMMENT_RULE.matcher(line.text()).find();
    }

    private static final int COMMENT_RULE_MAX_WORDS = 45;

    /** A comment rule or a rights notice / disclaimer: what a page prints under its article, never inside it. */
    private static boolean isClosingNotice(ScrapedLine line) {
        return isCommentRule(line) || isRightsNotice(line);
    }

    /**
     * The outlet's notice on its rights or its liability: "© 2026 Lakeside Courier", "Alle Rechte vorbehalten", "We
     * are not responsible for the content of external sites", "Wir übernehmen keine Haftung für …". Left out under
     * the same condition as a comment rule (no paragraph of the article's kind after it): an article on copyright
     * or on liability says so in the middle of its paragraphs. Shared set, w3m: F1 0.8871 → 0.8875 (2 leaked lines
     * fewer, no snippet lost). With the outlet's calls for money (scraped11), 80 col 0.8781 → 0.8790, lynx
     * 0.8807 → 0.8815, html2text 0.8729 → 0.8737, none losing a snippet.
     */
    static boolean isRightsNotice(ScrapedLine line) {
        return line.words() <= COMMENT_RULE_MAX_WORDS && RIGHTS_NOTICE.matcher(line.text()).find();
    }

    private static final Pattern RIGHTS_NOTICE = Pattern.compile(
            "(?iu)©|\\(c\\) \\d{4}|\\ball rights reserved|\\balle rechte vorbehalten|\\btous droits réservés"
                    + "|\\btodos los derechos reservados|\\bwszelkie prawa zastrzeżone|\\btutti i diritti riservati"
                    + "|\\bkeine haftung\\b|\\bis not responsible for the (?:opinions|content|views)"
                    + "|\\bare not responsible for the (?:opinions|content|views)|\\bno se hace responsable");
    private static final Pattern COMMENT_RULE = Pattern.compile(
            "(?iu)\\b(?:comments?|commentaires?|kommentare?|comentarios?|komentarz[ey]?|commenti)\\b.{0,80}"
                    + "\\b(?:moderat|modér|moderi|(?:re)?publish|publi[ée]|veröffentlich|civil|pseudonym|allowed|erlaubt)"
                    + "|\\b(?:moderat|modér|(?:re)?publish|civil|pseudonym)\\w*\\b.{0,80}\\b(?:comments?|commentaires?|kommentare?|comentarios?)\\b");

    private static boolean isCallToTheReader(ScrapedLine line) {
        return line.words() <= CALL_MAX_WORDS && CALL_TO_THE_READER.matcher(line.text()).find();
    }

    private static double score(ScrapedLine line, ScrapedLine previous, Map<String, Integer> occurrences) {
        if (isLinkedFromMarker(line, previous)) return 0; // the headline a "Read also" marker links to
        if (isRepeatedHeadline(line, occurrences)) return HEADING_SCORE;
        // An item of a list in the article ("1. Einführung eines Steuertarifes zum 1. Januar 2022,") is crossed
        // for free; a menu's items are shorter, and the body never opens or closes on an item.
        if (line.kind() == ScrapedLineKind.HEADING && line.words() >= LIST_ITEM_MIN_WORDS
                && LIST_ITEM.matcher(line.text()).lookingAt()) return 0;
        return switch (line.kind()) {
            case PROSE -> line.endsSentence() ? Math.min(line.words(), MAX_PARAGRAPH_SCORE) - PROSE_OFFSET
                    : Math.min(line.words(), MAX_PARAGRAPH_SCORE) / 2.0 - 3;
            case SHORT_PROSE -> SHORT_PROSE_SCORE;
            case HEADING -> HEADING_SCORE;
            case DATELINE, BYLINE, DATE -> -12;
            // "Read also" links sit between paragraphs: cheap to cross.
            case READ_ALSO -> -3;
            case NAVIGATION, COUNTER, SHARE, CAPTION, ADVERTISEMENT -> -20;
            // Program source weighs nothing: a script printed as text is no article, but a code sample between an
            // article's paragraphs is part of it.
            case CODE -> 0;
            // A list's number stands between the items of a numbered list (a recipe's steps, references): free to
            // cross. An image costs what a heading does (free, it let bodies run on into galleries and teasers).
            case LIST_NUMBER -> 0;
            case IMAGE -> HEADING_SCORE;
            // What comes after an article's end: crossing it to reach more prose takes a lot.
            case PREVIOUS_NEXT, SUBSCRIPTION, COPYRIGHT, CREDIT -> -40;
            case COMMENTS -> -60;
        };
    }

    /** A headline-sized line printed twice is a headline or a menu item; a repeated paragraph is a teaser's copy. */
    private static boolean isRepeatedHeadline(ScrapedLine line, Map<String, Integer> occurrences) {
        return !line.kind().isBoilerplate() && line.words() <= TITLE_MAX_WORDS && occurrences.get(key(line)) > 1;
    }

    /** The run of lines with the highest total score (Kadane's maximum-sum segment); {0, -1} when none scores. */
    private static int[] densestRun(List<ScrapedLine> lines, Map<String, Integer> occurrences) {
        double best = 0;
        int[] run = {0, -1};
        double sum = 0;
        int from = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (sum <= 0) {
                sum = 0;
                from = i;
            }
            sum += scoreAt(lines, i, occurrences);
            if (sum > best) {
                best = sum;
                run = new int[]{from, i};
            }
        }
        return run;
    }

    /**
     * A body starts and ends with a sentence, not with a headline-like line swept in by its neighbours; a paragraph
     * too long for a headline counts even when its last words were cut off ("… so die Hafengesellschaft. Zudem").
     */
    private static boolean opensOrClosesBody(ScrapedLine line) {
        return (line.kind() == ScrapedLineKind.PROSE || line.kind() == ScrapedLineKind.SHORT_PROSE)
                && (line.endsSentence() || line.words() >= CUT_PARAGRAPH_MIN_WORDS);
    }

    /**
     * The standfirst above the body: paragraphs that end a sentence, just above it, separated from it only by the
     * furniture of an article's head (byline, date, share buttons, reading time, a caption, short labels), which
     * cost the run more than the standfirst brought in. Any other line (a heading that is not short, a comment
     * or subscription box, a link to elsewhere) means the paragraph belongs to something else. Paragraphs split from
     * each other by such furniture (a photo's counter and credit between the standfirst and the first paragraph)
     * are all taken, up to the first line that is not.
     */
    private static List<Integer> lead(List<ScrapedLine> lines, int start, String title) {
        List<Integer> lead = new ArrayList<>();
        int furniture = 0;
        for (int i = start - 1; i >= 0 && start - i <= LEAD_LOOKBACK; i--) {
            ScrapedLine line = lines.get(i);
            if (isCaptionUnderPicture(lines, i)) { // the first paragraph's picture: crossed, not taken
                furniture++;
                continue;
            }
            if (line.kind() == ScrapedLineKind.PROSE && line.endsSentence() && line.words() >= LEAD_MIN_WORDS) {
                if (furniture == 0 && lead.isEmpty()) break; // the run chose not to take a paragraph next to it
                lead.add(0, i);
                continue;
            }
            if (title != null && line.text().equalsIgnoreCase(title)) break;
            if (!isHeadFurniture(line)) return lead;
            furniture++;
        }
        return lead;
    }

    /**
     * The paragraphs above the body that open the article: the {@link #lead}, then a standfirst under its headline
     * above that ({@link #standfirstUnderHeadline}), and once more above the one found: a picture's caption or a
     * subheading printed as a heading ("Effizientes Gas fürs Heizen") stands between the standfirst and the first
     * paragraph as often as a headline does, and the lines it crosses are the head's furniture only. Shared set as
     * w3m prints it, climbing once / twice / three times, above a lead too: F1 0.8858 → 0.8862 / 0.8864 / 0.8864 (no
     * leak); twice, only with no lead: 0.8860.
     */
    private static List<Integer> leadAndStandfirst(List<ScrapedLine> lines, int start, String title) {
        List<Integer> lead = new ArrayList<>(lead(lines, start, title));
        for (int k = 0; k < STANDFIRST_CLIMBS; k++) {
            List<Integer> above = standfirstUnderHeadline(lines, lead.isEmpty() ? start : lead.get(0));
            if (above.isEmpty()) break;
            lead.addAll(0, above);
        }
        return lead;
    }

    private static final int STANDFIRST_CLIMBS = 2;

    /**
     * Share buttons printed between the headline and its standfirst ("• Facebook", "• Pinterest", "• E-Mail"), with
     * a date or byline on either side, are crossed to reach the headline. Shared set, w3m: 2580 / 371 / 230 → 2581 /
     * 370 / 230 (TP / FN / FP); 80 columns and lynx one snippet more too, html2text 2463 / 488 / 196 → 2461 / 490 /
     * 193 (F1 0.8781 both); L3S-GN1 totals unchanged.
     */
    private static final int HEAD_SHARE_MAX_LINES = 8;

    /**
     * The standfirst right under the headline when the lines between it and the body are more than {@link #lead}
     * crosses: captions and date stamps printed as long headings ("Eine Fracking-Anlage … © Noah Addis", "19.
     * Oktober 2019, 19:08 Uhr Editiert am …"), share menus ("• Empfehlen:", "□ Twitter"), photo credits. Taken only
     * when a headline-like line stands right above it, and nothing between it and the body is prose, a comment,
     * subscription or "read also" box, a menu or previous/next links: a teaser is followed by a link to it ("Read
     * more") or by more prose, and the headline above it is another story's.
     */
    private static List<Integer> standfirstUnderHeadline(List<ScrapedLine> lines, int start) {
        int i = start - 1;
        for (; i >= 0 && start - i <= LEAD_LOOKBACK; i--) {
            ScrapedLine line = lines.get(i);
            if (isCaptionUnderPicture(lines, i)) continue;
            if (isStandfirst(line)) break;
            boolean crossed = switch (line.kind()) {
                case HEADING, DATELINE, BYLINE, DATE, SHARE, COUNTER, CAPTION, CREDIT, ADVERTISEMENT, IMAGE,
                     COPYRIGHT -> true;
                case SHORT_PROSE -> line.words() <= 3; // a share menu's label: "• Empfehlen:"
                // a link in the head to the thread below the article ("• Comments", "12 Kommentare"). Shared set as
                // w3m prints it: F1 0.8885 → 0.8887 (1 found, no leak); 80 col 0.8803, lynx 0.8822, html2text
                // 0.8747. Short navigation lines too: 0.8888 with a leak, and a teaser's "Read more" is one
                case COMMENTS -> line.words() <= 3;
                default -> false;
            };
            if (!crossed) return List.of();
        }
        // right next to the body, the densest run chose not to take it
        if (i < 0 || start - i > LEAD_LOOKBACK || i == start - 1) return List.of();
        List<Integer> lead = new ArrayList<>();
        for (; i >= 0 && isStandfirst(lines.get(i)); i--) lead.add(0, i);
        // the headline's date or byline, and its share buttons, may stand between it and the standfirst
        for (int dated = 0; i > 0 && dated < 2 && isDateLine(lines.get(i)); dated++) i--;
        for (int shared = 0; i > 0 && shared < HEAD_SHARE_MAX_LINES && lines.get(i).kind() == ScrapedLineKind.SHARE;
             shared++) i--;
        for (int dated = 0; i > 0 && dated < 2 && isDateLine(lines.get(i)); dated++) i--;
        if (i < 0) return List.of();
        ScrapedLine above = lines.get(i);
        boolean headline = (above.kind() == ScrapedLineKind.HEADING || isQuestionOrExclamation(above))
                && above.words() >= 2 && above.words() <= TITLE_MAX_WORDS && !startsLikeListItem(above.text())
                && !LIST_ITEM.matcher(above.text()).lookingAt();
        return headline ? lead : List.of();
    }

    /** A headline that asks or exclaims ("Is the bridge safe now?") ends like a sentence, so it is read as prose. */
    private static boolean isQuestionOrExclamation(ScrapedLine line) {
        String t = line.text();
        return (line.kind() == ScrapedLineKind.PROSE || line.kind() == ScrapedLineKind.SHORT_PROSE)
                && line.words() <= HEADLINE_AS_PROSE_MAX_WORDS && (t.endsWith("?") || t.endsWith("!"));
    }

    private static final int HEADLINE_AS_PROSE_MAX_WORDS = 15;

    /**
     * A standfirst under its headline: a paragraph of {@value #LEAD_MIN_WORDS} words or more ending like a sentence,
     * or of {@value #STANDFIRST_UNENDED_MIN_WORDS} or more without its full stop (sites print it so: "Rain and snow
     * expected today in the centre and south, with strong winds on the coast and the first frost in the hills").
     */
    private static boolean isStandfirst(ScrapedLine line) {
        return line.kind() == ScrapedLineKind.PROSE && line.words() >= LEAD_MIN_WORDS
                && (line.endsSentence() || line.words() >= STANDFIRST_UNENDED_MIN_WORDS);
    }

    /**
     * Shared set as w3m prints it, unended standfirsts of 10 / 15 / 20 / 25 words or more: F1 0.8837 → 0.8849 /
     * 0.8849 / 0.8849 / 0.8845; L3S-GN1 totals 0.7605 → 0.7600 / 0.7600 / 0.7602 / 0.7602.
     */
    private static final int STANDFIRST_UNENDED_MIN_WORDS = 20;

    /**
     * A picture's caption printed as prose between the head and the article: a line of {@value
     * #CAPTION_PROSE_MAX_WORDS} words or fewer right under the picture's file name ("[csm_bridge-works_4f2a]") or ending on its credit ("…
     * in January. (Foto: Town of Lakeside)"). {@link #lead} and {@link #standfirstUnderHeadline} cross it to reach
     * the standfirst above, and leave it out. A paragraph followed by a bare credit line ("© Town of Lakeside") is
     * not taken for one: as often the article's first paragraph under its picture. Shared set as w3m prints it,
     * with copyright lines as head furniture: F1 0.8878 → 0.8885 (4 snippets found, no leak); 80 columns 0.8793 →
     * 0.8801, lynx 0.8816 → 0.8820, html2text 0.8739 → 0.8745. With a credit line under it as a cue too: the same
     * on w3m, lynx 0.8822.
     */
    static boolean isCaptionUnderPicture(List<ScrapedLine> lines, int i) {
        ScrapedLine line = lines.get(i);
        boolean prose = line.kind() == ScrapedLineKind.PROSE || line.kind() == ScrapedLineKind.SHORT_PROSE;
        if (!prose || line.words() > CAPTION_PROSE_MAX_WORDS) return false;
        return endsOnPhotoCredit(line.text()) || i > 0 && lines.get(i - 1).kind() == ScrapedLineKind.IMAGE;
    }

    private static final int CAPTION_PROSE_MAX_WORDS = 40;

    private static boolean isHeadFurniture(ScrapedLine line) {
        return switch (line.kind()) {
            // a picture's credit ("© DTB", "© Getty Images") stands between a standfirst and the first paragraph
            case DATELINE, BYLINE, DATE, SHARE, COUNTER, CAPTION, CREDIT, COPYRIGHT, ADVERTISEMENT, CODE, IMAGE -> true;
            case HEADING -> line.words() <= 6;
            default -> false;
        };
    }

    /**
     * The article's first part when a long run of furniture (a gallery, an advertisement block, a box of links) split
     * it from the rest: the densest run above the body, if it scores {@value #EARLIER_MIN_SCORE} or more (a few
     * paragraphs, not a teaser) and nothing between it and the body ends an article or links elsewhere (comments,
     * subscription, copyright, previous/next, "read also"). Only its paragraphs that end a sentence are taken.
     */
    private static List<Integer> earlierPart(List<ScrapedLine> lines, Map<String, Integer> occurrences, int start) {
        int[] run = densestRun(lines.subList(0, start), occurrences);
        if (run[1] < run[0] || runScore(lines, occurrences, run) < EARLIER_MIN_SCORE) return List.of();
        for (int i = run[1] + 1; i < start; i++) {
            switch (lines.get(i).kind()) {
                case COMMENTS, SUBSCRIPTION, COPYRIGHT, PREVIOUS_NEXT, READ_ALSO -> {
                    return List.of();
                }
                default -> {
                }
            }
        }
        List<Integer> part = new ArrayList<>();
        for (int i = run[0]; i <= run[1]; i++) {
            ScrapedLine line = lines.get(i);
            if (line.kind() == ScrapedLineKind.PROSE && line.endsSentence()) part.add(i);
        }
        return part;
    }

    /**
     * The article's later part when a long run of furniture (a gallery, advertisements, a box of links) split it from
     * the body above: the densest run below the body, if it scores {@value #LATER_PART_MIN_SCORE} or more (several
     * long paragraphs: teasers, author boxes and newsletter blurbs below an article are shorter) and no comment
     * section opens between them (readers' comments can be that long). Its paragraphs that end a sentence and that
     * the page prints once are taken.
     */
    private static List<Integer> laterPart(List<ScrapedLine> lines, Map<String, Integer> occurrences, int end) {
        int from = end + 1;
        int[] run = densestRun(lines.subList(from, lines.size()), occurrences);
        if (run[1] < run[0]) return List.of();
        int[] later = {from + run[0], from + run[1]};
        if (runScore(lines, occurrences, later) < LATER_PART_MIN_SCORE) return List.of();
        for (int i = from; i < later[0]; i++) {
            if (lines.get(i).kind() == ScrapedLineKind.COMMENTS) return List.of();
        }
        List<Integer> part = new ArrayList<>();
        for (int i = later[0]; i <= later[1]; i++) {
            ScrapedLine line = lines.get(i);
            if (line.kind() == ScrapedLineKind.PROSE && line.endsSentence() && occurrences.get(key(line)) < 2) part.add(i);
        }
        return part;
    }

    /**
     * About five paragraphs of 35 words. Shared set as w3m prints it, F1 with 40 / 80 / 100 / 120 / 150 / 250:
     * 0.8759 / 0.8785 / 0.8786 / 0.8782 / 0.8787 / 0.8783 (0.8775 without); stopping also at closing furniture
     * (subscription, copyright, previous/next) 0.8783, and at share buttons and "read also" 0.8775.
     */
    private static final double LATER_PART_MIN_SCORE = 150;

    /** About two paragraphs of 25 words (20 and 80 were tried: 40 was best on Readability's and newspaper's pages). */
    private static final double EARLIER_MIN_SCORE = 40;

    /**
     * The kept lines and, above them, the standfirst under the headline the page's address names ("/next-gen-hamr-
     * platters-promise-80tb-hard-drives" names "Next-Gen HAMR Platters Promise 80TB Hard Drives"): the paragraph
     * right under it (a picture, a date or a byline may stand between), however far above the body. Sites print
     * the headline and its standfirst at the page's head, then a gallery, a paywall's box, a share menu or the
     * headline again before the article's first paragraph: more than {@link #lead} and {@link
     * #standfirstUnderHeadline} cross. The address names one article, so the paragraph under its headline is that
     * article's and no teaser's. The nearest such headline above the kept lines is taken; a picture's caption
     * ending on its credit is not a standfirst. Shared set: w3m F1 0.8896 → 0.8923, 80 columns 0.8812 → 0.8833,
     * lynx 0.8831 → 0.8856, html2text 0.8748 → 0.8768 (14 / 11 / 13 / 10 snippets found, none lost, no leak); the
     * same cue within 15 / 30 lines of the body only: w3m 0.8900 / 0.8912. Headlines printed twice or equal to the
     * title as cues too took newsletter blurbs and forms' notices (w3m 0.8912 with all three within 30 lines).
     */
    private static List<Integer> withStandfirstUnderNamedHeadline(List<ScrapedLine> lines, List<Integer> kept,
                                                                String url) {
        if (kept.isEmpty() || url == null) return kept;
        Set<String> slug = slugWords(url);
        if (slug.size() < URL_HEADLINE_MIN_WORDS) return kept;
        int top = kept.get(0);
        for (int h = top - 1; h >= 0; h--) {
            ScrapedLine headline = lines.get(h);
            if (headline.kind() != ScrapedLineKind.HEADING || headline.words() < 3 || headline.words() > TITLE_MAX_WORDS
                    || !isNamedBy(slug, headline)) continue;
            int s = h + 1;
            while (s < top && (lines.get(s).kind() == ScrapedLineKind.IMAGE || isDateLine(lines.get(s))
                    || ALT_TEXT_ONLY.matcher(lines.get(s).text()).matches())) s++;
            if (s >= top || !isStandfirst(lines.get(s)) || endsOnPhotoCredit(lines.get(s).text())) continue;
            return withStandfirstFirst(lines, kept, s);
        }
        return kept;
    }

    /**
     * The kept lines and, above them, the standfirst under the page's headline as {@link #title} found it, when the
     * headline is printed as a plain paragraph (a question, a headline of 15+ words with no full stop: "Presidente
     * Boric vuelve a su casa, Magallanes: Este miércoles …") and stands far above the body, with its date, byline,
     * author's name and share buttons between it and the standfirst, and a gallery, a "most read" box or the table
     * of contents between the standfirst and the body. The address may not name it (one word, a number). Only
     * with a date or byline among the lines crossed: it marks an article's head; a title printed right above a
     * paragraph is as often the site's name over its blurb, a teaser over its own text, a picture's description.
     * Shared set as w3m prints it: 2583 / 368 / 224 → 2585 / 366 / 224 (TP / FN / FP); 80 columns and lynx a
     * snippet or two more, no leak; html2text 2464 / 487 / 192 → 2466 / 485 / 193; L3S-GN1 TP +0.02 %, FP
     * +0.006 %. Without the date or byline: 3 snippets more for a leak in the scratch harness, but sixteen more
     * lines taken on pages whose expected snippets do not tell, half of them notices ("Bitte schalten Sie
     * Javascript ein", "Haben Sie Fragen?", "Posted from Diigo").
     */
    private static List<Integer> withStandfirstUnderTitle(List<ScrapedLine> lines, List<Integer> kept, String title) {
        if (kept.isEmpty() || title == null || ScrapedLineClassifier.countWords(title) < TITLE_LINE_MIN_WORDS) {
            return kept;
        }
        int top = kept.get(0);
        for (int h = top - 1; h >= 0; h--) {
            if (!lines.get(h).text().equalsIgnoreCase(title)) continue;
            int s = h + 1;
            boolean dated = false;
            for (; s < top && s - h <= TITLE_FURNITURE_MAX_LINES && isFurnitureUnderHeadline(lines.get(s)); s++) {
                dated |= isDateLine(lines.get(s)) || lines.get(s).kind() == ScrapedLineKind.PROSE;
            }
            if (s >= top || !(dated || isDatedBelow(lines, s, top)) || s - h > TITLE_FURNITURE_MAX_LINES
                    || !isStandfirst(lines.get(s))
                    || BULLET.matcher(lines.get(s).text()).lookingAt() || endsOnPhotoCredit(lines.get(s).text())
                    || lines.get(s).text().equalsIgnoreCase(title)) continue;
            return withStandfirstFirst(lines, kept, s);
        }
        return kept;
    }

    /**
     * The head's date or byline printed right under the standfirst rather than above it ("Schnee belastet
     * Solarmodule" / the standfirst / "10.12.2022 18:27 von"; "Covid-19: …?" / the standfirst / "von Lars Fischer"):
     * the same cue that it opens an article, not a site's blurb under its name.
     */
    private static boolean isDatedBelow(List<ScrapedLine> lines, int s, int top) {
        return s + 1 < top && isDateLine(lines.get(s + 1));
    }

    /**
     * The kept lines and the writer's sign-off right under the last one: a line of {@value #SIGN_OFF_MAX_WORDS}
     * words or fewer that greets the reader then names the writer ("x Franzi", "Euer Hans", "XX, Die Redaktion",
     * "Cheers, Sam"). Blogs end a post so; the browser prints it as a heading, which the body's edge leaves out.
     */
    private static List<Integer> withSignOff(List<ScrapedLine> lines, List<Integer> kept) {
        if (kept.isEmpty()) return kept;
        int last = kept.get(kept.size() - 1);
        if (last + 1 >= lines.size()) return kept;
        ScrapedLine line = lines.get(last + 1);
        if (line.kind().isBoilerplate() || line.words() > SIGN_OFF_MAX_WORDS
                || !SIGN_OFF.matcher(line.text()).lookingAt()) return kept;
        List<Integer> with = new ArrayList<>(kept);
        with.add(last + 1);
        return with;
    }

    private static final int SIGN_OFF_MAX_WORDS = 4;
    private static final Pattern SIGN_OFF = Pattern.compile(
            "(?:x|(?iu:xx|xxx|xoxo|cheers|yours|euer|eure|dein|deine|liebe grüße|lg|bises|bisous|besos|saludos|"
                    + "un abrazo|abrazos|baci|un bacio))\\b[,!]?\\s+\\p{Lu}");

    /** The kept lines with the standfirst at {@code s} in front, unless a line of the same words is kept already. */
    private static List<Integer> withStandfirstFirst(List<ScrapedLine> lines, List<Integer> kept, int s) {
        String standfirst = key(lines.get(s));
        for (int i : kept) if (key(lines.get(i)).equals(standfirst)) return kept;
        List<Integer> with = new ArrayList<>(kept.size() + 1);
        with.add(s);
        with.addAll(kept);
        return with;
    }

    private static final int TITLE_LINE_MIN_WORDS = 4, TITLE_FURNITURE_MAX_LINES = 10;

    /**
     * What sites print between a headline and its standfirst: the date (also as a sentence: "Miércoles, 4 de Mayo de
     * 2022 a las 07:46hrs."), the byline, the author's name and desk as short headings ("André Borbe", "Redaktion
     * Haus.de"), a label ("Publicado:"), share buttons, a picture.
     */
    private static boolean isFurnitureUnderHeadline(ScrapedLine line) {
        return switch (line.kind()) {
            case DATE, DATELINE, BYLINE, SHARE, IMAGE, CAPTION, CREDIT, COUNTER -> true;
            case HEADING -> line.words() <= 3;
            case SHORT_PROSE -> line.words() <= 1;
            case PROSE -> line.words() <= DATE_SENTENCE_MAX_WORDS && TextDates.first(line.text()).isPresent();
            default -> false;
        } || ALT_TEXT_ONLY.matcher(line.text()).matches();
    }

    private static final int DATE_SENTENCE_MAX_WORDS = 8;

    /**
     * A line that is all one bracketed text: a picture the browser prints by its alt text ("[Korsetts]",
     * "[INS::INS]"), which {@link ScrapedLineKind#IMAGE} takes only when it reads as a file's name. Crossed between
     * the named headline and its standfirst like a picture: shared set as w3m prints it, one snippet found, no leak
     * (F1 0.8964 → 0.8966).
     */
    private static final Pattern ALT_TEXT_ONLY = Pattern.compile("\\[[^\\]]*]");

    /** Whether half the address's words or more are the line's, and half its words or more the address's. */
    private static boolean isNamedBy(Set<String> slug, ScrapedLine line) {
        Set<String> words = foldedWords(line.text());
        int shared = 0;
        for (String w : words) if (slug.contains(w)) shared++;
        return shared >= URL_HEADLINE_SHARE * slug.size() && shared >= URL_HEADLINE_SHARE * words.size();
    }

    /** How far above the body a standfirst may stand, and how long it is at least. */
    private static final int LEAD_LOOKBACK = 14, LEAD_MIN_WORDS = 10;

    /**
     * The body's end, moved past a list that closes the article (key points, a product's features, "what you need"):
     * at least two items in a row just after it, of {@value #CLOSING_LIST_MIN_WORDS} words or more on average (a
     * line introducing them, "What changes:", is not taken: on the shared set that cost a leak and found nothing). A
     * menu's items are shorter, and share buttons or other furniture stop the list.
     */
    private static int withClosingList(List<ScrapedLine> lines, int end) {
        int items = 0, words = 0;
        for (int i = end + 1; i < lines.size(); i++) {
            ScrapedLine line = lines.get(i);
            if (line.kind().isBoilerplate() || !LIST_ITEM.matcher(line.text()).lookingAt()) break;
            items++;
            words += line.words();
        }
        // A body ending on a colon ("Aus dem Inhalt:") announces the list: its items may be as short as a menu's.
        boolean announced = lines.get(end).text().endsWith(":");
        return items >= 2 && (announced || words >= CLOSING_LIST_MIN_WORDS * items) ? end + items : end;
    }

    /**
     * The body's edge moved over the sentences right next to it: a closing line of a few words ("Ich hoffe euch
     * gefällt der Relaunch.") scores nothing, so the densest run stops before it. Only paragraphs and short
     * sentences that end like one are taken, and nothing is crossed to reach them.
     */
    private static int withAdjacentSentences(List<ScrapedLine> lines, int edge, int step) {
        int i = edge + step;
        while (i >= 0 && i < lines.size() && isPlainSentence(lines.get(i))) i += step;
        // the closing paragraph a blogger left without its full stop: long enough to be no headline, and the share
        // buttons or the comments right under it say the article ends there (a teaser's unended blurb is followed
        // by more teasers)
        if (step > 0 && i < lines.size() && isUnendedParagraph(lines.get(i)) && closesArticle(lines, i + 1)) return i;
        return i - step;
    }

    private static boolean closesArticle(List<ScrapedLine> lines, int i) {
        return i >= lines.size() || lines.get(i).kind() == ScrapedLineKind.SHARE
                || lines.get(i).kind() == ScrapedLineKind.COMMENTS;
    }

    /** A paragraph (a headline's length or more) whose last sentence lacks its full stop. */
    private static boolean isUnendedParagraph(ScrapedLine line) {
        return line.kind() == ScrapedLineKind.PROSE && !line.endsSentence() && !startsLikeListItem(line.text());
    }

    private static boolean isPlainSentence(ScrapedLine line) {
        return (line.kind() == ScrapedLineKind.PROSE || line.kind() == ScrapedLineKind.SHORT_PROSE)
                && line.endsSentence() && !startsLikeListItem(line.text());
    }

    /**
     * A body found after a comment section's opening is a long comment, or the page's furniture below the comment
     * form, when a run of prose worth {@value #EARLIER_MIN_SCORE} or more stands above the opening and either the
     * thread shows itself (another comment line: "Comment by … — date"), or that run is an article's length
     * ({@value #ARTICLE_ABOVE_COMMENTS_MIN_SCORE}), or it weighs half the body or more: the article is that run.
     * Readers' comments come after the article they discuss; a lone "Leave a comment" link under a headline, with
     * a teaser or two above it and a long article below, is not a thread.
     */
    private static int[] beforeComments(List<ScrapedLine> lines, Map<String, Integer> occurrences, int[] body) {
        int opening = firstCommentsOpening(lines, body[0]);
        if (opening < 0) return body;
        int[] above = densestRun(lines.subList(0, opening), occurrences);
        if (above[1] < above[0]) return body;
        double score = runScore(lines, occurrences, above);
        if (score < EARLIER_MIN_SCORE) return body;
        int openings = 0;
        for (int i = opening; i <= body[1]; i++) {
            if (lines.get(i).kind() == ScrapedLineKind.COMMENTS) openings++;
        }
        return openings >= 2 || score >= ARTICLE_ABOVE_COMMENTS_MIN_SCORE
                || score >= runScore(lines, occurrences, body) / 2 ? above : body;
    }

    /** The first comment section's opening above line {@code before}, or -1. */
    private static int firstCommentsOpening(List<ScrapedLine> lines, int before) {
        for (int i = 0; i < before; i++) {
            if (lines.get(i).kind() == ScrapedLineKind.COMMENTS) return i;
        }
        return -1;
    }

    /**
     * The body found below the comment form: the form's fields and its submit button stand between the comment
     * section's opening and the body, which is the sidebar or footer the blog prints after the form. A post of a
     * paragraph or two above the opening is the article. Each rendering marks a form its own way: w3m a field "[ ]"
     * and a button "[Post Comment]", lynx a field as a row of underscores and a button as its bare label or "(BUTTON)
     * label", html2text a field as its name in brackets ("[author ]"); {@value #FORM_MIN_FIELDS} fields make a form
     * without a button one can read.
     */
    private static int[] aboveCommentForm(List<ScrapedLine> lines, Map<String, Integer> occurrences, int[] body) {
        int opening = firstCommentsOpening(lines, body[0]);
        if (opening < 0) return body;
        int fields = 0;
        boolean submit = false;
        for (int i = opening + 1; i < body[0]; i++) {
            String t = lines.get(i).text().strip();
            if (FORM_FIELD.matcher(t).matches()) fields++;
            else if (fields > 0 && SUBMIT_BUTTON.matcher(t).matches()) submit = true;
        }
        if (!submit && fields < FORM_MIN_FIELDS) return body;
        int[] above = densestRun(lines.subList(0, opening), occurrences);
        if (above[1] < above[0] || runScore(lines, occurrences, above) < POST_ABOVE_FORM_MIN_SCORE) return body;
        return above;
    }

    private static final Pattern SUBMIT_BUTTON = Pattern.compile("\\[[^\\]\\[]*\\p{L}[^\\]\\[]*]|\\(BUTTON\\) \\p{L}.*");
    private static final Pattern FORM_FIELD = Pattern.compile("\\[[^\\]\\s]* ]|\\[Unknown INPUT type]|_{5,}(?: _{5,})*");
    private static final int FORM_MIN_FIELDS = 3;
    private static final double POST_ABOVE_FORM_MIN_SCORE = 15;

    /**
     * A short article beside a longer block of the page's own prose (an author box, a disclaimer, a cookie notice)
     * loses the densest run to that block. An article follows its headline and date line: when the body has no
     * date or byline above it, and a headline then a date line stand earlier, the run of prose right after them
     * is the article if it scores {@value #ARTICLE_AFTER_HEADLINE_MIN_SCORE} or more and {@value #ARTICLE_SHARE} of
     * the body's score or more (a teaser under a dated headline is shorter than that), and furniture that closes an
     * article stands between it and the body (without that, teasers above an article dated farther up won: it cost
     * Readability's pages 0.006 F1). "Right after" crosses the head's furniture ({@link #beyondHeadFurniture}: tags,
     * a picture, share buttons) and at most {@value #HEADLINE_GAP} other lines. Only the first dated headline is
     * tried; a date printed as a bulleted list's item is a menu's, no article's (a menu's "□ Open day on 11 May" let a
     * teaser below it win over the article further down). A number does not make one: "8. Dezember 2012" is a date.
     */
    private static int[] afterHeadline(List<ScrapedLine> lines, Map<String, Integer> occurrences, int[] body) {
        if (body[1] < body[0]) return body;
        for (int i = body[0] - 1; i >= Math.max(0, body[0] - DATELINE_LOOKBACK); i--) {
            if (isDateLine(lines.get(i))) return body;
        }
        for (int d = 1; d < body[0] - DATELINE_LOOKBACK; d++) {
            // a date printed as a list's bulleted item ("□ Open day on 11 May") is a menu's or a teaser list's
            if (!isDateLine(lines.get(d)) || BULLET.matcher(lines.get(d).text()).lookingAt()
                    || !headlineJustAbove(lines, d)) continue;
            int from = d + 1;
            while (from < body[0] && isDateLine(lines.get(from))) from++;
            int[] run = densestRun(lines.subList(from, body[0]), occurrences);
            if (run[1] < run[0] || beyondHeadFurniture(lines, from, from + run[0], HEADLINE_GAP)) return body;
            int[] article = {from + run[0], from + run[1]};
            double score = runScore(lines, occurrences, article);
            return score >= ARTICLE_AFTER_HEADLINE_MIN_SCORE && endsBetween(lines, article[1], body[0])
                    && score >= runScore(lines, occurrences, body) * ARTICLE_SHARE ? article : body;
        }
        return body;
    }

    /**
     * A short article loses the densest run to a longer block of the page's own blurbs far below it (a sidebar's
     * teasers, a licence and a "follow by e-mail" box after the comment form). Most addresses name the article: the
     * headline is the line whose words are the last path segment's ("/2014/01/17/derek-jarman-the-garden/" names
     * "Derek Jarman · The Garden"). When the body starts more than {@value #LEAD_LOOKBACK} lines below that line, the
     * run of prose right under it (with at most {@value #URL_HEADLINE_GAP} lines other than the head's furniture between:
     * {@link #beyondHeadFurniture}) is
     * the article if it scores {@value #ARTICLE_AFTER_HEADLINE_MIN_SCORE} or more and furniture that closes an article
     * (share buttons, a comment box) stands between it and the body.
     */
    private static int[] underUrlHeadline(List<ScrapedLine> lines, Map<String, Integer> occurrences, int[] body,
                                          String url) {
        if (body[1] < body[0] || url == null) return body;
        Set<String> slug = slugWords(url);
        if (slug.size() < URL_BODY_HEADLINE_MIN_WORDS) return body;
        int headline = -1;
        for (int i = 0; i < body[0] - LEAD_LOOKBACK && headline < 0; i++) {
            ScrapedLine line = lines.get(i);
            if (line.kind().isBoilerplate() || line.words() < 2 || line.words() > TITLE_MAX_WORDS) continue;
            if (isNamedBy(slug, line)) headline = i;
        }
        if (headline < 0) return body;
        int from = headline + 1;
        int[] run = densestRun(lines.subList(from, body[0]), occurrences);
        if (run[1] < run[0] || beyondHeadFurniture(lines, from, from + run[0], URL_HEADLINE_GAP)) return body;
        int[] article = {from + run[0], from + run[1]};
        return runScore(lines, occurrences, article) >= ARTICLE_AFTER_HEADLINE_MIN_SCORE
                && endsBetween(lines, article[1], body[0]) ? article : body;
    }

    /** The words of an address's last path segment that has words (not a number, not an extension), folded. */
    static Set<String> slugWords(String url) {
        String path = url.replaceFirst("^[a-zA-Z]+://[^/]*", "").replaceFirst("[?#].*", "");
        try {
            path = java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // a stray '%': read the path as it stands
        }
        String[] segments = path.split("/");
        for (int k = segments.length - 1; k >= 0; k--) {
            Set<String> words = foldedWords(segments[k].replaceFirst("\\.[a-zA-Z]{2,5}$", ""));
            words.removeIf(w -> w.chars().allMatch(Character::isDigit));
            if (!words.isEmpty()) return words;
        }
        return Set.of();
    }

    /** Lower-case words without accents ("Plätzchen" → "platzchen"), as addresses spell them. */
    private static Set<String> foldedWords(String text) {
        String folded = java.text.Normalizer.normalize(text.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replace("ß", "ss");
        Set<String> words = new LinkedHashSet<>();
        for (String w : folded.split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) words.add(w);
        return words;
    }

    /**
     * Slugs of fewer words name a section, not an article; half of each side's words shared marks the headline
     * (0.7 was tried: shared as w3m prints it 0.8755, against 0.8761 with 0.5; the check sets identical).
     */
    private static final int URL_HEADLINE_MIN_WORDS = 3, URL_HEADLINE_GAP = 6;
    /**
     * {@link #underUrlHeadline} reads slugs of two words too ("/astrofoto-community/plejaden-m45-2/" names "Plejaden
     * M45"): it moves the body only to a run that scores an article's paragraph or two, follows the named line
     * closely and ends at furniture that closes an article, so a section's two-word name rarely moves it. Shared set
     * as w3m prints it: F1 0.8959 → 0.8964 (one snippet found, two leaks fewer); one word: 0.8962 (a menu's word
     * took a software page's body). The standfirst under the named headline keeps the three-word minimum.
     */
    private static final int URL_BODY_HEADLINE_MIN_WORDS = 2;
    private static final double URL_HEADLINE_SHARE = 0.5;

    /**
     * Whether more than {@code gap} lines other than the head's furniture ({@link #isHeadFurniture}: dates, bylines,
     * share buttons, counters, pictures, credits, headings of a few words) stand from {@code from} to {@code to}.
     * Between a headline and its article's first paragraph sites print a row of tags, a picture, a share menu: as
     * many lines as they like, none of them prose. Counting every line (at most 3 after a dated headline, 6 after
     * the one the address names) left short articles to longer blocks far below them. Shared set as w3m prints
     * it: F1 0.8923 → 0.8955 (with the bulleted-date guard in {@link #afterHeadline}); 80 columns 0.8833 → 0.8863,
     * lynx 0.8856 → 0.8892, html2text 0.8768 → 0.8779; L3S-GN1 totals TP 208826 → 208895, FP 67280 → 67176.
     * Headings counted as other lines: w3m 0.8933.
     */
    private static boolean beyondHeadFurniture(List<ScrapedLine> lines, int from, int to, int gap) {
        int other = 0;
        for (int i = from; i < to; i++) if (!isHeadFurniture(lines.get(i))) other++;
        return other > gap;
    }

    /** Whether furniture that closes an article (share buttons, previous/next, a comment box…) stands between. */
    private static boolean endsBetween(List<ScrapedLine> lines, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            switch (lines.get(i).kind()) {
                case SHARE, PREVIOUS_NEXT, SUBSCRIPTION, COPYRIGHT, COMMENTS, READ_ALSO -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    private static boolean isDateLine(ScrapedLine line) {
        return switch (line.kind()) {
            case DATE, DATELINE, BYLINE -> true;
            default -> false;
        };
    }

    private static boolean headlineJustAbove(List<ScrapedLine> lines, int d) {
        for (int i = d - 1; i >= Math.max(0, d - HEADLINE_GAP); i--) {
            if (lines.get(i).kind() == ScrapedLineKind.HEADING) return true;
        }
        return false;
    }

    /** A paragraph or two; and at least this share of the body's score (0.2, 0.3 and 0.5 were tried: 0.3 best). */
    private static final double ARTICLE_AFTER_HEADLINE_MIN_SCORE = 20, ARTICLE_SHARE = 0.3;
    /** How many lines may stand between a headline and its date line, and between that and the article. */
    private static final int HEADLINE_GAP = 3;

    /** About four paragraphs of 25 words: an article, not a teaser or two. */
    private static final double ARTICLE_ABOVE_COMMENTS_MIN_SCORE = 100;

    private static double runScore(List<ScrapedLine> lines, Map<String, Integer> occurrences, int[] run) {
        double score = 0;
        for (int i = run[0]; i <= run[1]; i++) {
            score += scoreAt(lines, i, occurrences);
        }
        return score;
    }

    private static final int CLOSING_LIST_MIN_WORDS = 5;

    /** Headlines and teasers are shorter than this. */
    private static final int CUT_PARAGRAPH_MIN_WORDS = 25;

    private static boolean belongsToBody(ScrapedLine line, ScrapedLine previous, String title) {
        if (line.kind().isBoilerplate() || !line.hasLetters()) return false;
        if (title != null && line.text().equalsIgnoreCase(title)) return false;
        if (endsOnPhotoCredit(line.text()) || opensOnFigureLabel(line.text())) return false;
        if (isMarkedHeadline(line)) return false;
        if (isPictureCaption(line)) return false;
        return !isLinkedFromMarker(line, previous);
    }

    /**
     * A link to another article printed inside this one: a short marker, a colon, then the other article's headline
     * ("Read also: Bridge tolls to rise", "Czytaj też: …", "Lea más: …"), or a headline between chevrons
     * ("&gt;&gt; Bridge tolls to rise &lt;&lt;"). The headline does not end like a sentence; a label opening a
     * paragraph ("Frost: The ground must thaw first.") does.
     */
    static boolean isMarkedHeadline(ScrapedLine line) {
        String text = line.text();
        if (text.startsWith(">>") && text.endsWith("<<")) return true;
        if (line.words() > MARKED_HEADLINE_MAX_WORDS || ScrapedLineClassifier.endsSentence(text)) return false;
        Matcher m = HEADLINE_MARKER.matcher(text);
        if (!m.lookingAt()) return false;
        String headline = text.substring(m.end() - 1);
        // a list of values ("Calories: 291kcal Fat: 17g", "Per person: US $ 100 / week") or two sentences are no headline
        if (SENTENCE_INSIDE.matcher(headline).find() || text.chars().filter(c -> c == ':').count() > 2
                || CURRENCY.matcher(text).find()) return false;
        return ScrapedLineClassifier.countWords(headline) >= MARKED_HEADLINE_MIN_WORDS;
    }

    /**
     * A picture's caption without a credit: it says who stands where ("Anna Berg (l.) and Tom Hale", "(left)") or
     * that the picture only illustrates ("(Symbolbild)", "(file photo)"). Captions are short; a paragraph that
     * mentions a position in brackets is longer than {@value #CAPTION_MAX_WORDS} words.
     */
    static boolean isPictureCaption(ScrapedLine line) {
        return line.words() <= CAPTION_MAX_WORDS && PICTURE_NOTE.matcher(line.text()).find();
    }

    private static final int CAPTION_MAX_WORDS = 30;

    private static final Pattern PICTURE_NOTE = Pattern.compile(
            "\\((?:(?:l|r|M|li|re|izq|der)\\.|Mitte|left|right|centre|center|links|rechts|à gauche|à droite|izquierda|derecha)\\)"
                    + "|(?iu)\\((?:Symbolbild|Archivbild|Symbolfoto|Archivfoto|file photo|stock photo|photo d'illustration"
                    + "|image d'illustration|imagen de archivo|foto de archivo|foto d'archivio|zdjęcie ilustracyjne)\\)");

    private static final int MARKED_HEADLINE_MAX_WORDS = 30, MARKED_HEADLINE_MIN_WORDS = 4;
    private static final Pattern HEADLINE_MARKER = Pattern.compile(
            "(?:>>\\s*)?\\p{L}[\\p{L}'’]*(?: \\p{L}[\\p{L}'’]*){0,2} ?:\\s+[¿¡]?[\\p{Lu}\\p{N}]");
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?] \\p{Lu}");
    private static final Pattern CURRENCY = Pattern.compile("\\p{Sc}");

    /**
     * A photo's caption printed as a line of the article: it ends on the picture's credit ("… in Bremen. Foto:
     * Pixabay", "… vor der Börse. © AFP / Philip Fong", "(Bild: Covestro)"). Left out of the text but still scored
     * in the densest run (as prose between paragraphs it should not split the body). On the shared set as w3m prints
     * it, 128 kept lines end so: 18 hold a snippet the article is without, 2 one it holds.
     */
    static boolean endsOnPhotoCredit(String text) {
        return (text.indexOf(':') >= 0 || text.indexOf('©') >= 0) && PHOTO_CREDIT_AT_END.matcher(text).find();
    }

    private static final Pattern PHOTO_CREDIT_AT_END = Pattern.compile(
            "(?:\\b(?:Foto|Fotos|Bild|Photo|Photos|Image|Picture|Kuva|Credit|Crédit|Quelle|Source)\\s*:\\s*[^.!?:]{2,50}"
                    + "|©[^.!?]{2,50})$");

    /**
     * A figure's caption printed as a line of the article: it opens on the figure's number ("Abbildung 4: Die
     * Lawine…", "[Figure 2: Snow depth]", "Abb. 3 –"). A sentence that refers to a figure ("Figure 2 shows…") goes
     * on in lower case after the number, without a colon, and stays.
     */
    static boolean opensOnFigureLabel(String text) {
        return FIGURE_LABEL.matcher(text).lookingAt();
    }

    private static final Pattern FIGURE_LABEL = Pattern.compile(
            "\\[?(?:Abbildung|Abb\\.|Figure|Fig\\.|Grafik|Graphic|Chart|Illustration|Tabelle|Table|Bild|Image|Photo|Foto"
                    + "|Figura|Ilustración|Tableau|Rysunek|Rys\\.)\\s*\\d{1,3}[a-z]?\\s*(?::|[.–—-]?\\s*(?:\\p{Lu}|\\p{N}|\\(|$))");

    /** A bare "Read also" marker is followed by the headline it links to. */
    private static boolean isLinkedFromMarker(ScrapedLine line, ScrapedLine previous) {
        return previous != null && previous.kind() == ScrapedLineKind.READ_ALSO && previous.words() <= 4
                && !line.kind().isBoilerplate() && !line.endsSentence();
    }

    /**
     * The headline: a line before the body, preferring one printed twice or repeated by a breadcrumb, of headline
     * length, not a standfirst ("- Les dirigeants ont…") nor a sentence, and near the body.
     */
    private static String title(List<ScrapedLine> header, Map<String, Integer> occurrences, Set<Integer> echoed) {
        ScrapedLine best = null;
        double bestScore = 0;
        for (int i = 0; i < header.size(); i++) {
            ScrapedLine line = header.get(i);
            if (line.kind().isBoilerplate() || line.kind() == ScrapedLineKind.CODE || line.words() < 2
                    || line.words() > TITLE_MAX_WORDS) continue;
            if (opensWithPicture(line)) continue;
            double s = 10;
            if (isPrintedTwiceAsHeadline(header, i, occurrences)) s += 25;
            if (echoed.contains(line.position())) s += 20;
            if (line.words() < 4) s -= 10;
            else if (line.words() <= 25) s += 5;
            if (startsLikeListItem(line.text())) s -= 15;
            if (line.text().endsWith(".")) s -= 8;
            s -= 0.5 * (header.size() - 1 - i);
            if (s > bestScore) {
                bestScore = s;
                best = line;
            }
        }
        return best == null ? null : best.text();
    }

    /**
     * A title candidate printed twice: the same line again (not as a list's bullet: "• Preisvorteile auf Webinare"
     * repeated in three price boxes is a menu's), or the breadcrumb's last item ending on it ("3. Schnee belastet
     * Solarmodule", "News > Schnee belastet Solarmodule").
     */
    private static boolean isPrintedTwiceAsHeadline(List<ScrapedLine> header, int i,
                                                    Map<String, Integer> occurrences) {
        ScrapedLine line = header.get(i);
        if (startsLikeListItem(line.text())) return false;
        if (isRepeatedHeadline(line, occurrences)) return true;
        for (int j = 0; j < header.size(); j++) {
            if (j != i && isBreadcrumbEndingOn(header.get(j).text(), line.text())) return true;
        }
        return false;
    }

    /** "3. Headline", "News > Headline": the headline after a short trail ending on a number or a separator. */
    private static boolean isBreadcrumbEndingOn(String crumb, String headline) {
        if (crumb.length() <= headline.length() || !crumb.endsWith(headline)) return false;
        String trail = crumb.substring(0, crumb.length() - headline.length());
        return trail.length() <= BREADCRUMB_TRAIL_MAX_CHARS && BREADCRUMB_TRAIL_END.matcher(trail).find();
    }

    private static final int BREADCRUMB_TRAIL_MAX_CHARS = 60;
    private static final Pattern BREADCRUMB_TRAIL_END =
            Pattern.compile("(?:^\\d{1,2}\\.|[>»›/|])\\s+$");

    /** A picture's alt text, a gallery's label ("[lazyloadin] Vollbild", repeated per picture): no headline. */
    private static boolean opensWithPicture(ScrapedLine line) {
        return line.text().startsWith("[");
    }

    private static boolean startsLikeListItem(String text) {
        return text.startsWith("- ") || text.startsWith("– ") || text.startsWith("— ") || text.startsWith("• ")
                || text.startsWith("* ");
    }

    private static List<String> authors(List<ScrapedLine> lines, int start, int end) {
        Set<String> authors = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i >= start && i <= end) continue;
            Byline byline = lines.get(i).byline();
            if (byline != null) authors.addAll(byline.authors());
        }
        return List.copyOf(authors);
    }

    /**
     * The publication day. Candidates, in order: dates on date or byline lines before the body (nearest first),
     * the dateline's date, dates on date or byline lines just after the body. The first with a written year wins;
     * else the first candidate gets its year from {@link TextDates#resolve} (the URL's day, a weekday named in the
     * text, the URL's year, or the latest past year); with no candidate at all, a full date in the URL.
     */
    private String published(List<ScrapedLine> lines, int start, int end, Dateline dateline, String text, String url) {
        List<DateMention> candidates = new ArrayList<>();
        for (int i = start - 1; i >= 0; i--) {
            ScrapedLine l = lines.get(i);
            if (l.date() != null && (l.kind() == ScrapedLineKind.DATE || l.kind() == ScrapedLineKind.BYLINE)) {
                candidates.add(l.date());
            }
        }
        if (dateline != null && dateline.date() != null) candidates.add(dateline.date());
        for (int i = end + 1; i < Math.min(lines.size(), end + 1 + FOOTER_LOOKAHEAD); i++) {
            ScrapedLine l = lines.get(i);
            if (l.date() != null && (l.kind() == ScrapedLineKind.DATE || l.kind() == ScrapedLineKind.BYLINE)) {
                candidates.add(l.date());
            }
        }
        for (DateMention d : candidates) {
            if (d.hasYear()) return d.toDate().toString();
        }
        if (candidates.isEmpty()) return TextDates.dateInUrl(url).map(LocalDate::toString).orElse(null);
        DayOfWeek weekday = TextDates.firstWeekday(text).orElse(null);
        return TextDates.resolve(candidates.get(0), weekday, url, today).toString();
    }

}
