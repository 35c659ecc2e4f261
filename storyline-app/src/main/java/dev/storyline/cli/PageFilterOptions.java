package dev.storyline.cli;

import dev.storyline.AnalyzedArticle;
import dev.storyline.ingest.PageFilter;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code --host} and {@code --language}, for the commands that read inputs ({@code ingest}, {@code analyze},
 * {@code cluster}); not {@code run}, whose {@code --host} is the address the server listens on.
 */
final class PageFilterOptions {

    @Option(names = "--host", paramLabel = "H",
            description = "Keep only pages whose URL's host is H or ends with .H (repeatable; a page without a URL is dropped).")
    List<String> hosts = new ArrayList<>();

    @Option(names = "--language", paramLabel = "L",
            description = "Keep only pages whose analysed language is L, an ISO 639-1 code (repeatable). A page that states "
                    + "another language (<html lang>, Content-Language, a record's language) is dropped before analysis.")
    List<String> languages = new ArrayList<>();

    private PageFilter filter;

    PageFilter filter() {
        if (filter == null) filter = PageFilter.of(hosts, languages);
        return filter;
    }

    /** Why an analysed article is dropped by {@code --language}, or null when it is kept. */
    String languageDropReason(AnalyzedArticle analyzed) {
        String language = analyzed.article().language();
        return filter().keepsLanguage(language) ? null
                : "analysed language " + (language == null ? "unknown" : language) + " not in --language";
    }
}
