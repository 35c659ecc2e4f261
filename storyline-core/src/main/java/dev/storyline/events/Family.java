package dev.storyline.events;

/**
 * The kinds of feature an article is compared by. A feature is a string key whose first two characters name
 * its family ({@code "e:vladimir putin"}, {@code "d:2022-01-13"}), so that one sparse map holds them all.
 */
public enum Family {
    /** A word stem of the text. */
    TERM("t:"),
    /** A person, organisation or other named thing (canonical key, or a capitalised name until entities land). */
    ENTITY("e:"),
    /** A place: a LOC entity or the dateline. */
    PLACE("p:"),
    /** A resolved calendar date mentioned in the text (TIMEX3 value). */
    DATE("d:"),
    /** A number written in the text: tolls, magnitudes, ages, years. */
    NUMBER("n:");

    private final String prefix;

    Family(String prefix) {
        this.prefix = prefix;
    }

    public String key(String value) {
        return prefix + value;
    }

    public static Family of(String key) {
        return switch (key.charAt(0)) {
            case 't' -> TERM;
            case 'e' -> ENTITY;
            case 'p' -> PLACE;
            case 'd' -> DATE;
            case 'n' -> NUMBER;
            default -> throw new IllegalArgumentException("not a feature key: " + key);
        };
    }

    /** The key without its family prefix, as shown to people. */
    public static String value(String key) {
        return key.substring(2);
    }
}
