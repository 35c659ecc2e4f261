package dev.storyline.web;

import dev.storyline.alerts.Alert;
import dev.storyline.alerts.AlertJson;
import dev.storyline.alerts.AlertKind;
import dev.storyline.alerts.DeliveryStatus;
import dev.storyline.alerts.Match;
import dev.storyline.alerts.MatchLog;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.function.Function;

/**
 * The Alerts page: each alert with its kind, definition, frequency, delivery targets, last delivery and its result,
 * and recent matches (linking to the article and story pages); a form to create one; a delete button each. Built
 * with jsoup like every page, so article titles and alert names are escaped by construction.
 */
final class AlertsPage {

    private AlertsPage() {
    }

    /**
     * @param created an alert just created (highlighted), else null
     * @param secret  the webhook secret of the alert just created, shown this once, else null
     */
    static String render(List<Alert> alerts, Function<String, List<MatchLog.Positioned>> recentMatches,
                         DeliveryStatus deliveries, String created, String secret, boolean storiesEnabled) {
        Page page = new Page("Alerts", Page.Section.ALERTS, storiesEnabled);
        Element main = page.main();
        main.appendElement("p").addClass("muted").text("Alerts are evaluated on every article added after they were "
                + "created; each has an Atom feed, and may have a webhook and email. Matches are also at /api/alerts/{id}/matches.");
        Element breaking = main.appendElement("p").addClass("muted").text("Every breaking story, for a feed reader: ");
        breaking.appendElement("a").attr("href", "/alerts/breaking/feed.atom").attr("type", "application/atom+xml")
                .text("/alerts/breaking/feed.atom");
        if (secret != null) {
            Element note = main.appendElement("p").addClass("note");
            note.appendElement("strong").text("Webhook secret (shown once, keep it): ");
            note.appendElement("code").text(secret);
        }
        if (alerts.isEmpty()) main.appendElement("p").text("No alerts yet: create one below, or save a search from the search page.");
        for (Alert a : alerts) alert(main, a, recentMatches.apply(a.id()), deliveries.statusOf(a.id()), a.id().equals(created));
        createForm(main);
        return page.html();
    }

    private static void alert(Element main, Alert a, List<MatchLog.Positioned> matches, List<DeliveryStatus.Last> last, boolean justCreated) {
        Element section = main.appendElement("section").addClass("panel").addClass("alert").attr("id", a.id());
        section.appendElement("h2").text(a.name() + (justCreated ? " (created)" : ""));
        Element facts = section.appendElement("dl").addClass("facts");
        Page.fact(facts, "Kind", AlertJson.name(a.kind()));
        Element definition = Page.fact(facts, "Watches");
        switch (a.kind()) {
            case ENTITY -> {
                definition.appendElement("a").attr("href", Links.entity(a.entity())).text(a.entity());
                definition.appendText(a.definition().substring(("entity " + a.entity()).length()));
            }
            case STORY -> {
                definition.appendText("each new event in story ");
                definition.appendElement("a").attr("href", Links.story(a.storyId())).text(a.storyId());
            }
            default -> definition.text(a.definition());
        }
        Page.fact(facts, "Frequency", AlertJson.name(a.delivery().frequency()));
        Element targets = Page.fact(facts, "Delivery");
        targets.appendElement("a").attr("href", "/alerts/" + java.net.URLEncoder.encode(a.id(), java.nio.charset.StandardCharsets.UTF_8)
                + "/feed.atom").attr("type", "application/atom+xml").text("Atom feed");
        if (a.delivery().webhook() != null) targets.appendText(" · webhook " + a.delivery().webhook());
        if (!a.delivery().email().isEmpty()) targets.appendText(" · email " + String.join(", ", a.delivery().email()));
        Element status = Page.fact(facts, "Last delivery");
        if (last.isEmpty()) status.text("none yet");
        for (DeliveryStatus.Last l : last) {
            status.appendElement("div").addClass(l.ok() ? "ok" : "error").text(l.channel() + ": "
                    + (l.at() == null ? "not yet" : l.at().toString()) + " · " + (l.ok() ? "ok" : "failed")
                    + (l.detail() == null ? "" : " · " + l.detail()));
        }
        Page.fact(facts, "Created", a.created().toString());

        section.appendElement("h3").text("Recent matches");
        if (matches.isEmpty()) section.appendElement("p").addClass("muted").text("None yet.");
        Element list = section.appendElement("ol").addClass("hits");
        for (int i = matches.size() - 1; i >= 0; i--) match(list, matches.get(i).match());

        Element delete = section.appendElement("form").attr("method", "post").attr("action", "/alerts/" + a.id() + "/delete");
        delete.appendElement("button").attr("type", "submit").text("Delete this alert");
    }

