package dev.storyline.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Main text and metadata of a page scraped as plain text, line by line. */
public final class ScrapedTextExtractor {

    private final LocalDate today;

    public ScrapedTextExtractor(LocalDate today) {
        this.today = today;
    }

    public Article extract(String id, String url, String raw) {
        String text = raw.lines().map(String::strip).filter(l -> l.split("\\s+").length >= 12)
                .collect(Collectors.joining("\n"));
        return new Article(id, url, null, null, null, List.of(), null, null, text);
    }

    LocalDate today() {
        return today;
    }
}
