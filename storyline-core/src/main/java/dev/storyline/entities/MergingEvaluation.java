package dev.storyline.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How well the resolver merges the mentions of one real entity, across spellings, articles and languages, without
 * merging different ones. The gold lists, per document, its names with the real entity each denotes; every
 * occurrence of a listed name in the text is a mention (longer names first). The documents are resolved in file
 * order into a fresh registry (the names come from the gold, so this measures the resolver alone), then over every
 * pair of mentions, except two of the same spelling in one document:
 * <ul>
 *   <li><b>joined</b>: of the pairs that denote one entity, the share that got one key;</li>
 *   <li><b>pure</b>: of the pairs that got one key, the share that denote one entity.</li>
 * </ul>
 * The same is done in reverse order and in three shuffled orders, to tell whether the keys depend on the order.
 */
public final class MergingEvaluation {

    static final String BUNDLED_GOLD = "/dev/storyline/entities/merging-gold.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One gold name of a document. */
    public record GoldName(String type, String text, String entity) {
    }

    /** One gold document. */
    public record GoldDocument(String id, String language, LocalDate date, String text, List<GoldName> names) {
    }

    /** A mention as resolved: its document, spelling, real entity and key. */
    public record Resolved(String document, String text, String entity, String key) {
    }

    /** The two ratios, with their counts. */
    public record Ratios(long sameEntityPairs, long sameEntityJoined, long sameKeyPairs, long sameKeyPure) {
        public double joined() {
            return sameEntityPairs == 0 ? 0 : (double) sameEntityJoined / sameEntityPairs;
        }

        public double pure() {
            return sameKeyPairs == 0 ? 1 : (double) sameKeyPure / sameKeyPairs;
        }
    }

    /** The result in file order, and whether other orders gave the same keys. */
    public record Result(List<Resolved> mentions, Ratios ratios, int orders, int ordersWithSameKeys,
                         int ordersWithSameGroups) {
        /** Real entities split over several keys, and keys shared by several real entities, one a line. */
        public String errors() {
            Map<String, java.util.Set<String>> keysOf = new java.util.TreeMap<>();
            Map<String, java.util.Set<String>> entitiesOf = new java.util.TreeMap<>();
            for (Resolved r : mentions) {
                keysOf.computeIfAbsent(r.entity(), k -> new java.util.TreeSet<>()).add(r.key() + " (" + r.text() + ")");
                entitiesOf.computeIfAbsent(r.key(), k -> new java.util.TreeSet<>()).add(r.entity());
            }
            StringBuilder out = new StringBuilder();
            keysOf.forEach((entity, keys) -> {
                if (keys.stream().map(k -> k.substring(0, k.indexOf(' '))).distinct().count() > 1) {
                    out.append("split  ").append(entity).append(": ").append(String.join(", ", keys)).append('\n');
                }
            });
            entitiesOf.forEach((key, entities) -> {
                if (entities.size() > 1) out.append("joined ").append(key).append(": ").append(entities).append('\n');
            });
            return out.toString();
        }

        public String table() {
            return String.format(Locale.ROOT, """
                            documents' mentions: %d
                            same-entity pairs sharing a key (joined): %.3f (%d of %d)
                            key-sharing pairs that are one entity (pure): %.3f (%d of %d)
                            other orders (reverse, 3 shuffles) giving the same groups: %d of %d, the same keys: %d of %d""",
                    mentions.size(), ratios.joined(), ratios.sameEntityJoined(), ratios.sameEntityPairs(),
                    ratios.pure(), ratios.sameKeyPure(), ratios.sameKeyPairs(),
                    ordersWithSameGroups, orders, ordersWithSameKeys, orders);
        }
    }

    private MergingEvaluation() {
    }

