package dev.storyline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words looked for inside lower-cased class and id names ("relatedPosts", "post-comments"). A plain substring scan:
 * on every element of every page, {@code String.indexOf} over a few dozen words is several times faster than one
 * regular expression with as many alternatives. A word written {@code "read-?more"} also matches "read_more" and
 * "readmore"; a word written {@code "comment!ar"} does not match where "ar" follows ("commentary").
 */
final class NameWords {

    private final String[] words;
    private final String[] unlessFollowedBy;

    NameWords(String... spec) {
        List<String> w = new ArrayList<>();
        List<String> u = new ArrayList<>();
        for (String s : spec) {
            String word = s, unless = null;
            int bang = s.indexOf('!');
            if (bang > 0) {
                word = s.substring(0, bang);
                unless = s.substring(bang + 1);
            }
            for (String variant : variants(word.toLowerCase(Locale.ROOT))) {
                w.add(variant);
                u.add(unless);
            }
        }
        this.words = w.toArray(String[]::new);
        this.unlessFollowedBy = u.toArray(String[]::new);
    }

    private static List<String> variants(String word) {
        int i = word.indexOf("-?");
        if (i < 0) return List.of(word);
        List<String> out = new ArrayList<>();
        for (String rest : variants(word.substring(i + 2))) {
            for (String joint : new String[]{"-", "_", ""}) out.add(word.substring(0, i) + joint + rest);
        }
        return out;
    }

    /** Whether {@code names} (already lower-cased) holds one of the words. */
    boolean foundIn(String names) {
        for (int k = 0; k < words.length; k++) {
            String word = words[k];
            int from = 0;
            while (true) {
                int at = names.indexOf(word, from);
                if (at < 0) break;
                String unless = unlessFollowedBy[k];
                if (unless == null || !names.startsWith(unless, at + word.length())) return true;
                from = at + 1;
            }
        }
        return false;
    }

    /** Whether a whole class name or id equals one of {@code exact}, starts with one of {@code prefixes} or ends with one of {@code suffixes}. */
    static boolean isNamed(String name, Set<String> exact, List<String> prefixes, List<String> suffixes) {
        String n = name.toLowerCase(Locale.ROOT);
        if (exact.contains(n)) return true;
        for (String p : prefixes) if (n.startsWith(p)) return true;
        for (String s : suffixes) if (n.endsWith(s)) return true;
        return false;
    }
}
