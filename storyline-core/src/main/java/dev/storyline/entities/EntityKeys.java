package dev.storyline.entities;

import java.util.Comparator;

/**
 * The key of an entity the resolver minted from a spelling ({@code PER:kassym-jomart-tokayev}) follows the spelling
 * the entity is most written as, not the one that came first, so that the same articles in another order give the
 * same keys. The registry re-keys an entity when that spelling changes and keeps its former keys as aliases.
 */
final class EntityKeys {

    private EntityKeys() {
    }

    /**
     * The spelling a minted key follows: the most used of those with more than one word when there is one (a surname or
     * an acronym alone says less: "Tokayev", "OCI"), else the most used; ties go to the longer, then to the
     * alphabetically first.
     */
    static Variant keySpelling(RegisteredEntity entity) {
        boolean fullNames = entity.variants().stream().anyMatch(EntityKeys::severalWords);
        Comparator<Variant> better = Comparator.comparingLong(Variant::count)
                .thenComparingInt(v -> v.text().length())
                .thenComparing(Variant::text, Comparator.reverseOrder());
        Variant best = null;
        for (Variant v : entity.variants()) {
            if (fullNames && !severalWords(v)) continue;
            if (best == null || better.compare(v, best) > 0) best = v;
        }
        return best;
    }

    /** The key the entity should have, from its key spelling; null when that spelling gives no key. */
    static String wanted(RegisteredEntity entity, NameForms forms) {
        Variant spelling = keySpelling(entity);
        String slug = spelling == null ? "" : forms.slug(spelling.text());
        return slug.isEmpty() ? null : entity.type() + ":" + slug;
    }

    /**
     * Whether the entity's key was minted from one of its spellings ({@code TYPE:slug}, or {@code TYPE:slug-n} when
     * the slug was taken), rather than given by a reference list or a merge rule (those keys never move).
     */
    static boolean minted(RegisteredEntity entity, NameForms forms) {
        String key = entity.canonical();
        String prefix = entity.type() + ":";
        if (!key.startsWith(prefix)) return false;
        String rest = key.substring(prefix.length());
        for (Variant v : entity.variants()) {
            String slug = forms.slug(v.text());
            if (slug.isEmpty()) continue;
            if (rest.equals(slug)) return true;
            if (rest.startsWith(slug + "-") && rest.substring(slug.length() + 1).chars().allMatch(Character::isDigit)) return true;
        }
        return false;
    }

    private static boolean severalWords(Variant v) {
        return v.form().indexOf(' ') > 0;
    }
}
