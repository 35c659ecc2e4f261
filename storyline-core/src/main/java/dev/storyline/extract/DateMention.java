package dev.storyline.extract;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A calendar date written in a text, as written: the year may be missing ("7 janvier").
 *
 * @param start offset of the first character in the text it was found in
 * @param end   offset after its last character
 * @param year  the four-digit year, or 0 when the text gives none
 */
record DateMention(int start, int end, int year, int month, int day) {

    boolean hasYear() {
        return year > 0;
    }

    /** The date, when the year is written. */
    LocalDate toDate() {
        return LocalDate.of(year, month, day);
    }

    /** Whether day and month exist together in some year (29 February does). */
    static boolean isValidDayMonth(int month, int day) {
        if (month < 1 || month > 12 || day < 1) return false;
        try {
            LocalDate.of(2000, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
