package dev.storyline.web;

import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Mentions per day as an inline SVG bar chart, drawn on the server: no script, and styled by the stylesheet
 * (no inline style, which the Content-Security-Policy forbids). Long spans are binned by week or month.
 */
final class TimelineChart {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 130;
    private static final double MAX_BAR_WIDTH = 28;
    /** Up to this many bars, each is labelled with its day and count. */
    private static final int LABELLED_BARS = 16;
    private static final int AXIS = 22;
    private static final int MAX_BARS = 90;

    private TimelineChart() {
    }

    static void render(SortedMap<LocalDate, Integer> perDay, Element container) {
        if (perDay.isEmpty()) {
            container.appendElement("p").addClass("muted").text("No dated mentions.");
            return;
        }
        LocalDate first = perDay.firstKey();
        LocalDate last = perDay.lastKey();
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        int binDays = days <= MAX_BARS ? 1 : days <= MAX_BARS * 7L ? 7 : 30;
        TreeMap<LocalDate, Integer> bins = new TreeMap<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(binDays)) bins.put(d, 0);
        for (Map.Entry<LocalDate, Integer> e : perDay.entrySet()) {
            bins.merge(bins.floorKey(e.getKey()), e.getValue(), Integer::sum);
        }
        int max = bins.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        int n = bins.size();
        double slot = (double) WIDTH / n;
        double barWidth = Math.max(1, Math.min(MAX_BAR_WIDTH, slot * 0.8));
        boolean labelled = n <= LABELLED_BARS;
        String unit = binDays == 1 ? "day" : binDays == 7 ? "week from" : "30 days from";

        Element svg = container.appendElement("svg").addClass("timeline")
                .attr("viewBox", "0 0 " + WIDTH + " " + (HEIGHT + AXIS))
                .attr("role", "img")
                .attr("aria-label", "Mentions per " + (binDays == 1 ? "day" : binDays == 7 ? "week" : "30 days")
                        + " from " + first + " to " + last);
        svg.appendElement("line").addClass("axis").attr("x1", "0").attr("y1", String.valueOf(HEIGHT))
                .attr("x2", String.valueOf(WIDTH)).attr("y2", String.valueOf(HEIGHT));
        int i = 0;
        for (Map.Entry<LocalDate, Integer> bin : bins.entrySet()) {
            double h = bin.getValue() == 0 ? 0 : Math.max(2, (HEIGHT - 14) * (double) bin.getValue() / max);
            double x = i * slot + (slot - barWidth) / 2;
            Element bar = svg.appendElement("rect").addClass("bar")
                    .attr("x", fmt(x)).attr("y", fmt(HEIGHT - h)).attr("width", fmt(barWidth)).attr("height", fmt(h));
            bar.appendElement("title").text(bin.getValue() + " mention" + (bin.getValue() == 1 ? "" : "s") + " · " + unit + " " + bin.getKey());
            if (labelled) {
                String centre = fmt(x + barWidth / 2);
                svg.appendElement("text").addClass("tick").attr("x", centre).attr("y", String.valueOf(HEIGHT + 16))
                        .attr("text-anchor", "middle").text(bin.getKey().toString().substring(5));
                if (bin.getValue() > 0) {
                    svg.appendElement("text").addClass("value").attr("x", centre).attr("y", fmt(HEIGHT - h - 4))
                            .attr("text-anchor", "middle").text(String.valueOf(bin.getValue()));
                }
            }
            i++;
        }
        if (labelled) return;
        svg.appendElement("text").addClass("tick").attr("x", "0").attr("y", String.valueOf(HEIGHT + 16)).text(first.toString());
        if (n > 1) {
            svg.appendElement("text").addClass("tick").attr("x", String.valueOf(WIDTH)).attr("y", String.valueOf(HEIGHT + 16))
                    .attr("text-anchor", "end").text(last.toString());
        }
        svg.appendElement("text").addClass("tick").attr("x", "0").attr("y", "10").text("max " + max);
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
