import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeMap;

import morfologik.fsa.FSA;

/**
 * Prints each word of LanguageTool's English speller dictionaries with its frequency class, for
 * tools/freedict-lexicon.py (--frequency) to order a word's English senses by how common they are.
 *
 * The dictionaries (en_US.dict, en_GB.dict, beside their .info) are Morfologik automata in
 * org.languagetool:english-pos-dict (LGPL-2.1); with fsa.dict.frequency-included=true each entry is
 * word + separator + one letter, 'A' the rarest class and 'Z' the most frequent. A word in several
 * dictionaries keeps its highest class. Output: word TAB class (0 = 'A'), sorted by word.
 *
 * Usage (morfologik-fsa 2.1.9 from the Maven cache; the jar's resources unpacked into /tmp/lt):
 *   java -cp ~/.m2/repository/org/carrot2/morfologik-fsa/2.1.9/morfologik-fsa-2.1.9.jar tools/EnglishFrequency.java \
 *       /tmp/lt/org/languagetool/resource/en/hunspell/en_US.dict /tmp/lt/org/languagetool/resource/en/hunspell/en_GB.dict \
 *       > /tmp/english-frequency.tsv
 */
public class EnglishFrequency {
    public static void main(String[] args) throws IOException {
        TreeMap<String, Integer> classes = new TreeMap<>();
        for (String arg : args) read(Path.of(arg), classes);
        StringBuilder out = new StringBuilder();
        classes.forEach((word, c) -> out.append(word).append('\t').append(c).append('\n'));
        System.out.print(out);
    }

    private static void read(Path dict, TreeMap<String, Integer> classes) throws IOException {
        Properties info = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(dict.toString().replaceFirst("\\.dict$", ".info")))) {
            info.load(in);
        }
        if (!Boolean.parseBoolean(info.getProperty("fsa.dict.frequency-included"))) {
            throw new IllegalArgumentException(dict + " carries no frequencies");
        }
        String separator = info.getProperty("fsa.dict.separator");
        try (InputStream in = Files.newInputStream(dict)) {
            for (ByteBuffer entry : FSA.read(in)) {
                String s = StandardCharsets.UTF_8.decode(entry).toString();
                int at = s.lastIndexOf(separator);
                if (at <= 0 || at != s.length() - 2) continue;
                int c = s.charAt(at + 1) - 'A';
                classes.merge(s.substring(0, at), c, Math::max);
            }
        }
    }
}
