package dev.storyline.web;

import dev.storyline.AnalyzedArticle;
import dev.storyline.entities.EntityMention;
import dev.storyline.extract.Article;
import dev.storyline.time.TimeExpression;

import java.util.ArrayList;
import java.util.List;

/** Small analysed articles for the web tests, with mentions placed by searching the text (so offsets are right). */
final class Articles {

    static final String TOKAYEV = "PER:kassym-jomart-tokayev";

    private Articles() {
    }

    /** A French article naming Tokayev as "Kassym-Jomart Tokayev" and Putin, published 2022-01-13. */
    static AnalyzedArticle french() {
        String text = "Le président russe Vladimir Poutine a parlé jeudi avec Kassym-Jomart Tokayev.\n"
                + "Kassym-Jomart Tokayev a remercié Moscou.";
        Article a = new Article("fr-1", "https://example.org/fr-1", "Agence A", "Poutine et Tokayev", "2022-01-13",
                List.of("Elena Teslova"), "Moscou", "fr", text);
        return new AnalyzedArticle(a, List.of(
                mention(text, "Vladimir Poutine", "PER", "PER:vladimir-putin", 0),
                mention(text, "Kassym-Jomart Tokayev", "PER", TOKAYEV, 0),
                mention(text, "Kassym-Jomart Tokayev", "PER", TOKAYEV, 1),
                mention(text, "Moscou", "LOC", "LOC:moscow", 0)),
                List.of(date(text, "jeudi", "2022-01-13")));
    }

    /** An English article naming him "Kasim Jomart Tokayev", published 2022-01-15. */
    static AnalyzedArticle english() {
        String text = "Kazakh President Kasim Jomart Tokayev said the CSTO troops would leave Kazakhstan.";
        Article a = new Article("en-1", null, "Wire B", "Troops to leave Kazakhstan", "2022-01-15", List.of(), null, "en", text);
        return new AnalyzedArticle(a, List.of(
                mention(text, "Kasim Jomart Tokayev", "PER", TOKAYEV, 0),
                mention(text, "CSTO", "ORG", "ORG:csto", 0),
                mention(text, "Kazakhstan", "LOC", "LOC:KZ", 0)),
                List.of());
    }

    static EntityMention mention(String text, String name, String type, String canonical, int occurrence) {
        int start = -1;
        for (int i = 0; i <= occurrence; i++) start = text.indexOf(name, start + 1);
        if (start < 0) throw new IllegalArgumentException(name + " not in text");
        return new EntityMention(name, type, start, start + name.length(), canonical);
    }

    static TimeExpression date(String text, String expression, String value) {
        int start = text.indexOf(expression);
        return new TimeExpression(expression, start, start + expression.length(), "DATE", value);
    }

    static List<EntityMention> mentions(String text, String... nameTypeCanonical) {
        List<EntityMention> out = new ArrayList<>();
        for (int i = 0; i < nameTypeCanonical.length; i += 3) {
            out.add(mention(text, nameTypeCanonical[i], nameTypeCanonical[i + 1], nameTypeCanonical[i + 2], 0));
        }
        return out;
    }
}
