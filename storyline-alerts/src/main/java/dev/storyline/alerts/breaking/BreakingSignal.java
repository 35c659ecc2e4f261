package dev.storyline.alerts.breaking;

import java.time.Instant;

/**
 * A story (or one of its events) that started growing abnormally fast: one signal per burst.
 *
 * @param storyId  the story
 * @param eventId  the event that grew (for a story's burst, the event of the article that tipped it)
 * @param burst    the burst's number: the epoch milliseconds of the arrival that tipped it, so that the same burst
 *                 found again (a replay, a detector rebuilt after a restart) has the same number and alerts once
 * @param articles articles of the story (or event) in the short window when it tipped
 * @param sources  distinct outlets among them
 * @param rate     those articles per hour
 * @param baseline the articles per hour expected of it: its own usual rate, shrunk towards the system's usual rate
 *                 for a story while its history is short
 * @param score    how surprising the window is under that rate: -log10 of the Poisson probability of seeing at least
 *                 this many (with at most a few articles counted per outlet)
 * @param since    the first arrival in the window: when the burst started, as far as the window tells
 * @param why      for people: "14 articles from 9 outlets in 40 min, 7x the story's usual rate"
 */
public record BreakingSignal(String storyId, String eventId, long burst, int articles, int sources, double rate,
                             double baseline, double score, Instant since, String why) {
}
