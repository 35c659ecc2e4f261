package dev.storyline.quotes;

import dev.storyline.entities.EntityMention;
import dev.storyline.entities.ReferenceNames;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Institutions that speak under a description ("la présidence russe", "the French foreign ministry", "das russische
 * Außenministerium", "el Gobierno español"): the kind of institution from its noun ({@code institutions.tsv}), the
 * country from a nationality adjective or a country name beside it (the entity stage's reference names), and the
 * entity it is when the news names it by its seat ({@code institution-seats.tsv}: the Russian presidency is the
 * Kremlin). The entity's key is the one the article's own mentions give it, else the reference names'. Immutable and
 * thread-safe.
 */
public final class Institutions {

    /** A described institution: its kind, and its country's ISO code when one is named (else null). */
    record Described(String kind, String country) {
    }

    private static final Pattern LETTERS = Pattern.compile("[\\p{L}\\p{M}'’-]+");

    private final ReferenceNames references;
    /** Noun (lower case) to kind, the longest nouns first so that "ministère des affaires étrangères" wins. */
    private final Map<Pattern, String> nouns;
    /** "RU presidency" to the seat's key ("kremlin"). */
    private final Map<String, String> seats;

    private Institutions(ReferenceNames references, Map<Pattern, String> nouns, Map<String, String> seats) {
        this.references = references;
        this.nouns = nouns;
        this.seats = seats;
    }

    /** The shipped tables, with the reference names that know countries, nationality adjectives and seats. */
    public static Institutions load(ReferenceNames references) {
        List<String[]> kinds = rows("institutions.tsv");
        List<String[]> nounRows = new ArrayList<>();
        for (String[] row : kinds) for (String noun : row[1].split("\\|")) nounRows.add(new String[]{noun.strip(), row[0]});
        nounRows.sort((a, b) -> Integer.compare(b[0].length(), a[0].length()));
        Map<Pattern, String> nouns = new LinkedHashMap<>();
        for (String[] n : nounRows) {
            nouns.put(Pattern.compile("(?<![\\p{L}])" + Pattern.quote(n[0]) + "(?![\\p{L}])", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE), n[1]);
        }
        Map<String, String> seats = new HashMap<>();
        for (String[] row : rows("institution-seats.tsv")) {
            if (row.length < 3) throw new IllegalStateException("institution-seats.tsv: a row needs country, kind and seat: " + String.join("\t", row));
            seats.put(row[0].toUpperCase(Locale.ROOT) + " " + row[1], row[2]);
        }
        return new Institutions(references, nouns, seats);
    }

    /** The institution a speaker's words describe, if they name one ("la présidence russe" → presidency, RU). */
    Optional<Described> describe(String words) {
        for (Map.Entry<Pattern, String> noun : nouns.entrySet()) {
            var m = noun.getKey().matcher(words);
            if (!m.find()) continue;
            String rest = words.substring(0, m.start()) + " " + words.substring(m.end());
            return Optional.of(new Described(noun.getValue(), country(rest)));
        }
        return Optional.empty();
    }

    /**
     * The entity a described institution is: the seat's mention in the article when there is one (its key as the
     * entity stage gave it), else the reference names' key for the seat; empty when no seat is known for it.
     */
    Optional<String> entity(Described institution, List<EntityMention> mentions) {
        if (institution.country() == null) return Optional.empty();
        String seat = seats.get(institution.country() + " " + institution.kind());
        if (seat == null) return Optional.empty();
        for (EntityMention m : mentions) {
            if (m.canonical() != null && untyped(m.canonical()).equals(seat)) return Optional.of(m.canonical());
        }
        return references.find("ORG", seat).map(ReferenceNames.Known::canonical);
    }

    /** The country a nationality adjective or a country name among the words names ("russe", "French", "Spain"). */
    private String country(String words) {
        var m = LETTERS.matcher(words);
        while (m.find()) {
            String word = m.group();
            if (word.length() < 4) continue;
            Optional<ReferenceNames.Known> known = references.find("MISC", word);
            if (known.isPresent() && known.get().canonical().matches("LOC:[A-Z]{2}")) return known.get().canonical().substring(4);
        }
        return null;
    }

    private static String untyped(String canonical) {
        int colon = canonical.indexOf(':');
        return (colon < 0 ? canonical : canonical.substring(colon + 1)).toLowerCase(Locale.ROOT);
    }

    private static List<String[]> rows(String file) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Institutions.class.getResourceAsStream(file)) {
            if (in == null) throw new IllegalStateException("the quotes stage ships " + file);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] row = line.split("\t");
                if (row.length < 2) throw new IllegalStateException(file + ": a row needs tab-separated fields: " + line);
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": unreadable", e);
        }
        return rows;
    }
}
