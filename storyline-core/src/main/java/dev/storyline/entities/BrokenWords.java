package dev.storyline.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names that OCR'd old papers write across a hyphenated line break ("la Cour de Cassa- tion", "Burk- hart": the
 * line's hyphen and break kept, the word's end in lower case) take the word's end, which the finder leaves out. In
 * German, an organisation after a first compound whose common end is left to it ("Handels- und Gewerbekammer",
 * "Spar- oder Darlehenskasse") takes that compound too: one body, named by both. Modern text rarely has either shape.
 */
final class BrokenWords {

    /** What follows a hyphen at a line break: a blank or two (a line end among them), then the word's lower-case end. */
    private static final Pattern WORD_END = Pattern.compile("[ \\u00a0]{0,2}\\n?[ \\u00a0]{0,2}(\\p{Ll}[\\p{L}\\p{M}]*)");
    /** Words in lower case after a hyphen that do not end a word but join two ("Nord- und Süddeutschland"). */
    private static final Set<String> COORDINATORS = Set.of("und", "u", "oder", "bzw", "sowie", "et", "ou", "and", "or",
            "y", "o", "e", "en");
    /** A German compound left open before "und"/"oder" right before an organisation: "Handels- und ". */
    private static final Pattern OPEN_COMPOUND = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}]+-[ \\u00a0]+(?:und|oder|u\\.)[ \\u00a0]+$");
    private static final int LOOK_BEHIND = 40;

    private BrokenWords() {
    }

    /** The names with their broken words joined, in text order. */
    static List<NameSpan> joined(List<NameSpan> names, String text, String language) {
        if (names.isEmpty()) return names;
        List<NameSpan> out = new ArrayList<>(names);
        for (int i = 0; i < out.size(); i++) {
            NameSpan n = out.get(i);
            NameSpan longer = withWordEnd(n, text, out);
            if (longer == null && "de".equals(language) && n.type().equals("ORG")) longer = withOpenCompound(n, text, out);
            if (longer != null) out.set(i, longer);
        }
        return List.copyOf(out);
    }

    /** "Cassa-" + " tion", "Burk" + "- hart": the name up to the end of its last word, or null. */
    private static NameSpan withWordEnd(NameSpan n, String text, List<NameSpan> all) {
        int e = n.end();
        int after;
        if (e < text.length() && text.charAt(e) == '-' && lettersBefore(text, e, n.start())) after = e + 1;
        else if (text.charAt(e - 1) == '-' && lettersBefore(text, e - 1, n.start())) after = e;
        else return null;
        if (after >= text.length() || !Character.isWhitespace(text.charAt(after))) return null;
        Matcher m = WORD_END.matcher(text).region(after, text.length());
        if (!m.lookingAt() || COORDINATORS.contains(m.group(1))) return null;
        int end = m.end(1);
        for (NameSpan o : all) if (o != n && o.start() >= e && o.start() < end) return null; // the next name starts there
        return new NameSpan(text.substring(n.start(), end), n.type(), n.start(), end);
    }

    /** "Handels- und " + "Gewerbekammer": the organisation from the open compound on, or null. */
    private static NameSpan withOpenCompound(NameSpan n, String text, List<NameSpan> all) {
        int from = Math.max(0, n.start() - LOOK_BEHIND);
        Matcher m = OPEN_COMPOUND.matcher(text.substring(from, n.start()));
        if (!m.find()) return null;
        int start = from + m.start();
        for (NameSpan o : all) if (o != n && o.end() > start && o.start() < n.start()) return null; // another name there
        return new NameSpan(text.substring(start, n.end()), n.type(), start, n.end());
    }

    /** Whether two letters end the name's text before {@code at}: a word, not an initial ("J.-"). */
    private static boolean lettersBefore(String text, int at, int start) {
        return at - 2 >= start && Character.isLetter(text.charAt(at - 1)) && Character.isLetter(text.charAt(at - 2));
    }
}
