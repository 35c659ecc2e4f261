package dev.storyline.sources;

import dev.storyline.Ingestion;
import dev.storyline.sources.LoopbackOutlets.Misbehaviour;
import dev.storyline.sources.LoopbackOutlets.Spec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Following loopback outlets end to end, with the real pipeline, store, events, frontier and WARC archive. Each
 * outlet lists its articles in an RSS, an Atom (with tracking parameters) and a JSON feed (every fifth article as
 * an AMP copy whose canonical link names the article).
 */
class FollowerTest {

    @TempDir
    Path data;

    @Test
    void anAddedHomepageHasItsFeedsFoundAndItsArticlesIngestedWithTheirEvents() throws Exception {
        try (LoopbackOutlets outlets = LoopbackOutlets.start(List.of(new Spec("Le Courrier du Val", "fr", 4),
                new Spec("The Northwick Herald", "en", 4)));
             FollowRig rig = new FollowRig(data, Schedule.DEFAULT)) {
            LoopbackOutlets.Outlet fr = outlets.outlet(0);
            Source source = rig.add(fr.homepage());
            assertEquals(SourceKind.HOMEPAGE, source.kind());
            assertEquals(List.of(fr.rss(), fr.atom(), fr.jsonFeed()), source.found().feeds(), source.found().notes().toString());
            assertTrue(source.found().notes().stream().anyMatch(n -> n.contains("comments")), "the comments feed is skipped");
            rig.add(outlets.outlet(1).homepage());

            Follower.Pass pass = rig.pass();

            assertEquals(8, pass.added(), rig.log.toString());
            assertEquals(8, rig.store.count());
            for (Ingestion.Acknowledgement ack : rig.acknowledged) {
                assertTrue(rig.events.store().assignment(ack.key()).isPresent(), "event of " + ack.id());
            }
            // the two outlets are fetched side by side: which one's article is acknowledged first is not fixed
            dev.storyline.extract.Article article = null;
            for (Ingestion.Acknowledgement ack : rig.acknowledged) {
                var stored = rig.store.get(ack.key()).orElseThrow().analyzed().article();
                if (stored.url().equals(fr.article(3).toString())) article = stored;
            }
            assertNotNull(article, "no article from " + fr.article(3));
            assertEquals("fr", article.language());
            assertNotNull(article.title());
            assertEquals(4, rig.source(source.id()).status().articlesOn(java.time.LocalDate.now(java.time.ZoneOffset.UTC)));
        }
    }

    @Test
    void theSameArticleThroughThreeFeedsAndAnAmpCopyIsOneArticleFetchedOnce() throws Exception {
        try (LoopbackOutlets outlets = LoopbackOutlets.start(List.of(new Spec("Le Courrier du Val", "fr", 6)));
             FollowRig rig = new FollowRig(data, Schedule.DEFAULT)) {
            LoopbackOutlets.Outlet fr = outlets.outlet(0);
            rig.add(fr.homepage());
            rig.pass();
            assertEquals(6, rig.store.count(), "six articles, listed three times each");
            assertEquals(List.of(), fr.articlesAskedTwice(), "tracking parameters do not make a new URL");
            for (int n = 0; n < 6; n++) assertEquals(1, fr.requests("/fr/news/" + n), "article " + n);
            assertEquals(Set.of(), rig.acknowledged.stream().filter(a -> a.status() == Ingestion.Status.ADDED)
                    .map(Ingestion.Acknowledgement::key).collect(Collectors.groupingBy(k -> k, Collectors.counting()))
                    .entrySet().stream().filter(e -> e.getValue() > 1).collect(Collectors.toSet()));
        }
    }

