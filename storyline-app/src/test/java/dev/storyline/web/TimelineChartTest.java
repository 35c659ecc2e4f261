package dev.storyline.web;

import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineChartTest {

    private static Element chart(TreeMap<LocalDate, Integer> perDay) {
        Element container = new Element(Tag.valueOf("div"), "");
        TimelineChart.render(perDay, container);
        return container;
    }

    @Test
    void aShortSpanHasOneBarPerDayEmptyDaysIncluded() {
        TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
        perDay.put(LocalDate.of(2022, 1, 7), 2);
        perDay.put(LocalDate.of(2022, 1, 13), 4);
        Element svg = chart(perDay).selectFirst("svg.timeline");
        assertEquals(7, svg.select("rect.bar").size());
        assertEquals("2 mentions · day 2022-01-07", svg.select("rect.bar").get(0).selectFirst("title").text());
        assertEquals("0", svg.select("rect.bar").get(1).attr("height").replace(".0", ""));
        assertEquals("01-13", svg.select("text.tick").last().text());
    }

    @Test
    void aLongSpanIsBinnedByWeek() {
        TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
        perDay.put(LocalDate.of(2022, 1, 1), 1);
        perDay.put(LocalDate.of(2022, 1, 3), 1);
        perDay.put(LocalDate.of(2022, 12, 31), 5);
        Element svg = chart(perDay).selectFirst("svg.timeline");
        assertEquals(53, svg.select("rect.bar").size());
        assertTrue(svg.select("rect.bar").get(0).selectFirst("title").text().startsWith("2 mentions · week from 2022-01-01"));
    }

    @Test
    void noDatedMentionsSaySoInsteadOfAnEmptyChart() {
        Element container = chart(new TreeMap<>());
        assertTrue(container.select("svg").isEmpty());
        assertEquals("No dated mentions.", container.text());
    }
}
