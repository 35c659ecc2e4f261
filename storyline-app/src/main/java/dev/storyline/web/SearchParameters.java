package dev.storyline.web;

import dev.storyline.store.SearchRequest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/** Query parameters ({@code q, language, source, entity, from, to, offset, limit}) as a {@link SearchRequest}. */
final class SearchParameters {

    static final int DEFAULT_LIMIT = 20;

    private SearchParameters() {
    }

    /** The request these parameters describe; an {@link ApiError} naming the parameter when one is malformed. */
    static SearchRequest parse(Function<String, String> parameter) {
        LocalDate from = day(parameter, "from");
        LocalDate to = day(parameter, "to");
        int offset = integer(parameter, "offset", 0);
        int limit = integer(parameter, "limit", DEFAULT_LIMIT);
        try {
            return new SearchRequest(blankToNull(parameter.apply("q")), blankToNull(parameter.apply("language")),
                    blankToNull(parameter.apply("source")), blankToNull(parameter.apply("entity")), from, to, offset, limit);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    private static LocalDate day(Function<String, String> parameter, String name) {
        String value = blankToNull(parameter.apply(name));
        if (value == null) return null;
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("'" + name + "' must be a day as YYYY-MM-DD, was '" + value + "'");
        }
    }

    private static int integer(Function<String, String> parameter, String name, int fallback) {
        String value = blankToNull(parameter.apply(name));
        if (value == null) return fallback;
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("'" + name + "' must be a whole number, was '" + value + "'");
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
