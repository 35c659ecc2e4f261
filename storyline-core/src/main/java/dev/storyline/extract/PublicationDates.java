package dev.storyline.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as found in metadata, normalised to ISO-8601 ("2022-01-13" or a date-time with offset). */
public final class PublicationDates {

    private static final Pattern LEADING_ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");

    private PublicationDates() {
    }

    /**
     * The ISO form of a machine-written date ({@code 2022-01-13}, {@code 2022-01-13T10:00:00+03:00},
     * RFC 1123), or null when it is not one.
     */
    public static String normalise(String value) {
        if (value == null) return null;
        String v = value.strip();
        if (v.isEmpty()) return null;
        try {
            return OffsetDateTime.parse(v).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime()
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            // A local date-time says nothing of its zone: keep the day, which is what matters downstream.
            return LocalDateTime.parse(v).toLocalDate().toString();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        Matcher m = LEADING_ISO_DATE.matcher(v);
        if (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))).toString();
            } catch (java.time.DateTimeException ignored) {
                return null;
            }
        }
        return null;
    }
}
