package dev.storyline.cluster;

import dev.storyline.AnalyzedArticle;
import dev.storyline.Pipeline;
import dev.storyline.entities.EntityMention;
import dev.storyline.events.TermAnalyzer;
import dev.storyline.ingest.RawPage;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Run by {@link JobJarIT} in a JVM whose classpath is the job jar (and this class): the whole analysis, models
 * included, on one short article per language the NER models cover, then the events' stemmers. Prints one line per
 * article: {@code language<TAB>the names found<TAB>stems}. Written by hand for the test, not taken from a corpus.
 */
public final class JobJarAnalysis {

    static final Map<String, String> TEXTS = Map.of(
            "fr", "Emmanuel Macron a reçu mardi à Paris le chancelier allemand Olaf Scholz pour parler de l'Ukraine.",
            "en", "Joe Biden met Rishi Sunak in London on Tuesday to discuss the war in Ukraine.",
            "de", "Bundeskanzler Olaf Scholz traf am Dienstag in Berlin den französischen Präsidenten Emmanuel Macron.",
            "es", "Pedro Sánchez se reunió el martes en Madrid con el presidente francés Emmanuel Macron.",
            "ru", "Владимир Путин встретился во вторник в Москве с президентом Казахстана Касым-Жомартом Токаевым.");

    public static void main(String[] args) {
        Pipeline pipeline = Pipeline.standard(LocalDate.of(2024, 1, 1));
        TermAnalyzer terms = new TermAnalyzer();
        for (String language : new String[]{"fr", "en", "de", "es", "ru"}) {
            String text = TEXTS.get(language);
            AnalyzedArticle analyzed = pipeline.analyze(new RawPage(language, "jar:" + language, null, null, null, null,
                    RawPage.Kind.CLEAN_TEXT, text));
            String names = analyzed.entities().stream().map(EntityMention::text).collect(Collectors.joining("|"));
            System.out.println(analyzed.article().language() + "\t" + names + "\t"
                    + String.join("|", terms.stems(text, analyzed.article().language()).keySet()));
        }
    }
}
