package dev.storyline.alerts;

/** How often an alert's matches are delivered: the choices Google Alerts offers. */
public enum Frequency {
    /** Each match as soon as it is found. */
    AS_IT_HAPPENS,
    /** At most one delivery an hour, grouping the hour's matches by story. */
    HOURLY,
    /** One delivery a day, grouping the day's matches by story. */
    DAILY
}
