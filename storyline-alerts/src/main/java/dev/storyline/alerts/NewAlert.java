package dev.storyline.alerts;

import dev.storyline.store.ArticleFields;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a user asks for when creating an alert (from the CLI, the API or a form), checked and turned into an
 * {@link Alert}: the query must parse (Lucene's message otherwise), the webhook must be an http(s) URL, addresses
 * must look like addresses. A webhook gets a fresh secret. Errors name the alert and the reason.
 */
public record NewAlert(String name, AlertKind kind, SavedSearch search, String entity, EntityMode entityMode,
                       String storyId, Frequency frequency, String webhook, List<String> email) {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");

    public NewAlert {
        email = email == null ? List.of() : List.copyOf(email);
    }

    /** @throws IllegalArgumentException "alert 'NAME': REASON" */
    public Alert create(Instant now) {
        String shown = name == null || name.isBlank() ? defaultName() : name.strip();
        try {
            if (kind == null) throw new IllegalArgumentException("say what it watches: a query, an entity, a story, or breaking stories");
            if (kind == AlertKind.SEARCH && search != null && search.query() != null) {
                ArticleFields.parse(search.query(), ArticleFields.analyzer());
            }
            URI hook = webhook == null || webhook.isBlank() ? null : webhook(webhook.strip());
            List<String> addresses = new ArrayList<>();
            for (String e : email) {
                for (String address : e.split("[,;\\s]+")) {
                    if (address.isBlank()) continue;
                    if (!ADDRESS.matcher(address).matches()) throw new IllegalArgumentException("'" + address + "' is not an email address");
                    addresses.add(address);
                }
            }
            Delivery delivery = new Delivery(frequency, hook, hook == null ? null : Alert.newSecret(), addresses);
            return new Alert(Alert.newId(), shown, kind, kind == AlertKind.SEARCH && search == null
                    ? new SavedSearch(null, null, null, null, null, null) : search,
                    entity, entityMode, storyId, delivery, now);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            throw new IllegalArgumentException(message.startsWith("alert '") ? message : "alert '" + shown + "': " + message, e);
        }
    }

    /** A name from the definition, for one-click alerts ("search: tokayev", "entity PER:x", "story s4"). */
    public String defaultName() {
        if (kind == null) return "alert";
        return switch (kind) {
            case SEARCH -> search == null ? "search" : "search: " + search.describe();
            case ENTITY -> "entity " + entity + (entityMode == EntityMode.NEW_LANGUAGE_OR_OUTLET ? " (new language or outlet)" : "");
            case STORY -> "story " + storyId;
            case BREAKING -> "breaking stories";
        };
    }

    private static URI webhook(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("the webhook must be an http or https URL, was '" + text + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the webhook is not a URL: " + e.getMessage());
        }
    }
}
