package dev.storyline.store;

import dev.storyline.extract.Article;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * How an article's words are searchable, shared by the store's index and the alerts' one-article index, so that a
 * saved search matches a new article exactly when the desk's search would find it: which text fields an article
 * gets (its language's, and the language-neutral one), their analyzers, and how a query is parsed over them.
 */
public final class ArticleFields {

    private static final String[] SEARCH_FIELDS;
    private static final Map<String, Float> BOOSTS = new HashMap<>();

    static {
        List<String> fields = new ArrayList<>();
        for (String language : TextAnalyzers.STEMMED) {
            fields.add(TextAnalyzers.textField(language));
            fields.add(TextAnalyzers.titleField(language));
        }
        fields.add(TextAnalyzers.textField(null));
        fields.add(TextAnalyzers.titleField(null));
        SEARCH_FIELDS = fields.toArray(String[]::new);
        for (String f : SEARCH_FIELDS) BOOSTS.put(f, f.startsWith("title_") ? 2f : 1f);
    }

    private ArticleFields() {
    }

    /** The analyzer of every text field (picks each field's language by its suffix); thread-safe, reusable. */
    public static Analyzer analyzer() {
        return TextAnalyzers.perField();
    }

    /**
     * Gives each text field of the article with its text: the article's language's text and title fields, and,
     * for a stemmed language, also the language-neutral ones (so that names match across languages and scripts).
     */
    public static void forEachTextField(Article a, BiConsumer<String, String> field) {
        String text = a.text();
        String title = a.title() == null ? "" : a.title();
        field.accept(TextAnalyzers.textField(a.language()), text);
        field.accept(TextAnalyzers.titleField(a.language()), title);
        if (!TextAnalyzers.textField(a.language()).equals(TextAnalyzers.textField(null))) {
            field.accept(TextAnalyzers.textField(null), text);
            field.accept(TextAnalyzers.titleField(null), title);
        }
    }

    /**
     * The query over every language's fields, each analysed its own way, terms ANDed by default.
     *
     * @param analyzer {@link #analyzer()}, passed in so that callers parsing many queries build it once
     * @throws IllegalArgumentException "invalid query '…': " and the parser's reason
     */
    public static Query parse(String query, Analyzer analyzer) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(SEARCH_FIELDS, analyzer, BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(query);
        } catch (ParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid query '" + query + "': " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) return "cannot parse";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
