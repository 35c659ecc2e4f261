package dev.storyline.web;

import dev.storyline.entities.EntityMention;
import dev.storyline.entities.DisplayNames;
import dev.storyline.entities.EntityRegistry;
import dev.storyline.entities.ReferenceNames;
import dev.storyline.entities.RegisteredEntity;
import dev.storyline.extract.Article;
import dev.storyline.store.ArticleStore;
import dev.storyline.store.SearchRequest;
import dev.storyline.store.SearchResults;
import dev.storyline.store.StoredArticle;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds {@link EntityProfile}s: name, type and spellings from the entity registry (which counts every mention
 * ever resolved), articles, timeline and co-occurring entities from the mentions stored with the articles
 * (spellings too, for an entity the registry does not know). Bounded: a profile reads at most
 * {@code maxArticles} articles (the latest), so that an entity named in half the store still answers quickly.
 */
final class EntityProfiles {

    private static final int PAGE = 1000;
    private static final int LISTED_ARTICLES = 50;
    private static final int LISTED_COOCCURRING = 20;
    private static final int LISTED_QUOTES = 30;

    private static final int CACHED_PROFILES = 256;

    private final ArticleStore store;
    private final EntityRegistry registry;
    /** The reference lists naming an entity in a language it was never written in (null: CLDR's countries only). */
    private final ReferenceNames references;
    private final int maxArticles;
    // A profile computed at the same article count and from the same registered entity is current (the registry may
    // change without the store: one read-only follows the cluster's job, which writes entities after articles).
    private final Map<String, Cached> cache = java.util.Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > CACHED_PROFILES;
        }
    });

    private record Cached(long articleCount, Optional<RegisteredEntity> registered, Optional<EntityProfile> profile) {
    }

    EntityProfiles(ArticleStore store, EntityRegistry registry, int maxArticles) {
        this(store, registry, maxArticles, null);
    }

    EntityProfiles(ArticleStore store, EntityRegistry registry, int maxArticles, ReferenceNames references) {
        this.store = store;
        this.registry = registry;
        this.references = references;
        this.maxArticles = maxArticles;
    }

    /** The name to show for an entity: the registry's display name, else {@code fallback}. */
    String name(String canonical, String fallback) {
        return registry.get(canonical).map(RegisteredEntity::display).orElse(fallback);
    }

    /**
     * The name to show a reader of {@code readerLanguages} (most wanted first): the entity's most used spelling in the
     * first of them it was written in, else its reference or display name ({@link DisplayNames}), else {@code fallback}.
     */
    String name(String canonical, String fallback, List<String> readerLanguages) {
        Optional<RegisteredEntity> entity = registry.get(canonical);
        if (entity.isEmpty()) return fallback;
        for (String language : readerLanguages) {
            if (entity.get().variants().stream().anyMatch(v -> v.countIn(language) > 0)) {
                return DisplayNames.of(entity.get(), language, references);
            }
        }
        return readerLanguages.isEmpty() ? entity.get().display()
                : DisplayNames.of(entity.get(), readerLanguages.get(0), references);
    }

    /** Every key the entity with this key has or had (the key alone when the registry lacks it). */
    List<String> keysOf(String canonical) {
        return registry.keysOf(canonical);
    }

    /** The key an entity has now, given one it has or had (an alias); the key itself when the registry lacks it. */
    String currentKey(String canonical) {
        return registry.get(canonical).map(RegisteredEntity::canonical).orElse(canonical);
    }

    /** The entity's profile, under its current key, also for a key it had before (its stored mentions included). */
    Optional<EntityProfile> profile(String key) throws IOException {
        String canonical = currentKey(key);
        long count = store.count();
        Optional<RegisteredEntity> registered = registry.get(canonical);
        Cached cached = cache.get(canonical);
        if (cached != null && cached.articleCount() == count && cached.registered().equals(registered)) return cached.profile();
        Optional<EntityProfile> profile = compute(canonical);
        cache.put(canonical, new Cached(count, registered, profile));
        return profile;
    }

    private Optional<EntityProfile> compute(String canonical) throws IOException {
        Optional<RegisteredEntity> registered = registry.get(canonical);
        // Articles stored before the entity was re-keyed carry a former key.
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        keys.add(canonical);
        registered.ifPresent(e -> keys.addAll(e.aliases()));
        Map<String, StoredArticle> byKey = new LinkedHashMap<>();
        long total = 0;
        for (String key : keys) {
            int found = 0;
            long keyTotal = 0;
            for (int offset = 0; offset < maxArticles; offset += PAGE) {
                SearchResults page = store.search(new SearchRequest(null, null, null, key, null, null, offset,
                        Math.min(PAGE, maxArticles - offset)));
                for (StoredArticle hit : page.hits()) byKey.putIfAbsent(hit.key(), hit);
                found += page.hits().size();
                keyTotal = page.total();
                if (found >= keyTotal || page.hits().isEmpty()) break;
            }
            total += keyTotal;
        }
        List<StoredArticle> articles = new ArrayList<>(byKey.values());
        if (keys.size() > 1) {
            articles.sort(Comparator.comparing((StoredArticle a) -> a.analyzed().article().publishedDate(),
                    Comparator.nullsLast(Comparator.reverseOrder())));
            if (articles.size() > maxArticles) articles = new ArrayList<>(articles.subList(0, maxArticles));
        }
        if (articles.isEmpty() && registered.isEmpty()) return Optional.empty();

        Map<String, Integer> spellings = new HashMap<>();
        Map<String, TreeSet<String>> spellingLanguages = new HashMap<>();
        Map<String, Integer> types = new HashMap<>();
        Map<String, Integer> languages = new HashMap<>();
        TreeMap<LocalDate, Integer> timeline = new TreeMap<>();
        Map<String, Integer> cooccurring = new HashMap<>();
        Map<String, Map<String, Integer>> otherSpellings = new HashMap<>();
        long mentions = 0;
        for (StoredArticle stored : articles) {
            Article a = stored.analyzed().article();
            String language = a.language() == null ? "unknown" : a.language();
            java.util.Set<String> others = new java.util.HashSet<>();
            for (EntityMention m : stored.analyzed().entities()) {
                if (m.canonical() == null) continue;
                if (keys.contains(m.canonical())) {
                    mentions++;
                    spellings.merge(m.text(), 1, Integer::sum);
                    spellingLanguages.computeIfAbsent(m.text(), k -> new TreeSet<>()).add(language);
                    types.merge(m.type() == null ? "MISC" : m.type(), 1, Integer::sum);
                    languages.merge(language, 1, Integer::sum);
                    LocalDate day = a.publishedDate();
                    if (day != null) timeline.merge(day, 1, Integer::sum);
                } else {
                    String other = currentKey(m.canonical());
                    others.add(other);
                    otherSpellings.computeIfAbsent(other, k -> new HashMap<>()).merge(m.text(), 1, Integer::sum);
                }
            }
            for (String other : others) cooccurring.merge(other, 1, Integer::sum);
        }

        List<EntityProfile.Variant> variants = new ArrayList<>();
        spellings.entrySet().stream().sorted(byCountThenKey())
                .forEach(e -> variants.add(new EntityProfile.Variant(e.getKey(), e.getValue(),
                        List.copyOf(spellingLanguages.get(e.getKey())), null)));
        List<EntityProfile.Cooccurrence> together = cooccurring.entrySet().stream().sorted(byCountThenKey())
                .limit(LISTED_COOCCURRING)
                .map(e -> new EntityProfile.Cooccurrence(e.getKey(),
                        name(e.getKey(), mostFrequent(otherSpellings.get(e.getKey()), e.getKey())), e.getValue()))
                .toList();
        String name = variants.isEmpty() ? canonical : variants.get(0).text();
        String type = mostFrequent(types, "MISC");
        if (registered.isPresent()) {
            RegisteredEntity entity = registered.get();
            name = entity.display();
            type = entity.type();
            mentions = Math.max(mentions, entity.mentions());
            variants.clear();
            entity.variants().stream()
                    .sorted(Comparator.comparingLong(dev.storyline.entities.Variant::count).reversed()
                            .thenComparing(dev.storyline.entities.Variant::text))
                    .forEach(v -> variants.add(new EntityProfile.Variant(v.text(), v.count(), v.languages(), v.rule())));
        }
        return Optional.of(new EntityProfile(canonical, name, type, mentions, total,
                articles.size(), variants, sorted(languages), timeline, together,
                articles.stream().limit(LISTED_ARTICLES).map(ArticleSummary::of).toList(),
                QuoteSeen.of(articles, q -> keys.contains(q.speaker()), key -> name(key, key), LISTED_QUOTES),
                registered.map(this::namesByLanguage).orElseGet(() -> namesByLanguage(spellings, spellingLanguages))));
    }

    /** The entity's name in each language it was written in, and a listed person's in each language the list has. */
    private Map<String, String> namesByLanguage(RegisteredEntity entity) {
        Map<String, String> names = new TreeMap<>(references == null ? Map.of() : references.referenceNames(entity.canonical()));
        names.putAll(DisplayNames.all(entity));
        return names;
    }

    /** Without a registry entry: per language, the spelling the scanned articles used most in it. */
    private static Map<String, String> namesByLanguage(Map<String, Integer> spellings, Map<String, TreeSet<String>> languagesOf) {
        Map<String, String> out = new TreeMap<>();
        spellings.entrySet().stream().sorted(byCountThenKey())
                .forEach(e -> languagesOf.get(e.getKey()).forEach(l -> out.putIfAbsent(l, e.getKey())));
        return out;
    }

    private static Comparator<Map.Entry<String, Integer>> byCountThenKey() {
        return Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());
    }

    private static String mostFrequent(Map<String, Integer> counts, String fallback) {
        if (counts == null || counts.isEmpty()) return fallback;
        return counts.entrySet().stream().sorted(byCountThenKey()).findFirst().map(Map.Entry::getKey).orElse(fallback);
    }

    private static Map<String, Integer> sorted(Map<String, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(byCountThenKey()).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
