package dev.storyline.extract;

import dev.storyline.ingest.RawPage;

import java.time.LocalDate;

/**
 * The extraction stage: a raw page in, a clean article out. Picks the extractor for the page's kind and lets
 * what the input already stated (a JSONL record's or a feed item's title, date, source, URL, authors) win over what was guessed.
 */
public final class ArticleExtractor {

    private final HtmlArticleExtractor html;
    private final ScrapedTextExtractor scraped;

    /** @param today the day dates without a year are resolved against ("7 janvier" is never in the future) */
    public ArticleExtractor(LocalDate today) {
        this.html = new HtmlArticleExtractor();
        this.scraped = new ScrapedTextExtractor(today);
    }

    public Article extract(RawPage page) {
        Article found = switch (page.kind()) {
            case HTML -> html.extract(page.id(), page.url(), page.content());
            case SCRAPED_TEXT -> scraped.extract(page.id(), page.url(), page.content());
            case CLEAN_TEXT -> new Article(page.id(), page.url(), null, null, null, null, null, null,
                    page.content());
        };
        return new Article(page.id(),
                first(page.url(), found.url()),
                first(page.source(), found.source()),
                first(page.title(), found.title()),
                first(PublicationDates.normalise(page.published()), found.published()),
                page.authors().isEmpty() ? found.authors() : page.authors(),
                found.dateline(),
                first(page.language(), found.language()),
                found.text());
    }

    private static String first(String stated, String found) {
        return stated != null && !stated.isBlank() ? stated.strip() : found;
    }
}