    private static void match(Element list, Match m) {
        Element li = list.appendElement("li").addClass("hit");
        String title = m.title() == null || m.title().isBlank() ? m.articleKey() : m.title();
        li.appendElement("a").addClass("hit-title").attr("href", Links.article(m.articleKey())).text(title);
        Element meta = li.appendElement("div").addClass("meta");
        if (m.source() != null) meta.appendText(m.source() + " · ");
        if (m.published() != null) meta.appendText(m.published() + " · ");
        if (m.storyId() != null) {
            meta.appendElement("a").attr("href", Links.story(m.storyId())).text("story " + m.storyId());
            meta.appendText(" · ");
        }
        meta.appendText(m.why() == null ? "" : m.why());
    }

    private static void createForm(Element main) {
        Element section = main.appendElement("section").addClass("panel");
        section.appendElement("h2").text("New alert");
        Element form = section.appendElement("form").addClass("alert-form").attr("method", "post").attr("action", "/alerts");
        input(form, "name", "Name", "text", "Kazakhstan unrest");
        Element kind = labelled(form, "Kind").appendElement("select").attr("name", "kind");
        for (AlertKind k : AlertKind.values()) kind.appendElement("option").attr("value", AlertJson.name(k)).text(AlertJson.name(k));
        input(form, "q", "Query (search)", "search", "tokayev AND (csto OR otsc)");
        input(form, "language", "Language (search)", "text", "fr");
        input(form, "source", "Outlet (search)", "text", "");
        input(form, "entity", "Entity filter (search)", "text", "LOC:KZ");
        input(form, "from", "From (search)", "date", "");
        input(form, "to", "To (search)", "date", "");
        input(form, "watch", "Entity key (entity)", "text", "PER:kassym-jomart-tokayev");
        Element mode = labelled(form, "Mode (entity)").appendElement("select").attr("name", "mode");
        mode.appendElement("option").attr("value", "every-article").text("every article naming it");
        mode.appendElement("option").attr("value", "new-language-or-outlet").text("only first mentions in a new language or outlet");
        input(form, "story", "Story id (story)", "text", "s4");
        Element frequency = labelled(form, "Frequency").appendElement("select").attr("name", "frequency");
        for (String f : List.of("as-it-happens", "hourly", "daily")) frequency.appendElement("option").attr("value", f).text(f);
        input(form, "webhook", "Webhook URL", "url", "https://example.org/hook");
        input(form, "email", "Email addresses", "text", "analyst@example.org");
        form.appendElement("button").attr("type", "submit").text("Create alert");
    }

    private static Element labelled(Element form, String label) {
        Element l = form.appendElement("label").addClass("field");
        l.appendElement("span").text(label + " ");
        return l;
    }

    private static void input(Element form, String name, String label, String type, String placeholder) {
        labelled(form, label).appendElement("input").attr("type", type).attr("name", name).attr("placeholder", placeholder);
    }

    /** The hidden "save as alert" form of a search, a "watch" form of an entity, a "follow" form of a story. */
    static void oneClick(Element parent, String button, String... fieldsAndValues) {
        Element form = parent.appendElement("form").addClass("one-click").attr("method", "post").attr("action", "/alerts");
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            if (fieldsAndValues[i + 1] == null) continue;
            form.appendElement("input").attr("type", "hidden").attr("name", fieldsAndValues[i]).attr("value", fieldsAndValues[i + 1]);
        }
        form.appendElement("button").attr("type", "submit").text(button);
    }
}
