package dev.storyline.extract;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import net.dankito.readability4j.Readability4J;

import java.util.function.BiFunction;

/**
 * Other main-text extractors, measured beside ours by the extraction evaluation and benchmark; each maps
 * (URL, HTML) to main text.
 */
public final class PeerExtractors {

    private PeerExtractors() {
    }

    /** Ours, main text only. */
    public static BiFunction<String, String, String> storyline() {
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        return (url, html) -> extractor.extract(url, url, html).text();
    }

    /** readability4j (Mozilla Readability ported to Kotlin), the article's text content. */
    public static BiFunction<String, String, String> readability4j() {
        return (url, html) -> {
            String text = new Readability4J(url, html).parse().getTextContent();
            return text == null ? "" : text;
        };
    }

    /** boilerpipe's ArticleExtractor (shallow text features). */
    public static BiFunction<String, String, String> boilerpipe() {
        return (url, html) -> {
            try {
                String text = de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE.getText(html);
                return text == null ? "" : text;
            } catch (BoilerpipeProcessingException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
