package dev.storyline.alerts;

import dev.storyline.AnalyzedArticle;
import dev.storyline.StoredEvents;
import dev.storyline.entities.EntityMention;
import dev.storyline.extract.Article;
import dev.storyline.store.ArticleIdentity;
import dev.storyline.store.ArticleStore;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Small invented articles for the alert tests, with their entity mentions placed by searching the text. */
final class AlertFixtures {

    static final String TOKAYEV = "PER:kassym-jomart-tokayev";
    static final String CSTO = "ORG:csto";

    private AlertFixtures() {
    }

    /** @param names pairs of (name as written in the text, canonical key) */
    static AnalyzedArticle article(String id, String source, String language, String title, String text, String... names) {
        List<EntityMention> mentions = new ArrayList<>();
        for (int i = 0; i < names.length; i += 2) {
            int start = text.indexOf(names[i]);
            if (start < 0) throw new IllegalArgumentException(names[i] + " is not in " + id);
            mentions.add(new EntityMention(names[i], names[i + 1].substring(0, names[i + 1].indexOf(':')), start,
                    start + names[i].length(), names[i + 1]));
        }
        return new AnalyzedArticle(new Article(id, "https://" + source + "/" + id, source, title, "2022-01-13",
                List.of(), null, language, text), mentions, List.of());
    }

    static AnalyzedArticle tokayevFr(String id, String source) {
        return article(id, source, "fr", "Tokayev remercie l'OTSC " + id,
                "Le président Kassym-Jomart Tokayev a remercié l'OTSC pour l'envoi de troupes au Kazakhstan (" + id + ").",
                "Kassym-Jomart Tokayev", TOKAYEV, "OTSC", CSTO);
    }

    static AnalyzedArticle tokayevDe(String id, String source) {
        return article(id, source, "de", "Tokajew dankt der OVKS " + id,
                "Präsident Kassym-Schomart Tokajew dankte der OVKS für die Truppen in Kasachstan (" + id + ").",
                "Kassym-Schomart Tokajew", TOKAYEV, "OVKS", CSTO);
    }

    static AnalyzedArticle floods(String id) {
        return article(id, "wire", "en", "Floods in Lima " + id,
                "Heavy rain flooded the streets of Lima on Thursday, Peruvian officials said (" + id + ").",
                "Lima", "LOC:lima");
    }

    static String key(AnalyzedArticle a) {
        return ArticleIdentity.of(a.article()).key();
    }

    /** Stores and assigns the articles and commits both, as ingestion does (the listener is the caller's to call). */
    static void ingest(ArticleStore store, StoredEvents events, AnalyzedArticle... articles) throws IOException {
        for (AnalyzedArticle a : articles) {
            if (store.add(a) == ArticleStore.Added.ADDED) events.assign(key(a), store.lastSequence(), a);
        }
        store.commit();
        events.commit();
    }
}
