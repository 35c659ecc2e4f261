package dev.storyline.web;

import dev.storyline.extract.Article;
import dev.storyline.store.StoredArticle;

/** What a list of articles shows of each: enough to recognise it and open it. */
record ArticleSummary(String key, String title, String source, String published, String language, String snippet) {

    private static final int SNIPPET_CHARS = 260;

    static ArticleSummary of(StoredArticle stored) {
        Article a = stored.analyzed().article();
        return new ArticleSummary(stored.key(), a.title(), a.source(), a.published(), a.language(), snippet(a.text()));
    }

    /** The start of the text, cut at a word boundary. */
    private static String snippet(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= SNIPPET_CHARS) return flat;
        int cut = flat.lastIndexOf(' ', SNIPPET_CHARS);
        return flat.substring(0, cut > SNIPPET_CHARS / 2 ? cut : SNIPPET_CHARS) + " …";
    }

    /** The title, or failing one the start of the text: a list entry needs something to click. */
    String heading() {
        if (title != null && !title.isBlank()) return title;
        if (snippet.isEmpty()) return key;
        if (snippet.length() <= 90) return snippet;
        int cut = snippet.lastIndexOf(' ', 90);
        return snippet.substring(0, cut > 40 ? cut : 90) + " …";
    }
}
