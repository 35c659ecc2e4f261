package dev.storyline.events;

import dev.storyline.AnalyzedArticle;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the entity stage: runs of capitalised words ("Lindsay Lohan", "Betty Ford Center") taken as
 * names, each also giving its single words so that a later "Lohan" still matches. A sentence's first word counts
 * only when the text never writes it in lower case ("He", "After" do not; "Lohan" does). Hand-written because
 * it is a deliberately crude placeholder, to be replaced by {@link CanonicalEntities} when that stage lands.
 */
public final class CapitalisedNames implements NameSource {

    // Acronyms with dots (U.S.) or a word: letters, marks, digits, apostrophes and inner hyphens.
    private static final Pattern WORD = Pattern.compile("(?:\\p{Lu}\\.){2,}|\\p{L}[\\p{L}\\p{M}\\p{N}'’]*(?:-\\p{L}[\\p{L}\\p{M}\\p{N}'’]*)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final TermAnalyzer terms;

    public CapitalisedNames(TermAnalyzer terms) {
        this.terms = terms;
    }

    @Override
    public List<Name> names(AnalyzedArticle article) {
        String language = article.article().language();
        List<Name> names = new ArrayList<>();
        String title = article.article().title();
        if (title != null) collect(title, language, names);
        collect(article.article().text(), language, names);
        return names;
    }

    private void collect(String text, String language, List<Name> names) {
        Set<String> writtenLower = new HashSet<>();
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[]{m.start(), m.end()});
            String w = m.group();
            if (Character.isLowerCase(w.charAt(0))) writtenLower.add(w);
        }
        List<String> run = new ArrayList<>();
        int previousEnd = 0;
        for (int[] span : words) {
            String word = text.substring(span[0], span[1]);
            String gap = text.substring(previousEnd, span[0]);
            boolean sentenceStart = previousEnd == 0 || gap.chars().anyMatch(c -> c == '.' || c == '!' || c == '?' || c == '\n');
            boolean joinsRun = !run.isEmpty() && gap.isBlank() && gap.indexOf('\n') < 0;
            if (!joinsRun) flush(run, names, writtenLower);
            previousEnd = span[1];
            boolean capitalised = Character.isUpperCase(word.charAt(0));
            String lower = word.toLowerCase(Locale.ROOT);
            boolean name = capitalised && !terms.isStopWord(lower, language)
                    && !(sentenceStart && writtenLower.contains(lower));
            if (name) run.add(word);
            else flush(run, names, writtenLower);
        }
        flush(run, names, writtenLower);
    }

    /**
     * Emits the run as a name, less the words at its edges that the text also writes in lower case (headline
     * capitals: "Lohan Checks Into" gives "Lohan").
     */
    private static void flush(List<String> run, List<Name> names, Set<String> writtenLower) {
        while (!run.isEmpty() && writtenLower.contains(run.get(run.size() - 1).toLowerCase(Locale.ROOT))) run.remove(run.size() - 1);
        while (!run.isEmpty() && writtenLower.contains(run.get(0).toLowerCase(Locale.ROOT))) run.remove(0);
        if (run.isEmpty()) return;
        String surface = String.join(" ", run);
        names.add(new Name(key(surface), surface, false));
        if (run.size() > 1) {
            for (String word : run) {
                if (!writtenLower.contains(word.toLowerCase(Locale.ROOT))) names.add(new Name(key(word), word, false));
            }
        }
        run.clear();
    }

    /** Lowercased and accent-folded, so that "Zürich" and "Zurich" meet. */
    static String key(String surface) {
        return MARKS.matcher(Normalizer.normalize(surface, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
