package dev.storyline.alerts;

/** What an alert watches. */
public enum AlertKind {
    /** A saved search: query and filters as the desk's search takes them. */
    SEARCH,
    /** A canonical entity: every article naming it, or only its first mention in a new language or outlet. */
    ENTITY,
    /** A story: each new event in it. */
    STORY,
    /** Stories and events that grow abnormally fast. */
    BREAKING
}
