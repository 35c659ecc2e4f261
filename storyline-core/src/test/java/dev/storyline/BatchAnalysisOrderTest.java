package dev.storyline;

import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.entities.EntityRegistry;
import dev.storyline.entities.EntityResolver;
import dev.storyline.entities.NameFinder;
import dev.storyline.entities.NerModels;
import dev.storyline.entities.NameForms;
import dev.storyline.entities.Observation;
import dev.storyline.entities.ReferenceNames;
import dev.storyline.entities.RegisteredEntity;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.ingest.Ingested;
import dev.storyline.ingest.RawPage;
import dev.storyline.language.LanguageIdentifier;
import dev.storyline.time.TimeTagger;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Entities are tied to the registry in input order on the calling thread, whatever the number of analysis threads:
 * which entity a name joins depends on what the registry learnt before it, so the same input gives the same keys.
 * Italian pages: names come from capitalisation, so no NER model is loaded.
 */
class BatchAnalysisOrderTest {

    /** A registry that notes, for every mention it is told of, the spelling and the thread that told it. */
    private static final class Recording implements EntityRegistry {
        final EntityRegistry inner = EmbeddedEntityRegistry.inMemory();
        final List<String> spellings = Collections.synchronizedList(new ArrayList<>());
        final Set<Thread> threads = Collections.synchronizedSet(new java.util.HashSet<>());

        @Override public Optional<RegisteredEntity> get(String canonical) { return inner.get(canonical); }
        @Override public Set<String> lookup(String lookupKey) { return inner.lookup(lookupKey); }
        @Override public List<RegisteredEntity> entities() { return inner.entities(); }
        @Override public RegisteredEntity rekey(String from, String to) { return inner.rekey(from, to); }
        @Override public void flush() throws IOException { inner.flush(); }
        @Override public RegisteredEntity observe(Observation o) {
            spellings.add(o.text());
            threads.add(Thread.currentThread());
            return inner.observe(o);
        }
    }

    @Test
    void entitiesAreResolvedInInputOrderOnTheCallingThread() {
        Recording registry = new Recording();
        NameForms forms = new NameForms();
        Pipeline pipeline = new Pipeline(new ArticleExtractor(LocalDate.of(2024, 1, 1)), new LanguageIdentifier(),
                new NameFinder(new NerModels()), EntityResolver.create(ReferenceNames.load(forms), null, registry),
                new TimeTagger(), LocalDate.of(2024, 1, 1));
        List<Ingested> pages = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String name = "Giuseppe Verdurin" + (char) ('a' + i);
            pages.add(new RawPage("p" + i, "p" + i, null, null, "2024-01-01", null, RawPage.Kind.CLEAN_TEXT,
                    "Ieri a Roma il ministro " + name + " ha parlato a lungo con i giornalisti della situazione economica "
                            + "del paese e delle prossime elezioni regionali previste per la primavera."));
            expected.add(name);
        }
        new BatchAnalysis(pipeline, 4).run(pages.stream(), outcome -> { });
        assertEquals(Set.of(Thread.currentThread()), registry.threads);
        assertEquals(expected, registry.spellings.stream().filter(s -> s.startsWith("Giuseppe")).toList());
    }
}
