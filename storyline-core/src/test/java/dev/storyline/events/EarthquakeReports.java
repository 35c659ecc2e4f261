package dev.storyline.events;

import dev.storyline.AnalyzedArticle;
import dev.storyline.extract.Article;

import java.util.List;

/**
 * Small hand-written English reports shared by the event tests (invented, loosely modelled on wire copy): two
 * reports of one earthquake in Turkey, a later one of the same quake, and a report of another earthquake in Chile.
 */
public final class EarthquakeReports {

    private EarthquakeReports() {
    }

    /** An English article from "Wire", with no entities or dates filled (the clusterer then reads names itself). */
    public static AnalyzedArticle article(String id, String published, String title, String text) {
        return new AnalyzedArticle(new Article(id, null, "Wire", title, published, List.of(), null, "en", text), List.of(), List.of());
    }

    public static final AnalyzedArticle TURKEY_WIRE = article("turkey-wire", "2023-02-06",
            "Powerful earthquake kills hundreds in southern Turkey",
            "A magnitude 7.8 earthquake struck southern Turkey near Gaziantep early on Monday, killing at least 1,500 people "
                    + "and flattening buildings across the region. Rescuers in Gaziantep and Kahramanmaras searched the rubble "
                    + "through the night. President Erdogan declared seven days of national mourning.");

    public static final AnalyzedArticle TURKEY_PAPER = article("turkey-paper", "2023-02-06",
            "Gaziantep quake: rescuers dig through rubble as toll passes 1,500",
            "The 7.8 magnitude quake that hit Gaziantep before dawn has killed more than 1,500 people in Turkey, officials said. "
                    + "Erdogan announced national mourning while rescue teams worked in Kahramanmaras, where whole streets collapsed.");

    public static final AnalyzedArticle CHILE = article("chile", "2023-02-08",
            "Earthquake hits northern Chile, two dead",
            "A magnitude 6.1 earthquake struck northern Chile near Antofagasta on Wednesday, killing two people and damaging "
                    + "houses, Chile's emergency office Onemi said. President Boric visited the region.");

    public static final AnalyzedArticle TURKEY_LATER = article("turkey-later", "2023-02-07",
            "Turkey quake toll rises as Erdogan visits Gaziantep and Kahramanmaras",
            "The toll of the magnitude 7.8 earthquake that struck Gaziantep rose above 1,500 as rescuers searched the rubble "
                    + "in Kahramanmaras. Erdogan, who declared national mourning, visited the region on Tuesday.");
}
