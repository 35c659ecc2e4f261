package dev.storyline.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads gold names in the token-per-line BIO format of the Europeana Newspapers NER corpora
 * (github.com/EuropeanaNewspapers/ner-corpora, CC0): "token tag" lines, tags {@code I-PER}, {@code B-LOC}, {@code O}…
 * in IOB1 (an {@code I-} after another type or {@code O} opens a name; {@code B-} only splits two adjacent names of
 * one type). The text is rebuilt by joining the tokens with spaces (none before closing punctuation, none after an
 * elided article such as "L'"), and cut into documents of about {@value #DOCUMENT_TOKENS} tokens at a sentence end,
 * since the corpora keep no article bounds; a comment line ({@code #…}) or a blank line also ends a document.
 * Tags other than PER, LOC and ORG (a stray {@code B-BER}, {@code MISC}) and lines without a tag read as outside;
 * punctuation glued to a name's first or last token (the ONB part's "Vczelius,") is left out of the name.
 */
public final class BioGold {

    /** The types these corpora annotate: a finder's MISC is not scored against them. */
    public static final Set<String> TYPES = Set.of("PER", "LOC", "ORG");
    static final int DOCUMENT_TOKENS = 300;
    private static final int MAX_DOCUMENT_TOKENS = 500;
    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ")", "]", "...", "…");
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?");

    private BioGold() {
    }

    /** Every {@code *.bio} file under {@code path} (in name order), or the file itself. */
    public static List<NameFinderEvaluation.GoldDocument> read(Path path) throws IOException {
        if (!Files.exists(path)) throw new IOException(path + ": no such file or folder");
        List<Path> files;
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".bio")).sorted().toList();
            }
            if (files.isEmpty()) throw new IOException(path + ": no .bio file in this folder");
        } else {
            files = List.of(path);
        }
        List<NameFinderEvaluation.GoldDocument> docs = new ArrayList<>();
        for (Path file : files) docs.addAll(readFile(file));
        return List.copyOf(docs);
    }

    /** The tag's type (PER, LOC, ORG) or null for outside; misspelt prefixes ("B_LOC", "B.PER", "I-PEr") are read. */
    static String type(String tag) {
        String t = tag.toUpperCase(Locale.ROOT);
        if (t.length() < 5 || "BI".indexOf(t.charAt(0)) < 0 || Character.isLetter(t.charAt(1))) return null;
        String type = t.substring(2);
        return TYPES.contains(type) ? type : null;
    }

    private static List<NameFinderEvaluation.GoldDocument> readFile(Path file) throws IOException {
        Builder doc = new Builder(file.getFileName().toString());
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNumber++;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    doc.end(lineNumber);
                    continue;
                }
                String[] fields = s.split("\\s+");
                String tag = fields.length > 1 ? fields[fields.length - 1] : "O";
                doc.add(fields[0], tag, lineNumber);
                if (doc.tokens >= DOCUMENT_TOKENS && SENTENCE_ENDS.contains(fields[0]) || doc.tokens >= MAX_DOCUMENT_TOKENS && doc.open == null) {
                    doc.end(lineNumber + 1);
                }
            }
            doc.end(lineNumber + 1);
        }
        return doc.done;
    }

    /** The document being rebuilt, and those finished. */
    private static final class Builder {
        final String file;
        final List<NameFinderEvaluation.GoldDocument> done = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<NameSpan> spans = new ArrayList<>();
        int tokens, firstLine = 1;
        String open; // the type of the name being read, or null
        int openStart, openEnd;
        boolean spaceNext;

        Builder(String file) {
            this.file = file;
        }

        void add(String token, String tag, int line) {
            if (tokens == 0) firstLine = line;
            String type = type(tag);
            boolean begins = type != null && (!type.equals(open) || Character.toUpperCase(tag.charAt(0)) == 'B');
            if (open != null && (type == null || begins)) close();
            if (text.length() > 0 && spaceNext && !NO_SPACE_BEFORE.contains(token)) text.append(' ');
            int start = text.length();
            text.append(token);
            spaceNext = !(token.endsWith("'") || token.endsWith("’") || token.equals("(") || token.equals("["));
            tokens++;
            if (begins) {
                open = type;
                openStart = start;
            }
            if (type != null) openEnd = text.length();
        }

        /** The name read, without the punctuation some corpora leave on tokens ("Vczelius,", Fraktur's "/"). */
        private void close() {
            int start = openStart, end = openEnd;
            while (start < end && !Character.isLetterOrDigit(text.charAt(start))) start++;
            while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) end--;
            if (start < end) spans.add(new NameSpan(text.substring(start, end), open, start, end));
            open = null;
        }

        void end(int nextLine) {
            if (open != null) close();
            if (tokens > 0) {
                String id = file + ":" + firstLine + "-" + (nextLine - 1);
                done.add(new NameFinderEvaluation.GoldDocument(id, "Europeana Newspapers NER corpora (CC0), " + id, text.toString(), spans));
            }
            text = new StringBuilder();
            spans = new ArrayList<>();
            tokens = 0;
            spaceNext = false;
        }
    }
}