    @Test
    void aSecondPassFetchesNoArticleAgainAndUnchangedFeedsAnswer304() throws Exception {
        try (LoopbackOutlets outlets = LoopbackOutlets.start(List.of(new Spec("Le Courrier du Val", "fr", 3)));
             FollowRig rig = new FollowRig(data, Schedule.DEFAULT)) {
            LoopbackOutlets.Outlet fr = outlets.outlet(0);
            rig.add(fr.homepage());
            rig.pass();
            int articleRequests = fr.articleRequests();
            int notModified = fr.notModifiedAnswers();

            Follower.Pass second = rig.passLater(Duration.ofDays(1));

            assertEquals(0, second.added());
            assertEquals(0, second.fetched());
            assertEquals(articleRequests, fr.articleRequests(), "no article page asked for again");
            assertEquals(notModified + 3, fr.notModifiedAnswers(), "RSS, Atom and JSON feeds all answered 304");
            assertTrue(second.sources().get(0).result().contains("3 feeds not modified"), second.sources().get(0).result());
        }
    }

    @Test
    void newArticlesArePickedUpAndMakeTheSourcePolledMoreOften() throws Exception {
        try (LoopbackOutlets outlets = LoopbackOutlets.start(List.of(new Spec("The Northwick Herald", "en", 2)));
             FollowRig rig = new FollowRig(data, Schedule.DEFAULT)) {
            LoopbackOutlets.Outlet en = outlets.outlet(0);
            Source source = rig.add(en.homepage());
            rig.pass();
            rig.passLater(Duration.ofDays(1)); // nothing new: the interval grows
            Duration quiet = rig.source(source.id()).status().interval();
            en.publish(2);

            Follower.Pass pass = rig.passLater(Duration.ofDays(1));

            assertEquals(2, pass.added());
            assertTrue(rig.source(source.id()).status().interval().compareTo(quiet) < 0, "busier: polled more often");
        }
    }

    @Test
    void onTheFirstPollItemsOlderThanTheLimitAreNotFetchedThenOrLater() throws Exception {
        // Six articles 20 hours apart: the two older than 3 days are left alone.
        try (LoopbackOutlets outlets = LoopbackOutlets.start(List.of(new Spec("Diario del Cauce", "es", 6,
                Duration.ofHours(20), Misbehaviour.NONE)));
             FollowRig rig = new FollowRig(data, Schedule.DEFAULT)) {
            LoopbackOutlets.Outlet es = outlets.outlet(0);
            rig.add(es.rss());
            assertEquals(4, rig.pass().added());
            assertEquals(0, es.requests("/es/news/0"));
            assertEquals(0, es.requests("/es/news/1"));
            es.publish(1);

            assertEquals(1, rig.passLater(Duration.ofDays(1)).added());
            assertEquals(0, es.requests("/es/news/0"), "still left alone on later polls");
        }
    }

    @Test
    void aBigFirstPollIsFetchedOverSeveralPassesAndKeepsItsAgeLimit() throws Exception {
        // Six articles 20 hours apart, four of them within 3 days, at most 3 pages a poll.
        try (LoopbackOutlets outlets = LoopbackOutlets.start(List.of(new Spec("Diario del Cauce", "es", 6,
                Duration.ofHours(20), Misbehaviour.NONE)));
             FollowRig rig = new FollowRig(data, new Follower.Options(Schedule.DEFAULT, Duration.ofDays(7), 4, 3, 3))) {
            LoopbackOutlets.Outlet es = outlets.outlet(0);
            Source source = rig.add(es.rss());
            assertEquals(3, rig.pass().added());
            SourceStatus st = rig.source(source.id()).status();
            assertEquals(rig.clock.instant().plus(SourceSettings.DEFAULT_MIN_INTERVAL), st.nextFetch(), "due again soon");
            assertTrue(st.lastResult().contains("the rest at the next poll"), st.lastResult());

            assertEquals(1, rig.passLater(SourceSettings.DEFAULT_MIN_INTERVAL).added());
            assertEquals(0, es.requests("/es/news/0") + es.requests("/es/news/1"), "the older ones are still left alone");
        }
    }

