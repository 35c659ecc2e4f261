package dev.storyline.quotes;

import dev.storyline.entities.EntityMention;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds direct quotations in an article's text and attributes each to a speaker. Quotations are the words between
 * matching marks (« », “ ”, „ “, ‚ ‘, " ", ‹ ›, ‘ ’), a quotation inside a quotation being part of the outer one;
 * marks never span a line break (news paragraphs are lines). A quotation split by an incise inside its marks
 * (« …, a-t-il dit, … », "… —dijo el ministro— …") gives two quotes with the same speaker: each is a contiguous
 * span, which keeps the contract one offset pair per quote. Short quoted terms (fewer than four words, no
 * sentence punctuation) are scare quotes unless a speech verb attributes them. The speaker is the entity that the
 * speech verb's subject names, or that its pronoun or title stands for; null rather than a guess.
 * Immutable and thread-safe.
 */
public final class QuoteFinder {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’\\-][\\p{L}\\p{M}\\p{N}]+)*");
    private static final Set<String> DETERMINERS = Set.of("le", "la", "les", "l", "un", "une", "du", "des", "de", "d",
            "the", "a", "an", "of", "der", "die", "das", "den", "dem", "el", "los", "las", "del");
    private static final int MAX_SUBJECT_TOKENS = 6;
    /** Reported speech that goes on to quote: "said that … «", "a estimé que … «", "erklärte, dass … „". */
    private static final Pattern REPORTED = Pattern.compile("(?iu)^(?:[^.!?;:]*\\s)?(?:that|que|qu['’]|dass|,\\s*dass)(?:\\s[^.!?;:]*)?$");

    /** Numbers and quantifiers that make a subject plural ("les deux dirigeants", "both leaders", "die beiden"). */
    private static final Set<String> PLURAL_WORDS = Set.of("deux", "trois", "plusieurs", "both", "two", "three",
            "several", "beide", "beiden", "zwei", "drei", "mehrere", "ambos", "ambas", "dos", "tres", "varios", "varias");
    /** Plural determiners and pronouns that begin a plural subject. */
    private static final Set<String> PLURAL_STARTS = Set.of("les", "ils", "elles", "they", "los", "las", "ellos", "ellas");

    /** Institutions described rather than named; null when the finder was built without reference names. */
    private final Institutions institutions;

    /** A finder that resolves people, titles and pronouns, but not institutions described without their name. */
    public QuoteFinder() {
        this(null);
    }

    /** A finder that also resolves described institutions ("la présidence russe" → the Kremlin). */
    public QuoteFinder(Institutions institutions) {
        this.institutions = institutions;
    }

    public List<Quote> find(String text, String language, List<EntityMention> mentions) {
        if (text == null || text.isEmpty()) return List.of();
        SpeechLexicon lexicon = SpeechLexicon.forLanguage(language);
        List<EntityMention> sorted = mentions.stream().sorted(Comparator.comparingInt(EntityMention::start)).toList();
        List<Quote> quotes = new ArrayList<>();
        for (int[] marks : markedSpans(text)) {
            quotes.addAll(quotesWithin(text, marks[0], marks[1], lexicon, sorted));
        }
        return List.copyOf(quotes);
    }

    /** A speech verb's subject: where it is written, and the quote's start it is resolved from. */
    private record Subject(int start, int end) {
    }

    /** A part of a quotation between its marks, and the subject of an incise inside them, if any. */
    private record Part(int start, int end, Subject incise) {
    }

    private List<Quote> quotesWithin(String text, int open, int close, SpeechLexicon lexicon, List<EntityMention> mentions) {
        List<Part> parts = splitAtIncise(text, open + 1, close, lexicon);
        Subject outside = after(text, close + 1, lexicon);
        if (outside == null) outside = before(text, open, lexicon);
        Subject shared = parts.stream().map(Part::incise).filter(s -> s != null).findFirst().orElse(outside);
        if (shared != null) shared = withCoordination(text, withApposition(text, shared, mentions), mentions);
        List<Quote> quotes = new ArrayList<>();
        for (Part p : parts) {
            int[] span = trim(text, p.start(), p.end());
            if (span[0] >= span[1]) continue;
            String words = text.substring(span[0], span[1]);
            if (shared == null && isScareQuote(words)) continue;
            String speaker = shared == null ? null : speaker(text, shared, open, lexicon, mentions);
            String speakerText = shared == null ? null : text.substring(shared.start(), shared.end());
            quotes.add(new Quote(words, span[0], span[1], speaker, speakerText));
        }
        return quotes;
    }

    // ---- marks -------------------------------------------------------------------------------------------------

    /** The outermost quotation marks of the text, as {open, close} offsets of the marks themselves. */
    static List<int[]> markedSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        Deque<int[]> open = new ArrayDeque<>(); // {mark char, offset}
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open.clear(); // an unclosed mark does not swallow the next paragraph
                continue;
            }
            if (!open.isEmpty() && closes((char) open.peek()[0], c, text, i)) {
                int[] o = open.pop();
                if (open.isEmpty()) spans.add(new int[]{o[1], i});
                continue;
            }
            if (opens(c, text, i) || germanGuillemet(c, open.isEmpty(), text, i)) open.push(new int[]{c, i});
        }
        return spans;
    }

    private static boolean opens(char c, String text, int i) {
        return switch (c) {
            case '«', '“', '„', '‚', '‹', '"' -> true;
            case '‘' -> i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            default -> false;
        };
    }

    /**
     * German presses also write »…«: a » that closes nothing and is glued to the next word opens one (a French »
     * closes an open « or stands after a space).
     */
    private static boolean germanGuillemet(char c, boolean nothingOpen, String text, int i) {
        return c == '»' && nothingOpen && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static boolean closes(char open, char c, String text, int i) {
        boolean apostropheLike = c == '’' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
        return switch (open) {
            case '«' -> c == '»';
            case '»' -> c == '«';
            case '“' -> c == '”';
            case '„' -> c == '“' || c == '”';
            case '‚', '‘' -> (c == '‘' || c == '’') && !apostropheLike;
            case '"' -> c == '"' || c == '”';
            case '‹' -> c == '›';
            default -> false;
        };
    }

    /** The span without surrounding spaces (French puts them inside the marks) and a trailing comma. */
    private static int[] trim(String text, int start, int end) {
        while (start < end && isSpace(text.charAt(start))) start++;
        while (end > start && (isSpace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) end--;
        return new int[]{start, end};
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007';
    }

    /** Fewer than four words and no sentence punctuation: a term held at a distance, not a statement. */
    static boolean isScareQuote(String words) {
        if (words.matches("(?s).*[.!?…].*")) return false;
        Matcher m = TOKEN.matcher(words);
        int n = 0;
        while (m.find()) n++;
        return n < 4;
    }

    // ---- attribution -------------------------------------------------------------------------------------------

    /** Splits « …, a-t-il dit, … » or "… —dijo el ministro— …" into its two parts, keeping the incise's subject. */
    private List<Part> splitAtIncise(String text, int start, int end, SpeechLexicon lexicon) {
        for (Pattern p : lexicon.inverted() == null ? List.of(lexicon.verb()) : List.of(lexicon.inverted(), lexicon.verb())) {
            Matcher m = p.matcher(text).region(start, end);
            while (m.find()) {
                int left = skipBack(text, m.start(), start);
                if (left <= start || !isInciseMark(text.charAt(left - 1))) continue;
                Subject subject;
                int after;
                if (p == lexicon.inverted()) {
                    int g = firstGroup(m);
                    subject = new Subject(m.start(g), m.end(g));
                    after = m.end();
                } else {
                    subject = tokensAfter(text, m.end(), lexicon);
                    if (subject == null) continue;
                    after = subject.end();
                }
                int right = skipForward(text, after, end);
                if (right >= end || !isInciseMark(text.charAt(right))) continue;
                return List.of(new Part(start, left - 1, subject), new Part(right + 1, end, subject));
            }
        }
        return List.of(new Part(start, end, null));
    }

    private static boolean isInciseMark(char c) {
        return c == ',' || c == '—' || c == '–';
    }

    /** "», a déclaré X", ", said X", "," X said", "», a-t-il ajouté", "», selon X": the subject after the quote. */
    private Subject after(String text, int from, SpeechLexicon lexicon) {
        int p = from;
        while (p < text.length() && (isSpace(text.charAt(p)) && text.charAt(p) != '\n' || isInciseMark(text.charAt(p)))) p++;
        if (p >= text.length()) return null;
        if (lexicon.inverted() != null) {
            Matcher inv = lexicon.inverted().matcher(text).region(p, text.length());
            if (inv.lookingAt()) {
                int g = firstGroup(inv);
                return new Subject(inv.start(g), inv.end(g));
            }
        }
        Matcher verb = lexicon.verb().matcher(text).region(p, text.length());
        if (verb.lookingAt()) return tokensAfter(text, verb.end(), lexicon);
        Subject subject = tokensAfter(text, p, lexicon);
        if (subject == null) return null;
        int q = subject.end();
        while (q < text.length() && text.charAt(q) == ' ') q++;
        Matcher next = lexicon.verb().matcher(text).region(q, text.length());
        return next.lookingAt() && !SpeechLexicon.prepositional(next.group()) ? subject : null;
    }

    /** "X a déclaré : «", "il a qualifié de «", "Selon X, «", "said Scholz: "": the subject before the quote. */
    private Subject before(String text, int open, SpeechLexicon lexicon) {
        int sentence = open;
        while (sentence > 0 && "\n.!?»”\"".indexOf(text.charAt(sentence - 1)) < 0 && open - sentence < 300) sentence--;
        Matcher verb = lexicon.verb().matcher(text).region(sentence, open);
        Subject found = null;
        while (verb.find()) {
            String gap = text.substring(verb.end(), open).strip().toLowerCase(Locale.ROOT);
            boolean prepositional = SpeechLexicon.prepositional(verb.group());
            if (prepositional) {
                // "Selon X, «", "According to X, an economist at Y, "": the source, then the quote.
                Subject s = tokensAfter(text, verb.end(), lexicon);
                found = s != null && gap.endsWith(",") || s != null && gap.equals(text.substring(verb.end(), s.end()).strip().toLowerCase(Locale.ROOT)) ? s : null;
            } else if (gap.isEmpty() || gap.matches("[:,]|de|d['’]|que|qu['’]|que :|that|dass|:\\s*que|[\\p{L}]+\\s*:")
                    || REPORTED.matcher(gap).find()) {
                // "X a déclaré : «", "il a qualifié de «", "X betonte später: „", "X added that the army needed “"
                found = tokensBefore(text, verb.start(), sentence, lexicon);
            } else {
                Subject s = tokensAfter(text, verb.end(), lexicon);
                found = s != null && text.substring(s.end(), open).strip().matches("[:,]?") ? s : null;
            }
        }
        return found;
    }

    /** Up to six words from {@code from}, stopping at punctuation, a stop word or a speech verb. */
    private Subject tokensAfter(String text, int from, SpeechLexicon lexicon) {
        Matcher t = TOKEN.matcher(text);
        int p = from, start = -1, end = -1, n = 0;
        while (n < MAX_SUBJECT_TOKENS) {
            int q = p;
            while (q < text.length() && (text.charAt(q) == ' ' || text.charAt(q) == '\u00A0')) q++;
            if (!t.region(q, text.length()).lookingAt()) break;
            String word = t.group().toLowerCase(Locale.ROOT);
            if (lexicon.subjectStops().contains(word) && n > 0 || lexicon.verb().matcher(t.group()).matches()) break;
            if (lexicon.subjectStops().contains(word)) break;
            if (start < 0) start = t.start();
            end = t.end();
            p = end;
            n++;
        }
        return start < 0 ? null : new Subject(start, end);
    }

    /** The words just before a verb, back to punctuation or a stop word ("Ainsi, il", "Le président Poutine"). */
    private Subject tokensBefore(String text, int verbStart, int floor, SpeechLexicon lexicon) {
        int end = verbStart;
        while (end > floor && isSpace(text.charAt(end - 1))) end--;
        if (end > floor && text.charAt(end - 1) == ',') { // "Le porte-parole du Kremlin, Dimitri Peskov, a confirmé"
            end--;
            while (end > floor && isSpace(text.charAt(end - 1))) end--;
        }
        int start = end;
        int n = 0;
        while (start > floor && n < 8) {
            int p = start;
            while (p > floor && isSpace(text.charAt(p - 1)) && text.charAt(p - 1) != '\n') p--;
            int w = p;
            while (w > floor && (Character.isLetterOrDigit(text.charAt(w - 1)) || "-'’".indexOf(text.charAt(w - 1)) >= 0)) w--;
            if (w == p) break;
            String word = text.substring(w, p).toLowerCase(Locale.ROOT);
            if (lexicon.subjectStops().contains(word)) break;
            start = w;
            n++;
        }
        return start >= end ? null : new Subject(start, end);
    }

    private static int firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) if (m.group(g) != null) return g;
        throw new IllegalStateException("an inverted incise always names its pronoun");
    }

    private static int skipBack(String text, int p, int floor) {
        while (p > floor && isSpace(text.charAt(p - 1))) p--;
        return p;
    }

    private static int skipForward(String text, int p, int ceiling) {
        while (p < ceiling && isSpace(text.charAt(p))) p++;
        return p;
    }

    // ---- speakers ----------------------------------------------------------------------------------------------

    /**
     * The entity a subject names: a person or organisation it covers; a title it carries, resolved to the person
     * named with that title before; a pronoun, resolved to the person named last before the quote; else null.
     */
    private String speaker(String text, Subject subject, int quoteStart, SpeechLexicon lexicon, List<EntityMention> mentions) {
        List<EntityMention> inside = mentions.stream()
                .filter(m -> m.canonical() != null && m.start() < subject.end() && m.end() > subject.start()).toList();
        List<String> words = words(text.substring(subject.start(), subject.end()));
        // Several speakers ("les deux dirigeants", "Poutine et Tokaïev"): no one key says who, so none is given.
        if (plural(subject, words, inside, lexicon)) return null;
        for (EntityMention m : inside) if ("PER".equals(m.type())) return m.canonical();
        for (String w : words) {
            if (lexicon.titles().contains(w)) return titled(text, subject, w, words, lexicon, mentions);
        }
        if (institutions != null) {
            // "la présidence russe": the institution, when its seat is a known entity; never the country it names.
            Optional<Institutions.Described> described = institutions.describe(text.substring(subject.start(), subject.end()));
            if (described.isPresent()) return institutions.entity(described.get(), mentions).orElse(null);
        }
        if (!inside.isEmpty()) return inside.get(0).canonical();
        if (words.size() == 1 && lexicon.pronouns().contains(words.get(0))) {
            int limit = Math.min(subject.start(), quoteStart);
            EntityMention last = null;
            for (EntityMention m : mentions) if ("PER".equals(m.type()) && m.end() <= limit && m.canonical() != null) last = m;
            return last == null ? null : last.canonical();
        }
        return null;
    }

    /**
     * "said the Kremlin spokesman, Dmitry Peskov", "señaló el director del hospital, Javier Ortega": a subject that
     * names nobody, followed by a comma and a person, is that person.
     */
    private static Subject withApposition(String text, Subject subject, List<EntityMention> mentions) {
        boolean namesSomeone = mentions.stream().anyMatch(m -> m.start() < subject.end() && m.end() > subject.start());
        if (namesSomeone) return subject;
        for (EntityMention m : mentions) {
            if (!"PER".equals(m.type()) || m.canonical() == null || m.start() < subject.end()) continue;
            String between = text.substring(subject.end(), m.start());
            if (between.matches(",\\s{1,2}")) return new Subject(subject.start(), m.end());
        }
        return subject;
    }

    private static final Pattern COORDINATION = Pattern.compile("(?iu)\\s+(?:et|and|und|y|e)\\s+");

    /**
     * "Poutine et Tokaïev ont déclaré", "said Scholz and Macron": a subject naming a person, joined to another person
     * by "and", is both of them (the subject's words stop at the conjunction, which is a stop word).
     */
    private static Subject withCoordination(String text, Subject subject, List<EntityMention> mentions) {
        boolean namesAPerson = mentions.stream().anyMatch(m -> "PER".equals(m.type()) && m.start() < subject.end() && m.end() > subject.start());
        if (!namesAPerson) return subject;
        int start = subject.start(), end = subject.end();
        for (EntityMention m : mentions) {
            if (!"PER".equals(m.type())) continue;
            if (m.end() <= start && start - m.end() <= 6 && COORDINATION.matcher(text.substring(m.end(), start)).matches()) start = m.start();
            if (m.start() >= end && m.start() - end <= 6 && COORDINATION.matcher(text.substring(end, m.start())).matches()) end = m.end();
        }
        return new Subject(start, end);
    }

    /**
     * "le président kazakh" → the person named right after (or just before) an earlier "président" whose
     * surroundings also hold the subject's other words ("kazakh"), latest first.
     */
    private String titled(String text, Subject subject, String title, List<String> words, SpeechLexicon lexicon,
                          List<EntityMention> mentions) {
        List<String> others = words.stream().filter(w -> !w.equals(title) && !DETERMINERS.contains(w) && w.length() > 2).toList();
        // A German compound ends with its title ("Bundeskanzlerin" for "die Kanzlerin").
        Matcher m = Pattern.compile("(?iu)(?<![\\p{L}])\\p{L}*" + Pattern.quote(title) + "(?![\\p{L}])").matcher(text).region(0, subject.start());
        List<int[]> occurrences = new ArrayList<>();
        while (m.find()) occurrences.add(new int[]{m.start(), m.end()});
        for (int i = occurrences.size() - 1; i >= 0; i--) {
            int[] o = occurrences.get(i);
            for (EntityMention p : mentions) {
                if (!"PER".equals(p.type()) || p.canonical() == null) continue;
                boolean follows = p.start() >= o[1] && p.start() - o[1] <= 60 && noSentenceEnd(text, o[1], p.start());
                // "Peskov, the Kremlin spokesman": the person, then the title in apposition.
                boolean precedes = p.end() <= o[0] && o[0] - p.end() <= 40 && text.startsWith(",", p.end())
                        && noSentenceEnd(text, p.end(), o[0]);
                if (!follows && !precedes) continue;
                String around = text.substring(Math.max(0, Math.min(o[0], p.start()) - 40), Math.max(o[1], p.end()) + 0)
                        .toLowerCase(Locale.ROOT);
                if (others.stream().allMatch(around::contains)) return p.canonical();
            }
        }
        return null;
    }

    /**
     * Whether a subject names several speakers: two people, a number or quantifier ("deux", "both", "beiden"), a
     * plural determiner or pronoun first ("les", "they", "los"), or a title in the plural ("dirigeants", "leaders",
     * "Minister" aside: "Ministerinnen").
     */
    private static boolean plural(Subject subject, List<String> words, List<EntityMention> inside, SpeechLexicon lexicon) {
        if (inside.stream().filter(m -> "PER".equals(m.type())).map(EntityMention::canonical).distinct().count() >= 2) return true;
        if (words.isEmpty()) return false;
        // "Los Angeles police said": a plural-looking first word that begins a name is not a determiner.
        boolean startsWithName = inside.stream().anyMatch(m -> m.start() <= subject.start());
        if (!startsWithName && PLURAL_STARTS.contains(words.get(0))) return true;
        // Only up to the head title: "le porte-parole des deux dirigeants" is one speaker.
        for (String w : words) {
            if (lexicon.titles().contains(w)) return false;
            if (PLURAL_WORDS.contains(w)) return true;
            for (String ending : List.of("s", "x", "es", "en", "innen", "n")) {
                if (w.length() > ending.length() + 2 && w.endsWith(ending)
                        && lexicon.titles().contains(w.substring(0, w.length() - ending.length()))) return true;
            }
        }
        return false;
    }

    private static boolean noSentenceEnd(String text, int from, int to) {
        String between = text.substring(from, to);
        return between.indexOf('\n') < 0 && !between.matches("(?s).*[.!?](\\s|$).*");
    }

    private static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) words.add(m.group().toLowerCase(Locale.ROOT));
        return words;
    }
}
