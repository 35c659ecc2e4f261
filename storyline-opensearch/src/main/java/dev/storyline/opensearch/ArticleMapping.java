package dev.storyline.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.extract.Article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * The articles index: the same fields as the embedded store, analysed the same way. Each article's text and title
 * go to a field of its language ({@code text_fr}…), analysed by OpenSearch's analyser of that language (the same
 * Lucene stemmer and stop words as the embedded store's), and, for those languages, also to {@code text_any}, which
 * every article has: language-neutral, so that names match across languages. OpenSearch's ICU plugin is not a
 * Maven artifact, so {@code _any} uses the standard tokenizer (Unicode word boundaries, UAX #29), lower case and
 * accent folding, where the embedded store uses ICU's tokenizer and folding: the same for Latin, Cyrillic, Greek and
 * Arabic scripts; Thai, Lao, Khmer and Burmese words are not split by dictionary.
 */
final class ArticleMapping {

    static final String ANY = "any";

    /** Languages with a stemmer, and OpenSearch's built-in analyser for each. */
    static final Map<String, String> ANALYSERS = new TreeMap<>(Map.of(
            "fr", "french", "en", "english", "de", "german", "es", "spanish", "it", "italian",
            "pt", "portuguese", "nl", "dutch", "ru", "russian", "tr", "turkish", "ar", "arabic"));

    static final List<String> SEARCH_FIELDS;

    static {
        List<String> fields = new ArrayList<>();
        for (String language : ANALYSERS.keySet()) {
            fields.add(textField(language));
            fields.add(titleField(language) + "^2");
        }
        fields.add(textField(null));
        fields.add(titleField(null) + "^2");
        SEARCH_FIELDS = List.copyOf(fields);
    }

    private ArticleMapping() {
    }

    static String textField(String language) {
        return "text_" + (language != null && ANALYSERS.containsKey(language) ? language : ANY);
    }

    static String titleField(String language) {
        return "title_" + (language != null && ANALYSERS.containsKey(language) ? language : ANY);
    }

    /** The article's text fields with their text, as the embedded store gives them (ArticleFields). */
    static void forEachTextField(Article a, BiConsumer<String, String> field) {
        String text = a.text() == null ? "" : a.text();
        String title = a.title() == null ? "" : a.title();
        field.accept(textField(a.language()), text);
        field.accept(titleField(a.language()), title);
        if (!textField(a.language()).equals(textField(null))) {
            field.accept(textField(null), text);
            field.accept(titleField(null), title);
        }
    }

    /** Settings and mappings of the articles index. */
    static ObjectNode definition(OpenSearchLocation location) {
        ObjectNode root = OpenSearchClient.JSON.createObjectNode();
        ObjectNode index = Indices.settings(root, location);
        ObjectNode analysis = index.putObject("analysis");
        ObjectNode neutral = analysis.putObject("analyzer").putObject("neutral");
        neutral.put("type", "custom");
        neutral.put("tokenizer", "standard");
        neutral.putArray("filter").add("lowercase").add("asciifolding");
        ObjectNode properties = root.putObject("mappings").put("dynamic", "strict").putObject("properties");
        for (String keyword : List.of("key", "content_key", "url_key", "language", "source", "entity")) {
            properties.putObject(keyword).put("type", "keyword");
        }
        properties.putObject("seq").put("type", "long");
        properties.putObject("published_day").put("type", "long");
        properties.putObject("ingested").put("type", "long").put("index", false);
        // The analysis as `storyline analyze` gives it: kept, never searched.
        properties.putObject("json").put("type", "keyword").put("index", false).put("doc_values", false);
        for (Map.Entry<String, String> language : ANALYSERS.entrySet()) {
            properties.putObject(textField(language.getKey())).put("type", "text").put("analyzer", language.getValue());
            properties.putObject(titleField(language.getKey())).put("type", "text").put("analyzer", language.getValue());
        }
        properties.putObject(textField(null)).put("type", "text").put("analyzer", "neutral");
        properties.putObject(titleField(null)).put("type", "text").put("analyzer", "neutral");
        return root;
    }

    static ArrayNode searchFields() {
        ArrayNode fields = OpenSearchClient.JSON.createArrayNode();
        SEARCH_FIELDS.forEach(fields::add);
        return fields;
    }
}
