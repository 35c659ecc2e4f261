package dev.storyline.alerts;

/** What an ENTITY alert reports. */
public enum EntityMode {
    /** Every article naming the entity. */
    EVERY_ARTICLE,
    /** Only an article that names it in a language or an outlet that had not named it before. */
    NEW_LANGUAGE_OR_OUTLET
}
