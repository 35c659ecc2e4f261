package dev.storyline.web;

import dev.storyline.AnalyzedArticle;
import dev.storyline.entities.EntityMention;
import dev.storyline.extract.Article;
import dev.storyline.time.TimeExpression;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AnnotatedTextTest {

    private static Element render(AnalyzedArticle article) {
        Element container = new Element(Tag.valueOf("div"), "");
        AnnotatedText.render(article, container);
        return container;
    }

    @Test
    void entitiesLinkToTheirPageAndDatesAreMarked() {
        Element html = render(Articles.french());
        Element tokayev = html.selectFirst("a.entity");
        assertEquals("Vladimir Poutine", tokayev.text());
        assertEquals("/entities/PER%3Avladimir-putin", tokayev.attr("href"));
        assertEquals(3, html.select("a.entity-per").size());
        assertEquals("jeudi", html.selectFirst("span.date").text());
        assertEquals("DATE 2022-01-13", html.selectFirst("span.date").attr("title"));
    }

    @Test
    void eachLineOfTheTextIsAParagraphAndNoTextIsLost() {
        AnalyzedArticle article = Articles.french();
        Element html = render(article);
        assertEquals(2, html.select("p").size());
        assertEquals(article.article().text().replace("\n", " "), html.text());
    }

    @Test
    void ofOverlappingMarksTheFirstAndLongestWins() {
        String text = "Le 2 janvier 2022, Paris.";
        Article a = new Article("x", null, null, null, null, List.of(), null, "fr", text);
        AnalyzedArticle article = new AnalyzedArticle(a,
                List.of(new EntityMention("janvier", "MISC", 5, 12, null)),
                List.of(new TimeExpression("2 janvier 2022", 3, 17, "DATE", "2022-01-02")));
        Element html = render(article);
        assertEquals(0, html.select(".entity").size());
        assertEquals("2 janvier 2022", html.selectFirst(".date").text());
        assertEquals(text, html.text());
    }

    @Test
    void marksWithOffsetsOutsideTheTextAreIgnored() {
        String text = "Court.";
        Article a = new Article("x", null, null, null, null, List.of(), null, "fr", text);
        AnalyzedArticle article = new AnalyzedArticle(a, List.of(new EntityMention("Court", "PER", 3, 40, "PER:x")), List.of());
        Element html = render(article);
        assertEquals(0, html.select(".entity").size());
        assertEquals(text, html.text());
    }
}
