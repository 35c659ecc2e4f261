package dev.storyline.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storyline.AnalyzedArticle;
import dev.storyline.entities.EntityMention;
import dev.storyline.extract.Article;
import org.junit.jupiter.api.Assumptions;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Real news texts for the matching tests: the ECB+ dev documents (../shared/data/clustering/ecbplus, Cybulska and
 * Vossen 2014; topics 36–45 are not in the dev file), without running the NER pipeline: capitalised word runs stand
 * in for entities, and each document gets an outlet, a day and a language label (en mostly, some fr, de and none, so
 * that every kind of text field is exercised). Tests using them skip when ../shared is absent.
 */
final class EcbArticles {

    static final Path FILE = Path.of(System.getProperty("storyline.shared", "../shared"), "data/clustering/ecbplus/ecbplus-dev.jsonl.gz");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)*");
    private static final String[] OUTLETS = {"wire-a", "paper-b", "site-c", "tv-d", "radio-e"};
    private static final String[] LANGUAGES = {"en", "en", "en", "en", "fr", "de", null};

    private EcbArticles() {
    }

    static List<AnalyzedArticle> read(int limit) throws Exception {
        Assumptions.assumeTrue(Files.exists(FILE), "skipped: " + FILE + " is absent (the shared data sits beside the repository)");
        List<AnalyzedArticle> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(FILE)), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null && out.size() < limit; ) {
                JsonNode o = json.readTree(line);
                out.add(article(out.size(), o.path("id").asText(), o.path("text").asText()));
            }
        }
        return out;
    }

    private static AnalyzedArticle article(int n, String id, String text) {
        String title = text.lines().findFirst().orElse("");
        Article a = new Article(id, "https://example.org/" + id, OUTLETS[n % OUTLETS.length], title,
                LocalDate.of(2024, 1, 1).plusDays(n % 60).toString(), List.of(), null, LANGUAGES[n % LANGUAGES.length], text);
        List<EntityMention> entities = new ArrayList<>();
        for (Matcher m = NAME.matcher(text); m.find(); ) {
            entities.add(new EntityMention(m.group(), "MISC", m.start(), m.end(),
                    "MISC:" + m.group().toLowerCase(Locale.ROOT).replace(' ', '-')));
        }
        return new AnalyzedArticle(a, entities, List.of());
    }
}
