package dev.storyline.time;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures {@link TimeTagger} against TimeML documents (French TimeBank): each document's text is tagged with
 * its creation time (DCT) as the publication date. A gold TIMEX3 is found when a prediction overlaps it, and
 * its value is right when an overlapping prediction has the gold value (a decade written "199" or "199X" alike,
 * see {@link #sameValue}); a prediction is correct when it overlaps a gold TIMEX3. Beside that value F1 a strict one
 * is counted, with the value strings equal ({@link #strictlySameValue}), for figures comparable with TempEval-3's.
 */
public final class TimeEvaluation {

    /**
     * A TimeML document: its text (the TEXT element's characters) and gold expressions with offsets into it.
     * {@code anchoredDates} gives, for a gold DURATION running up to (or from) the creation time, the date the gold
     * itself puts at its other end in a TIMEX3 without text: KRAUTS marks "vor drei Jahren" as the DURATION "drei
     * Jahren" from an unwritten DATE 1994 to the DCT, i.e. it gives the expression both readings.
     */
    public record GoldDocument(String id, LocalDate creationTime, String text, List<TimeExpression> gold,
                               Map<TimeExpression, String> anchoredDates) {
        public GoldDocument {
            gold = List.copyOf(gold);
            anchoredDates = Map.copyOf(anchoredDates);
        }

        public GoldDocument(String id, LocalDate creationTime, String text, List<TimeExpression> gold) {
            this(id, creationTime, text, gold, Map.of());
        }

        /** Whether a predicted value is the gold's: its value, or the date the gold anchors it at. */
        boolean valueOf(TimeExpression g, String predicted) {
            if (sameValue(predicted, g.value())) return true;
            String date = anchoredDates.get(g);
            return date != null && sameValue(predicted, date);
        }

        /** Whether a predicted value is the gold's as TempEval-3's scorer counts it: the same string. */
        boolean strictValueOf(TimeExpression g, String predicted) {
            return strictlySameValue(predicted, g.value());
        }
    }

    /**
     * A gold expression the tagger missed or valued differently ({@code predicted} null when missed), or a false
     * positive (then {@code gold} has a null type).
     */
    public record Miss(String document, TimeExpression gold, TimeExpression predicted) {
    }

    /**
     * Counts for one TIMEX3 type (or all): gold, found, right value; predicted, predicted overlapping gold,
     * predicted overlapping a gold expression of the same value; and the two value counts again with the value
     * strings strictly equal ({@link #strictlySameValue}).
     */
    public record Counts(int gold, int found, int valued, int predicted, int correct, int correctValue,
                         int strictlyValued, int strictlyCorrectValue) {
        Counts plus(Counts o) {
            return new Counts(gold + o.gold, found + o.found, valued + o.valued, predicted + o.predicted,
                    correct + o.correct, correctValue + o.correctValue, strictlyValued + o.strictlyValued,
                    strictlyCorrectValue + o.strictlyCorrectValue);
        }

        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) found / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double valueAccuracy() {
            return gold == 0 ? 0 : (double) valued / gold;
        }

        /**
         * F1 of values (TempEval-3's "value F1", with relaxed spans): a prediction counts when it overlaps a gold
         * expression of the same value, a gold expression when an overlapping prediction has its value.
         */
        public double valueF1() {
            return harmonic(correctValue, valued);
        }

        /**
         * {@link #valueF1} with a value right only when its string is the gold's, as TempEval-3's scorer has it:
         * none of {@link #sameValue}'s equivalences, nor the date a gold DURATION is anchored at.
         */
        public double strictValueF1() {
            return harmonic(strictlyCorrectValue, strictlyValued);
        }

        private double harmonic(int predictedRight, int goldRight) {
            double p = predicted == 0 ? 0 : (double) predictedRight / predicted;
            double r = gold == 0 ? 0 : (double) goldRight / gold;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * Figures over all documents and by type, and the misses. By type, recall and value accuracy count the gold
     * expressions of that type, precision the predictions of that type.
     */
    public record Result(int documents, Counts overall, Map<String, Counts> byType, List<Miss> misses) {
        public Result {
            byType = Map.copyOf(byType);
            misses = List.copyOf(misses);
        }

        public String report(boolean verbose) {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "documents %d, gold TIMEX3 %d, predicted %d%n",
                    documents, overall.gold(), overall.predicted()));
            b.append(String.format(Locale.ROOT, "%-9s %6s %6s %6s %6s %9s %8s %9s%n", "type", "gold", "P", "R", "F1",
                    "value-acc", "value-F1", "strict-F1"));
            line(b, "all", overall);
            new TreeMap<>(byType).forEach((type, c) -> line(b, type, c));
            if (verbose) {
                b.append(String.format(Locale.ROOT, "%nmisses and false positives (%d):%n", misses.size()));
                for (Miss miss : misses) {
                    TimeExpression g = miss.gold();
                    TimeExpression p = miss.predicted();
                    if (g.type() == null) {
                        b.append(String.format(Locale.ROOT, "  %s  false positive \"%s\" %s %s%n", miss.document(),
                                p.text(), p.type(), p.value()));
                        continue;
                    }
                    b.append(String.format(Locale.ROOT, "  %s  %-9s %-30s %-22s → %s%n", miss.document(), g.type(),
                            '"' + g.text() + '"', g.value(),
                            p == null ? "(not found)" : '"' + p.text() + "\" " + p.type() + " " + p.value()));
                }
            }
            return b.toString();
        }

        /** The header of {@link #summary}'s lines. */
        public static String summaryHeader() {
            return String.format(Locale.ROOT, "%-34s %-4s %5s %6s %6s %6s %6s %9s %8s %9s", "corpus", "lang", "docs", "gold",
                    "P", "R", "F1", "value-acc", "value-F1", "strict-F1");
        }

        /** One line: the corpus, its language, span P/R/F1, value accuracy, value F1 and strict value F1. */
        public String summary(String corpus, String language) {
            return String.format(Locale.ROOT, "%-34s %-4s %5d %6d %6.3f %6.3f %6.3f %9.3f %8.3f %9.3f", corpus, language,
                    documents, overall.gold(), overall.precision(), overall.recall(), overall.f1(),
                    overall.valueAccuracy(), overall.valueF1(), overall.strictValueF1());
        }

        private static void line(StringBuilder b, String label, Counts c) {
            b.append(String.format(Locale.ROOT, "%-9s %6d %6.3f %6.3f %6.3f %9.3f %8.3f %9.3f%n", label, c.gold(),
                    c.precision(), c.recall(), c.f1(), c.valueAccuracy(), c.valueF1(), c.strictValueF1()));
        }
    }

    private final TimeTagger tagger;
    private final String language;

    /** @param language the language of the documents to evaluate (French TimeBank: "fr") */
    public TimeEvaluation(TimeTagger tagger, String language) {
        this.tagger = tagger;
        this.language = language;
    }

    public Result evaluate(List<GoldDocument> documents) {
        Map<String, Counts> byType = new TreeMap<>();
        Counts overall = new Counts(0, 0, 0, 0, 0, 0, 0, 0);
        List<Miss> misses = new ArrayList<>();
        for (GoldDocument doc : documents) {
            List<TimeExpression> predicted = tagger.find(doc.text(), language, doc.creationTime());
            for (TimeExpression g : doc.gold()) {
                List<TimeExpression> overlapping = predicted.stream().filter(p -> overlap(p, g)).toList();
                boolean found = !overlapping.isEmpty();
                boolean valued = overlapping.stream().anyMatch(p -> doc.valueOf(g, p.value()));
                boolean strictlyValued = overlapping.stream().anyMatch(p -> doc.strictValueOf(g, p.value()));
                Counts c = new Counts(1, found ? 1 : 0, valued ? 1 : 0, 0, 0, 0, strictlyValued ? 1 : 0, 0);
                byType.merge(g.type(), c, Counts::plus);
                overall = overall.plus(c);
                if (!valued) misses.add(new Miss(doc.id(), g, found ? overlapping.get(0) : null));
            }
            for (TimeExpression p : predicted) {
                boolean correct = doc.gold().stream().anyMatch(g -> overlap(p, g));
                boolean rightValue = doc.gold().stream().anyMatch(g -> overlap(p, g) && doc.valueOf(g, p.value()));
                boolean strictlyRightValue = doc.gold().stream().anyMatch(g -> overlap(p, g) && doc.strictValueOf(g, p.value()));
                Counts c = new Counts(0, 0, 0, 1, correct ? 1 : 0, rightValue ? 1 : 0, 0, strictlyRightValue ? 1 : 0);
                byType.merge(p.type(), c, Counts::plus);
                overall = overall.plus(c);
                if (!correct) misses.add(new Miss(doc.id(), new TimeExpression("", p.start(), p.end(), null, null), p));
            }
        }
        return new Result(documents.size(), overall, byType, misses);
    }

    /**
     * Whether two TIMEX3 values are equal as TempEval-3's scorer counts them (its evaluate_entities.py compares
     * {@code g.value == s.value}): the same string, case included. The one normalisation is reading the attribute
     * with an XML parser (entities decoded): that scorer decodes {@code &quot;} itself and no TimeML value holds
     * another entity, so both readings give the same strings. None of {@link #sameValue}'s equivalences applies.
     */
    static boolean strictlySameValue(String a, String b) {
        return a.equals(b);
    }

    /**
     * Whether two TIMEX3 values are the same: strictly equal ({@link #strictlySameValue}), or one value written two ways in use — a decade with its three
     * digits ("199": TimeML 1.2.1, TimeBank 1.2, KRAUTS) or with the year's digit unspecified ("199X": AQUAINT,
     * French TimeBank, the tagger); an amount in a fraction of one unit or in whole smaller ones ("P0.5Y" and "P6M",
     * "PT0.5H" and "PT30M", "P1DE" and "P10Y": KRAUTS writes the first; "P2Q" and "P6M": TimeBank writes both); a
     * clock time with a one-digit hour or a period ("T8:30", "T19.30": KRAUTS's Dolomiten); a week with a one-digit
     * number ("2000-W7": AQUAINT); a part of every day written as a period of one part or as the part of an unknown
     * day ("nachts": "PT1NI", "PTNI" or "XXXX-XX-XXTNI", all three in KRAUTS). Nothing else is made equal.
     */
    static boolean sameValue(String a, String b) {
        if (strictlySameValue(a, b)) return true;
        String partA = partOfEveryDay(a), partB = partOfEveryDay(b);
        if (partA != null && partA.equals(partB)) return true;
        if (DECADE.matcher(a).matches() && DECADE.matcher(b).matches()) return a.substring(0, 3).equals(b.substring(0, 3));
        BigDecimal[] amountA = durationAmounts(a), amountB = durationAmounts(b);
        if (amountA != null && amountB != null) {
            return amountA[0].compareTo(amountB[0]) == 0 && amountA[1].compareTo(amountB[1]) == 0;
        }
        return clock(paddedWeek(a)).equals(clock(paddedWeek(b)));
    }

    private static final Pattern ONE_DIGIT_WEEK = Pattern.compile("(\\d{4}-W)(\\d)(?!\\d)");

    /** "2000-W7" → "2000-W07", "2000-W7-WE" → "2000-W07-WE"; any other value as it is. */
    private static String paddedWeek(String value) {
        return ONE_DIGIT_WEEK.matcher(value).replaceFirst(m -> m.group(1) + "0" + m.group(2));
    }

    /** "PT1NI", "PTNI", "XXXX-XX-XXTNI" → "NI"; null for any other value. */
    private static String partOfEveryDay(String value) {
        Matcher m = PART_OF_EVERY_DAY.matcher(value);
        return m.matches() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    private static final Pattern PART_OF_EVERY_DAY =
            Pattern.compile("PT1?(MO|MI|AF|EV|NI|DT)|XXXX-XX-XXT(MO|MI|AF|EV|NI|DT)");

    private static final Pattern DECADE = Pattern.compile("\\d{3}X?");

    /** A duration of numbers and units only: "P1Y6M", "P0.5Y", "PT30M", "P1DE", "P2Q" (not "PXY", "P1WE"). */
    private static final Pattern DURATION = Pattern.compile(
            "P(?:\\d+(?:\\.\\d+)?(?:CE|DE|Y|Q|M|W|D))*(?:T(?:\\d+(?:\\.\\d+)?[HMS])+)?");
    private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?)(CE|DE|Y|Q|M|W|D|H|S)");

    /**
     * A duration as months (of centuries, decades, years, quarters, months) and seconds (of weeks, days and less),
     * since a month is no whole number of days: "P1Y6M" → 18, 0; "PT30M" → 0, 1800. Null when it is no such duration.
     */
    private static BigDecimal[] durationAmounts(String value) {
        if (value.length() < 3 || value.endsWith("T") || !DURATION.matcher(value).matches()) return null;
        BigDecimal months = BigDecimal.ZERO, seconds = BigDecimal.ZERO;
        int time = value.indexOf('T');
        Matcher m = AMOUNT.matcher(value);
        while (m.find()) {
            BigDecimal n = new BigDecimal(m.group(1));
            String unit = time >= 0 && m.start() > time ? "T" + m.group(2) : m.group(2);
            switch (unit) {
                case "CE" -> months = months.add(n.multiply(BigDecimal.valueOf(1200)));
                case "DE" -> months = months.add(n.multiply(BigDecimal.valueOf(120)));
                case "Y" -> months = months.add(n.multiply(BigDecimal.valueOf(12)));
                case "Q" -> months = months.add(n.multiply(BigDecimal.valueOf(3)));
                case "M" -> months = months.add(n);
                case "W" -> seconds = seconds.add(n.multiply(BigDecimal.valueOf(7 * 86400)));
                case "D" -> seconds = seconds.add(n.multiply(BigDecimal.valueOf(86400)));
                case "TH" -> seconds = seconds.add(n.multiply(BigDecimal.valueOf(3600)));
                case "TM" -> seconds = seconds.add(n.multiply(BigDecimal.valueOf(60)));
                default -> seconds = seconds.add(n);
            }
        }
        return new BigDecimal[]{months, seconds};
    }

    /** A time of day written with a period or a one-digit hour ("T8.30"), in TimeML's form ("T08:30"). */
    private static String clock(String value) {
        Matcher m = CLOCK.matcher(value);
        return m.matches() ? m.group(1) + "T" + (m.group(2).length() == 1 ? "0" : "") + m.group(2) + ":" + m.group(3) : value;
    }

    private static final Pattern CLOCK = Pattern.compile("(.*)T(\\d{1,2})[.:](\\d{2})");

    private static boolean overlap(TimeExpression a, TimeExpression b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    /**
     * The {@code .tml} documents of a folder and its subfolders, in path order. Files whose name starts with a dot
     * are left out: an archive packed on macOS holds a "._NAME.tml" beside each document (AppleDouble metadata, not
     * XML), and the copy of TBAQ-cleaned in circulation has one for each of its 256 documents.
     */
    public static List<GoldDocument> readFolder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            List<GoldDocument> docs = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".tml") && !p.getFileName().toString().startsWith(".")
                    && Files.isRegularFile(p)).sorted().toList()) {
                docs.add(read(f));
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One TimeML document; the CREATION_TIME TIMEX3 gives the date and is not a gold expression. */
    public static GoldDocument read(Path file) {
        Document xml;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            xml = builder.parse(file.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalArgumentException("not a TimeML document: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LocalDate creation = null;
        var timexes = xml.getElementsByTagName("TIMEX3");
        for (int i = 0; i < timexes.getLength(); i++) {
            Element t = (Element) timexes.item(i);
            if ("CREATION_TIME".equals(t.getAttribute("functionInDocument"))) {
                creation = LocalDate.parse(t.getAttribute("value").substring(0, 10));
            }
        }
        var texts = xml.getElementsByTagName("TEXT");
        if (texts.getLength() == 0) throw new IllegalArgumentException("no TEXT in " + file);
        StringBuilder text = new StringBuilder();
        List<TimeExpression> gold = new ArrayList<>();
        Map<TimeExpression, Element> elements = new HashMap<>();
        collect(texts.item(0), text, gold, elements);
        String name = file.getFileName().toString();
        return new GoldDocument(name.substring(0, name.length() - 4), creation, text.toString(), gold,
                anchoredDates(timexes, elements));
    }

    /**
     * For each gold DURATION from a TIMEX3 without text to the creation time, or from the creation time to one,
     * that TIMEX3's DATE or TIME value ("vor drei Jahren": P3Y from 1994 to the DCT; "in zehn Jahren": P10Y from the
     * DCT to 2019). Durations between two other points ("das Jahr" from 1969-01-01 to 1969-12-31) are left out.
     */
    private static Map<TimeExpression, String> anchoredDates(NodeList timexes,
                                                             Map<TimeExpression, Element> elements) {
        Map<String, Element> byId = new HashMap<>();
        String creationId = null;
        for (int i = 0; i < timexes.getLength(); i++) {
            Element t = (Element) timexes.item(i);
            byId.put(t.getAttribute("tid"), t);
            if ("CREATION_TIME".equals(t.getAttribute("functionInDocument"))) creationId = t.getAttribute("tid");
        }
        Map<TimeExpression, String> dates = new HashMap<>();
        if (creationId == null) return dates;
        for (var e : elements.entrySet()) {
            Element t = e.getValue();
            if (!"DURATION".equals(t.getAttribute("type"))) continue;
            String begin = t.getAttribute("beginPoint"), end = t.getAttribute("endPoint");
            String other = creationId.equals(end) ? begin : creationId.equals(begin) ? end : null;
            Element point = other == null || other.isEmpty() ? null : byId.get(other);
            if (point == null || point == t || !point.getTextContent().isEmpty()) continue;
            String type = point.getAttribute("type");
            if (type.equals("DATE") || type.equals("TIME")) dates.put(e.getKey(), point.getAttribute("value"));
        }
        return dates;
    }

    private static void collect(Node node, StringBuilder text, List<TimeExpression> gold,
                                Map<TimeExpression, Element> elements) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                int start = text.length();
                collect(child, text, gold, elements);
                Element e = (Element) child;
                // A TIMEX3 without text (a non-consuming one: KRAUTS marks the implicit start and end of a period
                // so) is not a mention in the text: nothing can find it.
                if (e.getTagName().equals("TIMEX3") && text.length() > start) {
                    TimeExpression g = new TimeExpression(text.substring(start), start, text.length(),
                            e.getAttribute("type"), e.getAttribute("value"));
                    gold.add(g);
                    elements.put(g, e);
                }
            }
        }
    }
}
