package dev.storyline;

import dev.storyline.entities.EmbeddedEntityRegistry;
import dev.storyline.entities.EntityMention;
import dev.storyline.entities.EntityResolver;
import dev.storyline.entities.NameFinder;
import dev.storyline.entities.NameForms;
import dev.storyline.entities.NerModels;
import dev.storyline.entities.ReferenceNames;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.ingest.Ingested;
import dev.storyline.ingest.RawPage;
import dev.storyline.language.LanguageIdentifier;
import dev.storyline.time.TimeTagger;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The name finder learns from a batch at fixed blocks of inputs, so what a page finds depends on its position in the
 * input and not on the number of threads. Italian pages: names come from capitalisation and the common words learnt
 * (a capitalised "Oggi" opening a sentence is left out of a name once "oggi" was seen in lower case), so no NER model
 * is loaded.
 */
class BatchAnalysisLearningTest {

    private static final String TEACHES_OGGI = "Piove anche oggi in tutta la città, dicono i giornali del mattino, "
            + "e il traffico resta difficile per chi va al lavoro.";
    private static final String OPENS_WITH_OGGI = "Oggi Giuseppe Verdurin ha parlato a lungo con i giornalisti della "
            + "situazione economica del paese e delle prossime elezioni regionali previste per la primavera.";

    private static Pipeline pipeline() {
        LocalDate day = LocalDate.of(2024, 1, 1);
        return new Pipeline(new ArticleExtractor(day), new LanguageIdentifier(), new NameFinder(new NerModels()),
                EntityResolver.create(ReferenceNames.load(new NameForms()), null, EmbeddedEntityRegistry.inMemory()),
                new TimeTagger(), day);
    }

    /** The page teaching "oggi" first, then pages opening with "Oggi", over three blocks. */
    private static List<Ingested> pages() {
        List<Ingested> pages = new ArrayList<>();
        for (int i = 0; i <= 2 * BatchAnalysis.LEARNING_BLOCK; i++) {
            pages.add(new RawPage("p" + i, "p" + i, null, null, "2024-01-01", null, RawPage.Kind.CLEAN_TEXT,
                    i == 0 ? TEACHES_OGGI : OPENS_WITH_OGGI));
        }
        return pages;
    }

    /** For each page, whether a name it found runs over the sentence's initial "Oggi". */
    private static List<Boolean> oggiInNames(int threads) {
        List<Boolean> out = new ArrayList<>();
        new BatchAnalysis(pipeline(), threads).run(pages().stream(), outcome -> {
            List<EntityMention> mentions = ((BatchAnalysis.Analyzed) outcome).result().entities();
            out.add(mentions.stream().anyMatch(m -> m.text().startsWith("Oggi")));
        });
        return out;
    }

    @Test
    void aPageSeesWhatTheBlocksBeforeItTaughtAndNothingOfItsOwnBlock() {
        List<Boolean> found = oggiInNames(4);
        for (int i = 1; i < found.size(); i++) {
            assertEquals(i < BatchAnalysis.LEARNING_BLOCK, found.get(i), "page " + i);
        }
    }

    @Test
    void pagesAnalysedOneByOneLearnInTheSameBlocksAsABatch() {
        Pipeline pipeline = pipeline();
        List<Boolean> oneByOne = new ArrayList<>();
        for (Ingested page : pages()) {
            oneByOne.add(pipeline.analyze((RawPage) page).entities().stream().anyMatch(m -> m.text().startsWith("Oggi")));
        }
        assertEquals(oggiInNames(4), oneByOne, "as a stream task hands its pages over, one at a time");
    }

    @Test
    void oneThreadAndFourFindTheSame() {
        assertEquals(oggiInNames(1), oggiInNames(4));
    }
}
