package dev.storyline.alerts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedAlertRegistryTest {

    private static final Instant CREATED = Instant.parse("2026-12-04T10:00:00Z");

    private static Alert search(String name) {
        return Alert.search(name, new SavedSearch("tokayev AND \"csto troops\"", "fr", "lemonde.fr", "LOC:KZ",
                LocalDate.parse("2022-01-01"), LocalDate.parse("2022-02-01")),
                new Delivery(Frequency.HOURLY, URI.create("http://127.0.0.1:9/hook"), "s3cret", List.of("a@example.org")), CREATED);
    }

    @Test
    void alertsOfEveryKindSurviveReopening(@TempDir Path dir) throws Exception {
        List<Alert> saved = List.of(search("kazakhstan"),
                Alert.entity("tokayev", "PER:kassym-jomart-tokayev", EntityMode.NEW_LANGUAGE_OR_OUTLET, Delivery.feedOnly(), CREATED),
                Alert.story("unrest", "s42", Delivery.feedOnly(), CREATED),
                Alert.breaking("breaking", new Delivery(Frequency.DAILY, null, null, List.of()), CREATED));
        AlertRegistry registry = EmbeddedAlertRegistry.open(dir);
        for (Alert a : saved) registry.add(a);

        assertEquals(saved, EmbeddedAlertRegistry.open(dir).list());
    }

    @Test
    void addingTheSameAlertTwiceChangesNothing(@TempDir Path dir) throws Exception {
        AlertRegistry registry = EmbeddedAlertRegistry.open(dir);
        Alert alert = search("kazakhstan");
        registry.add(alert);
        registry.add(alert);

        assertEquals(List.of(alert), EmbeddedAlertRegistry.open(dir).list());
    }

    @Test
    void anotherAlertWithATakenNameIsRefusedNamingIt(@TempDir Path dir) throws Exception {
        AlertRegistry registry = EmbeddedAlertRegistry.open(dir);
        registry.add(search("kazakhstan"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> registry.add(search("kazakhstan")));
        assertTrue(e.getMessage().contains("'kazakhstan'"), e.getMessage());
    }

    @Test
    void removedAlertsStayRemovedAfterReopening(@TempDir Path dir) throws Exception {
        AlertRegistry registry = EmbeddedAlertRegistry.open(dir);
        Alert kept = registry.add(search("kept"));
        Alert removed = registry.add(search("removed"));

        assertTrue(registry.remove(removed.id()));
        assertFalse(registry.remove(removed.id()));
        assertEquals(List.of(kept), EmbeddedAlertRegistry.open(dir).list());
    }

    @Test
    void aRegistrySeesAlertsAnotherOneAdded(@TempDir Path dir) throws Exception {
        AlertRegistry server = EmbeddedAlertRegistry.open(dir);
        server.list();
        Alert added = EmbeddedAlertRegistry.open(dir).add(search("from the cli"));

        assertEquals(List.of(added), server.list());
    }
}