    /** The bundled gold (a test resource; from the CLI, read from the source tree beside the classes). */
    public static List<GoldDocument> bundledGold() throws IOException {
        try (InputStream in = MergingEvaluation.class.getResourceAsStream(BUNDLED_GOLD)) {
            if (in != null) return readGold(in);
        }
        try {
            java.nio.file.Path classes = java.nio.file.Path.of(MergingEvaluation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            java.nio.file.Path source = classes.resolve("../../src/test/resources" + BUNDLED_GOLD).normalize();
            try (InputStream in = java.nio.file.Files.newInputStream(source)) {
                return readGold(in);
            }
        } catch (java.net.URISyntaxException | java.nio.file.NoSuchFileException | RuntimeException e) {
            throw new IOException("bundled merging gold not found (" + BUNDLED_GOLD + "): give its path", e);
        }
    }

    /** Reads gold JSON Lines: {@code id, language, date, text, names: [{type, text, entity}]}; a bad line is named. */
    public static List<GoldDocument> readGold(InputStream in) throws IOException {
        List<GoldDocument> docs = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNumber = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            lineNumber++;
            if (line.isBlank()) continue;
            try {
                JsonNode d = JSON.readTree(line);
                List<GoldName> names = new ArrayList<>();
                for (JsonNode n : d.path("names")) {
                    GoldName name = new GoldName(n.path("type").asText(), n.path("text").asText(), n.path("entity").asText());
                    if (name.text().isEmpty() || name.entity().isEmpty() || !d.path("text").asText().contains(name.text())) {
                        throw new IllegalArgumentException("name '" + name.text() + "' is empty, has no entity or is not in the text");
                    }
                    names.add(name);
                }
                docs.add(new GoldDocument(d.path("id").asText(), d.path("language").asText(),
                        LocalDate.parse(d.path("date").asText()), d.path("text").asText(), names));
            } catch (RuntimeException | IOException e) {
                throw new IOException("merging gold line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        return docs;
    }

    /** Resolves the gold in file order with a fresh resolver from {@code resolvers}, then in other orders. */
    public static Result evaluate(List<GoldDocument> gold, java.util.function.Supplier<EntityResolver> resolvers) {
        List<Resolved> mentions = resolveAll(gold, resolvers.get());
        List<List<GoldDocument>> orders = new ArrayList<>();
        List<GoldDocument> reversed = new ArrayList<>(gold);
        Collections.reverse(reversed);
        orders.add(reversed);
        for (long seed = 1; seed <= 3; seed++) {
            List<GoldDocument> shuffled = new ArrayList<>(gold);
            Collections.shuffle(shuffled, new Random(seed));
            orders.add(shuffled);
        }
        int sameKeys = 0, sameGroups = 0;
        Map<String, String> keysInFileOrder = keysByMention(mentions);
        for (List<GoldDocument> order : orders) {
            Map<String, String> keys = keysByMention(resolveAll(order, resolvers.get()));
            if (keys.equals(keysInFileOrder)) sameKeys++;
            if (groups(keys).equals(groups(keysInFileOrder))) sameGroups++;
        }
        return new Result(mentions, ratios(mentions), orders.size(), sameKeys, sameGroups);
    }

    static Ratios ratios(List<Resolved> mentions) {
        long sameEntity = 0, joined = 0, sameKey = 0, pure = 0;
        for (int i = 0; i < mentions.size(); i++) {
            Resolved a = mentions.get(i);
            for (int j = i + 1; j < mentions.size(); j++) {
                Resolved b = mentions.get(j);
                if (a.document().equals(b.document()) && a.text().equals(b.text())) continue;
                boolean oneEntity = a.entity().equals(b.entity());
                boolean oneKey = a.key().equals(b.key());
                if (oneEntity) sameEntity++;
                if (oneEntity && oneKey) joined++;
                if (oneKey) sameKey++;
                if (oneKey && oneEntity) pure++;
            }
        }
        return new Ratios(sameEntity, joined, sameKey, pure);
    }

    private static List<Resolved> resolveAll(List<GoldDocument> docs, EntityResolver resolver) {
        List<Resolved> out = new ArrayList<>();
        for (GoldDocument doc : docs) {
            List<NameSpan> spans = new ArrayList<>();
            List<String> entities = new ArrayList<>();
            occurrences(doc, spans, entities);
            List<EntityMention> resolved = resolver.resolve(spans, doc.text(), doc.language(), doc.date());
            for (int i = 0; i < resolved.size(); i++) {
                out.add(new Resolved(doc.id(), resolved.get(i).text(), entities.get(i), resolved.get(i).canonical()));
            }
        }
        // Keys as the registry has them at the end: one given before its entity was re-keyed is an alias since.
        out.replaceAll(r -> new Resolved(r.document(), r.text(), r.entity(), resolver.currentKey(r.key())));
        out.sort(Comparator.comparing(Resolved::document).thenComparing(Resolved::text));
        return out;
    }

    /** Every occurrence of a gold name (longer names first, none overlapping) into the two lists, in text order. */
    private static void occurrences(GoldDocument doc, List<NameSpan> spans, List<String> entities) {
        List<GoldName> byLength = new ArrayList<>(doc.names());
        byLength.sort(Comparator.comparingInt((GoldName n) -> n.text().length()).reversed());
        boolean[] taken = new boolean[doc.text().length()];
        List<Object[]> found = new ArrayList<>();
        for (GoldName name : byLength) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name.text()) + "(?![\\p{L}\\p{N}])").matcher(doc.text());
            while (m.find()) {
                boolean free = true;
                for (int c = m.start(); c < m.end(); c++) free &= !taken[c];
                if (!free) continue;
                for (int c = m.start(); c < m.end(); c++) taken[c] = true;
                found.add(new Object[]{new NameSpan(name.text(), name.type(), m.start(), m.end()), name.entity()});
            }
        }
        found.sort(Comparator.comparingInt(o -> ((NameSpan) o[0]).start()));
        for (Object[] o : found) {
            spans.add((NameSpan) o[0]);
            entities.add((String) o[1]);
        }
    }

    /** Mention (document, position in the document's list, spelling) → key. */
    private static Map<String, String> keysByMention(List<Resolved> mentions) {
        Map<String, String> keys = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Resolved r : mentions) {
            String id = r.document() + "\t" + r.text();
            int n = seen.merge(id, 1, Integer::sum);
            keys.put(id + "\t" + n, r.key());
        }
        return keys;
    }

    /** The partition of mentions the keys make, whatever the keys' names. */
    private static java.util.Set<java.util.Set<String>> groups(Map<String, String> keys) {
        Map<String, java.util.Set<String>> byKey = new HashMap<>();
        keys.forEach((mention, key) -> byKey.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(mention));
        return new java.util.HashSet<>(byKey.values());
    }
}