    @Test
    void aFailingSourceSlowsDownThenPausesWithItsReasonWithoutAffectingTheOthers() throws Exception {
        try (LoopbackOutlets outlets = LoopbackOutlets.start(List.of(new Spec("Good", "en", 1), new Spec("Broken", "en", 1)));
             FollowRig rig = new FollowRig(data, new Schedule(3))) {
            Source good = rig.add(outlets.outlet(0).rss());
            Source broken = rig.add(outlets.outlet(1).rss());
            rig.pass();
            outlets.outlet(1).misbehave(Misbehaviour.FEEDS_FAIL_500);

            Duration previousDelay = Duration.ZERO;
            for (int failure = 1; failure <= 3; failure++) {
                outlets.outlet(0).publish(1);
                Follower.Pass pass = rig.passLater(Duration.ofDays(1));
                assertEquals(1, pass.added(), "the good source goes on: pass " + failure);
                SourceStatus st = rig.source(broken.id()).status();
                assertEquals(failure, st.consecutiveFailures());
                Duration delay = Duration.between(st.lastFetch(), st.nextFetch());
                assertTrue(delay.compareTo(previousDelay) > 0, "slower each time: " + delay);
                previousDelay = delay;
            }
            SourceStatus st = rig.source(broken.id()).status();
            assertTrue(st.paused());
            assertTrue(st.pausedReason().contains("500"), st.pausedReason());
            assertTrue(st.lastError().contains(outlets.outlet(1).rss().toString()), st.lastError());
            int asked = outlets.outlet(1).requests("/rss.xml");
            rig.passLater(Duration.ofDays(30));
            assertEquals(asked, outlets.outlet(1).requests("/rss.xml"), "a paused source is not polled");
            assertFalse(rig.source(good.id()).status().paused());
        }
    }

    @Test
    void aRateLimitedFeedIsAskedAgainOnlyAfterItsRetryAfter() throws Exception {
        try (LoopbackOutlets outlets = LoopbackOutlets.start(List.of(new Spec("Busy", "de", 1)));
             FollowRig rig = new FollowRig(data, Schedule.DEFAULT)) {
            Source source = rig.add(outlets.outlet(0).rss());
            rig.pass();
            outlets.outlet(0).misbehave(Misbehaviour.FEEDS_RATE_LIMITED);
            rig.passLater(Duration.ofDays(1));
            SourceStatus st = rig.source(source.id()).status();
            assertTrue(st.lastError().contains("429"), st.lastError());
            assertTrue(Duration.between(st.lastFetch(), st.nextFetch()).compareTo(Duration.ofMinutes(59)) > 0,
                    "Retry-After: 3600 (the fetcher honours it up to its cap): " + st.nextFetch());
        }
    }

    @Test
    void aRobotsTxtThatDisallowsIsRespectedAndShownAsTheReason() throws Exception {
        try (LoopbackOutlets outlets = LoopbackOutlets.start(List.of(new Spec("Private", "fr", 2)));
             FollowRig rig = new FollowRig(data, Schedule.DEFAULT)) {
            LoopbackOutlets.Outlet fr = outlets.outlet(0);
            Source source = rig.add(fr.rss());
            fr.misbehave(Misbehaviour.ROBOTS_DISALLOW_ALL);
            fr.publish(1);
            int feedRequests = fr.requests("/rss.xml");

            rig.pass();

            assertEquals(0, fr.articleRequests());
            assertEquals(feedRequests, fr.requests("/rss.xml"), "the feed itself is not asked for");
            assertTrue(rig.source(source.id()).status().lastError().contains("robots.txt"),
                    rig.source(source.id()).status().lastError());
        }
    }

    @Test
    void aHomepageIsLookedAtAgainAfterAWeek() throws Exception {
        try (LoopbackOutlets outlets = LoopbackOutlets.start(List.of(new Spec("The Northwick Herald", "en", 1)));
             FollowRig rig = new FollowRig(data, Schedule.DEFAULT)) {
            LoopbackOutlets.Outlet en = outlets.outlet(0);
            Source source = rig.add(en.homepage());
            rig.pass();
            rig.passLater(Duration.ofDays(1));
            int homepageRequests = en.requests("/");

            rig.passLater(Duration.ofDays(7));

            assertEquals(homepageRequests + 1, en.requests("/"), "discovered again");
            assertEquals(rig.clock.instant().getEpochSecond() / 60, rig.source(source.id()).found().at().getEpochSecond() / 60);
            assertEquals(3, rig.source(source.id()).found().feeds().size());
        }
    }

