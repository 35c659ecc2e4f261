/**
 * The analyst's desk: the REST API ({@code /api/...}, described in {@code /api/openapi.json}) and the HTML UI
 * (search with facets, article, entity pages), served by {@link dev.storyline.web.StorylineServer} over one
 * article store, one pipeline and the entity registry; {@code storyline run} and {@code storyline serve} start it.
 *
 * <p>Safety by construction: pages are built as jsoup elements, and article content only ever enters through
 * {@code Element.text} and {@code Element.attr} (which escape); outside links are kept only when they are
 * http(s); every response carries a Content-Security-Policy without inline script or style. The UI has no
 * script at all: links and forms only, charts are SVG drawn on the server.
 */
package dev.storyline.web;