    @Test
    void anHtmlPageServedAsTheFeedIsReportedWithItsReasonAndTheOtherSourceGoesOn() throws Exception {
        try (LoopbackOutlets outlets = LoopbackOutlets.start(List.of(new Spec("Good", "en", 1), new Spec("Odd", "en", 1)));
             FollowRig rig = new FollowRig(data, Schedule.DEFAULT)) {
            Source good = rig.add(outlets.outlet(0).rss());
            Source odd = rig.add(outlets.outlet(1).rss());
            outlets.outlet(1).misbehave(Misbehaviour.FEED_IS_HTML);

            Follower.Pass pass = rig.pass();

            assertEquals(1, pass.added(), "the good source's article");
            SourceStatus st = rig.source(odd.id()).status();
            assertTrue(st.lastError().contains("HTML page, not a feed"), st.lastError());
            assertEquals(1, st.consecutiveFailures());
            assertEquals(0, rig.source(good.id()).status().consecutiveFailures());
        }
    }

    @Test
    void anArticlePageThatIsGoneIsRecordedWithItsReasonAndNotAskedForAgain() throws Exception {
        try (LoopbackOutlets outlets = LoopbackOutlets.start(List.of(new Spec("Half-broken", "fr", 2)));
             FollowRig rig = new FollowRig(data, Schedule.DEFAULT)) {
            LoopbackOutlets.Outlet fr = outlets.outlet(0);
            Source source = rig.add(fr.rss());
            fr.misbehave(Misbehaviour.ARTICLES_NOT_FOUND);
            rig.pass();
            SourceStatus st = rig.source(source.id()).status();
            assertTrue(st.lastResult().contains("2 pages failed"), st.lastResult());
            assertTrue(st.lastError().contains("404"), st.lastError());
            assertEquals(Frontier.State.FAILED, rig.frontier.get(Follower.normaliseOrNull(fr.article(1).toString())).orElseThrow().state());
            int asked = fr.articleRequests();

            rig.passLater(Duration.ofDays(1));

            assertEquals(asked, fr.articleRequests(), "a 404 is not asked for again");
        }
    }

    @Test
    void aUrlThatIsNotWebIsRefusedNamingIt() throws Exception {
        try (FollowRig rig = new FollowRig(data, Schedule.DEFAULT)) {
            Sources.Refused e = org.junit.jupiter.api.Assertions.assertThrows(Sources.Refused.class,
                    () -> rig.sources.add("ftp://example.org/feed", null, FollowRig.settings()));
            assertTrue(e.getMessage().contains("ftp://example.org/feed"), e.getMessage());
            assertEquals(0, rig.registry.size());
        }
    }

    @Test
    void aLoopbackSourceIsRefusedUnlessPrivateAddressesAreAllowed() throws Exception {
        try (LoopbackOutlets outlets = LoopbackOutlets.start(List.of(new Spec("Local", "fr", 1)));
             FollowRig rig = new FollowRig(data, Schedule.DEFAULT);
             Fetchers strict = new Fetchers(FollowRig.policy().withAllowPrivateAddresses(false))) {
            Sources guarded = new Sources(rig.registry, strict, rig.clock);
            Sources.Refused e = org.junit.jupiter.api.Assertions.assertThrows(Sources.Refused.class,
                    () -> guarded.add(outlets.outlet(0).rss().toString(), null, SourceSettings.DEFAULTS));
            assertTrue(e.getMessage().contains(outlets.outlet(0).rss().toString()), e.getMessage());
            assertEquals(0, outlets.outlet(0).politeness().requests(), "not even asked");
        }
    }

    static URI uri(String s) {
        return URI.create(s);
    }
}
