package dev.storyline.time;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The time tagger on French TimeBank (../shared/data/time/fr-timebank), on the bundled hand-written gold sets of
 * each language, on English TimeBank/AQUAINT (TempEval-3's TBAQ-cleaned) and German KRAUTS when a copy is given:
 * prints the figures and keeps them above floors a little under what the tagger reaches (see the README, "Dates").
 */
class TimeEvaluationTest {

    private static Path frenchTimeBankFolder() {
        Path folder = Path.of(System.getProperty("storyline.shared", "../shared"), "data", "time", "fr-timebank");
        assumeTrue(Files.isDirectory(folder), "French TimeBank not found at " + folder.toAbsolutePath()
                + " (set -Dstoryline.shared=...): evaluation skipped");
        return folder;
    }

    /** TBAQ-cleaned (TimeBank/ and AQUAINT/ folders), from -Dstoryline.tbaq or ../shared/data/time/tbaq-cleaned. */
    private static Path tbaq(String part) {
        Path folder = Path.of(System.getProperty("storyline.tbaq",
                Path.of(System.getProperty("storyline.shared", "../shared"), "data", "time", "tbaq-cleaned").toString()), part);
        assumeTrue(Files.isDirectory(folder), "TBAQ-cleaned " + part + " not found at " + folder.toAbsolutePath()
                + " (set -Dstoryline.tbaq=...): evaluation skipped");
        return folder;
    }

    /**
     * KRAUTS, the German TimeML news corpus (github.com/JannikStroetgen/KRAUTS, CC-BY-NC: kept outside the
     * repository), its KRAUTS_ folders renamed DieZeit/, Dolomiten-100/, Dolomiten-42/, from -Dstoryline.krauts.
     */
    private static Path krauts(String part) {
        String given = System.getProperty("storyline.krauts");
        assumeTrue(given != null, "KRAUTS not given (set -Dstoryline.krauts=DIR holding DieZeit/, Dolomiten-100/, "
                + "Dolomiten-42/): evaluation skipped");
        Path folder = Path.of(given, part);
        assumeTrue(Files.isDirectory(folder), "KRAUTS " + part + " not found at " + folder.toAbsolutePath()
                + ": evaluation skipped");
        return folder;
    }

    private static TimeEvaluation.Result evaluate(String language, List<TimeEvaluation.GoldDocument> documents) {
        TimeEvaluation.Result result = new TimeEvaluation(new TimeTagger(), language).evaluate(documents);
        System.out.print(result.report(false));
        return result;
    }

    @Test
    void frenchTimeBank() {
        TimeEvaluation.Result result = evaluate("fr", TimeEvaluation.readFolder(frenchTimeBankFolder()));
        assertEquals(252, result.overall().gold(), "gold TIMEX3 in French TimeBank 1.1");
        assertTrue(result.overall().f1() >= 0.95, "span F1 " + result.overall().f1());
        assertTrue(result.overall().valueAccuracy() >= 0.90, "value accuracy " + result.overall().valueAccuracy());
        assertTrue(result.overall().valueF1() >= 0.90, "value F1 " + result.overall().valueF1());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en", "de", "es", "it"})
    void handWrittenGoldSet(String language) {
        TimeEvaluation.Result result = evaluate(language, TimeGoldSet.bundled(language));
        assertTrue(result.overall().gold() >= 60, "gold expressions: " + result.overall().gold());
        assertTrue(result.overall().f1() >= 0.97, language + " span F1 " + result.overall().f1());
        assertTrue(result.overall().valueF1() >= 0.95, language + " value F1 " + result.overall().valueF1());
    }

    @Test
    void englishTimeBank() {
        TimeEvaluation.Result result = evaluate("en", TimeEvaluation.readFolder(tbaq("TimeBank")));
        assertEquals(1243, result.overall().gold(), "gold TIMEX3 in TBAQ-cleaned TimeBank");
        assertTrue(result.overall().f1() >= 0.945, "span F1 " + result.overall().f1());
        // 0.848 reached (session 11), 0.8500 (session 12, dates-en3), 0.852 (session 13, dates-en4)
        assertTrue(result.overall().valueF1() >= 0.850, "value F1 " + result.overall().valueF1());
    }

    @Test
    void englishAquaint() {
        TimeEvaluation.Result result = evaluate("en", TimeEvaluation.readFolder(tbaq("AQUAINT")));
        assertEquals(579, result.overall().gold(), "gold TIMEX3 in TBAQ-cleaned AQUAINT");
        assertTrue(result.overall().f1() >= 0.945, "span F1 " + result.overall().f1());
        // 0.8015 reached (session 11), 0.7931 of it without the one-digit week equivalence (2000-W7 = 2000-W07);
        // 0.8049 (session 12, dates-en3), about 0.796 without it; 0.807 (session 13, dates-en4)
        assertTrue(result.overall().valueF1() >= 0.800, "value F1 " + result.overall().valueF1());
    }

    // Floors a little under session 13's figures (notes/dates-de3.md), span / value / strict: Die Zeit 0.903 / 0.812 /
    // 0.771, Dolomiten-100 0.906 / 0.765 / 0.760, Dolomiten-42 0.970 / 0.833 / 0.816; part of Die Zeit's value gain
    // since the fourth round is the scorer's (the date KRAUTS anchors "vor drei Jahren" at, "nachts" written three
    // ways), which the strict floor leaves out. Session 15 (dates6): Die Zeit value / strict 0.824 / 0.783 ("heute"
    // with a verb of having or being able as nowadays, the verb-final perfect as past), floors raised. Session 17
    // (dates8): Die Zeit 0.918 / 0.835 / 0.794 (millennia, "in der Vergangenheit", "zu dieser Zeit", "300 Menschen im
    // Jahr", "April, April!", "der Sommer", "in der kalten Jahreszeit", a man "von 20 Jahren" as an age), floors
    // raised; Dolomiten-42 0.967 / 0.831 / 0.814 ("in jener Zeit", unmarked there). Session 18 (dates9): Die Zeit
    // 0.918 / 0.841 / 0.800 (a day told in the past in the year its sentence named, "den Sommer über" P1SU, "jedes
    // Jahr am 28. Dezember" a set), value and strict floors raised. Session 19 (dates10): Die Zeit 0.920 / 0.848 /
    // 0.806 ("früher oder später", a place's former name in brackets, a long clause's closing verb as its tense, "zu
    // werden" no future), Dolomiten-100 0.908 / 0.770 / 0.765, floors raised. Session 19 (dates11): Dolomiten-42
    // 0.967 / 0.836 / 0.820 (a part of the day after "vor einigen Tagen" on that unknown day), floors raised.
    @ParameterizedTest
    @CsvSource({"DieZeit, 0.918, 0.845, 0.803", "Dolomiten-100, 0.905, 0.767, 0.762", "Dolomiten-42, 0.965, 0.834, 0.818"})
    void germanKrauts(String part, double spanFloor, double valueFloor, double strictFloor) {
        TimeEvaluation.Result result = evaluate("de", TimeEvaluation.readFolder(krauts(part)));
        assertTrue(result.overall().f1() >= spanFloor, part + " span F1 " + result.overall().f1());
        assertTrue(result.overall().valueF1() >= valueFloor, part + " value F1 " + result.overall().valueF1());
        assertTrue(result.overall().strictValueF1() >= strictFloor, part + " strict value F1 " + result.overall().strictValueF1());
    }

    @Test
    void aTimexWithoutTextIsNoGoldMention(@TempDir Path dir) throws IOException {
        // KRAUTS marks the implicit ends of "von 1945 bis 1949" periods with empty TIMEX3 elements.
        Path file = dir.resolve("empty.tml");
        Files.writeString(file, """
                <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2010-02-20" functionInDocument="CREATION_TIME">2010-02-20</TIMEX3></DCT>
                <TEXT>Seit <TIMEX3 tid="t1" type="DATE" value="1945">1945</TIMEX3><TIMEX3 tid="t2" type="DATE" value="1945-05-08T00:00"/> ist Frieden.</TEXT></TimeML>
                """);
        TimeEvaluation.GoldDocument doc = TimeEvaluation.read(file);
        assertEquals(List.of(new TimeExpression("1945", 5, 9, "DATE", "1945")), doc.gold());
    }

    @Test
    void aMacOSMetadataFileBesideADocumentIsNotRead(@TempDir Path dir) throws IOException {
        // Hand-written: a folder unpacked from a macOS archive, "._a.tml" holding binary metadata, not TimeML.
        Files.writeString(dir.resolve("a.tml"), """
                <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-06" functionInDocument="CREATION_TIME">02/06/1998</TIMEX3></DCT>
                <TEXT>The vote is on <TIMEX3 tid="t1" type="DATE" value="1998-02-09">Monday</TIMEX3>.</TEXT></TimeML>
                """);
        Files.write(dir.resolve("._a.tml"), new byte[] {0, 5, 22, 7, 0, 2, 0, 0, 'M', 'a', 'c'});
        List<TimeEvaluation.GoldDocument> docs = TimeEvaluation.readFolder(dir);
        assertEquals(1, docs.size());
        assertEquals(java.time.LocalDate.of(1998, 2, 6), docs.get(0).creationTime());
    }

    @Test
    void readsTextAndGoldSpansOfATimeMLDocument() {
        TimeEvaluation.GoldDocument doc = TimeEvaluation.read(frenchTimeBankFolder().resolve("1999-05-20-0108.tml"));
        assertEquals(java.time.LocalDate.of(1999, 5, 20), doc.creationTime());
        List<TimeExpression> gold = doc.gold();
        for (TimeExpression g : gold) assertEquals(g.text(), doc.text().substring(g.start(), g.end()));
        assertTrue(gold.contains(new TimeExpression("hier matin", gold.get(2).start(), gold.get(2).end(), "TIME",
                "1999-05-19TMO")), gold.toString());
    }

    @Test
    void valueF1CountsPredictionsAndGoldWithTheRightValue() {
        // 4 gold, 3 found of which 2 valued; 5 predicted, 3 overlapping gold, 2 of them with the gold value.
        // Strictly (the value strings equal): 1 gold and 1 prediction of those.
        TimeEvaluation.Counts c = new TimeEvaluation.Counts(4, 3, 2, 5, 3, 2, 1, 1);
        assertEquals(0.5, c.valueAccuracy(), 1e-9);
        assertEquals(2 * 0.4 * 0.5 / 0.9, c.valueF1(), 1e-9);
        assertEquals(2 * 0.2 * 0.25 / 0.45, c.strictValueF1(), 1e-9);
    }

    @Test
    void aStrictValueIsTheSameStringOnly() {
        assertTrue(TimeEvaluation.strictlySameValue("2000-W07", "2000-W07"));
        for (String[] twoWays : new String[][] {{"2000-W7", "2000-W07"}, {"P2Q", "P6M"}, {"P0.5Y", "P6M"},
                {"199", "199X"}, {"2011-03-17T8:30", "2011-03-17T08:30"}, {"PT1NI", "XXXX-XX-XXTNI"}}) {
            assertTrue(TimeEvaluation.sameValue(twoWays[0], twoWays[1]), String.join(" = ", twoWays));
            assertTrue(!TimeEvaluation.strictlySameValue(twoWays[0], twoWays[1]), "strictly " + String.join(" ≠ ", twoWays));
        }
        assertTrue(!TimeEvaluation.strictlySameValue("2000-w07", "2000-W07"), "TempEval-3's scorer keeps case");
    }

    @Test
    void theStrictValueF1CountsOnlyValuesWrittenAsTheGoldWritesThem(@TempDir Path dir) throws IOException {
        // Hand-written: the gold writes half a year as KRAUTS does ("P0.5Y"), the tagger in months.
        Path file = dir.resolve("strict.tml");
        Files.writeString(file, """
                <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2010-02-20" functionInDocument="CREATION_TIME">2010-02-20</TIMEX3></DCT>
                <TEXT>The plant closed in <TIMEX3 tid="t1" type="DATE" value="2009">2009</TIMEX3> and stayed shut for                 <TIMEX3 tid="t2" type="DURATION" value="P0.5Y">six months</TIMEX3>.</TEXT></TimeML>
                """);
        TimeEvaluation.Result result = evaluate("en", List.of(TimeEvaluation.read(file)));
        TimeEvaluation.Counts all = result.overall();
        String report = result.report(true);
        assertEquals(2, all.predicted(), report);
        assertEquals(1.0, all.valueF1(), 1e-9, report);
        assertEquals(0.5, all.strictValueF1(), 1e-9, report);
        assertTrue(report.lines().anyMatch(l -> l.matches("all\\s.*\\s1\\.000\\s+0\\.500")), report);
        assertTrue(result.summary("strict/", "en").endsWith(" 1.000     0.500"), result.summary("strict/", "en"));
    }

    @Test
    void aDecadeIsTheSameValueWrittenWithOrWithoutX() {
        assertTrue(TimeEvaluation.sameValue("199", "199X"));
        assertTrue(TimeEvaluation.sameValue("196X", "196"));
        assertTrue(!TimeEvaluation.sameValue("199", "198X"), "another decade");
        assertTrue(!TimeEvaluation.sameValue("19", "19XX"), "a century is not made equal");
        assertTrue(!TimeEvaluation.sameValue("2001", "200X"), "a year is not its decade");
    }

    @Test
    void anAmountInAFractionOfAUnitIsTheSameAsInSmallerUnits() {
        assertTrue(TimeEvaluation.sameValue("P0.5Y", "P6M"));
        assertTrue(TimeEvaluation.sameValue("PT0.5H", "PT30M"));
        assertTrue(TimeEvaluation.sameValue("P1.5Y", "P1Y6M"));
        assertTrue(TimeEvaluation.sameValue("P1DE", "P10Y"));
        assertTrue(TimeEvaluation.sameValue("P2Q", "P6M"), "TimeBank writes quarters both ways (P2Q, P9M)");
        assertTrue(!TimeEvaluation.sameValue("P1Q", "P4M"), "a quarter is three months");
        assertTrue(!TimeEvaluation.sameValue("P1M", "PT1M"), "a month is not a minute");
        assertTrue(!TimeEvaluation.sameValue("P1M", "P30D"), "a month is no number of days");
        assertTrue(!TimeEvaluation.sameValue("PXY", "PXM"), "vague amounts are not made equal");
    }

    @Test
    void aWeekWithAOneDigitNumberIsTheSameWeek() {
        assertTrue(TimeEvaluation.sameValue("2000-W7", "2000-W07"));
        assertTrue(TimeEvaluation.sameValue("2000-W07-WE", "2000-W7-WE"));
        assertTrue(!TimeEvaluation.sameValue("2000-W7", "2000-W17"), "another week");
        assertTrue(!TimeEvaluation.sameValue("2000-W7", "2000-W06"), "another week");
    }

    @Test
    void aPartOfEveryDayIsTheSameWrittenAsAPeriodOrAsThePartOfAnUnknownDay() {
        assertTrue(TimeEvaluation.sameValue("PT1NI", "XXXX-XX-XXTNI"));
        assertTrue(TimeEvaluation.sameValue("XXXX-XX-XXTMO", "PTMO"));
        assertTrue(!TimeEvaluation.sameValue("PT1NI", "XXXX-XX-XXTMO"), "another part of the day");
        assertTrue(!TimeEvaluation.sameValue("PT2NI", "XXXX-XX-XXTNI"), "two nights are no night");
        assertTrue(!TimeEvaluation.sameValue("PT1NI", "2010-01-01TNI"), "a night of a known day is no recurrence");
    }

    @Test
    void aClockTimeWithAPeriodOrOneDigitHourIsTheSameTime() {
        assertTrue(TimeEvaluation.sameValue("2013-09-23T19.30", "2013-09-23T19:30"));
        assertTrue(TimeEvaluation.sameValue("2011-03-17T8:30", "2011-03-17T08:30"));
        assertTrue(!TimeEvaluation.sameValue("2011-03-17T8:30", "2011-03-18T08:30"), "another day");
    }

    @Test
    void aDurationUpToTheDctIsAlsoRightAsTheDateTheGoldAnchorsItAt(@TempDir Path dir) throws IOException {
        // Written for this test, in KRAUTS's way: "vor drei Jahren" is the DURATION "drei Jahren" from an unwritten
        // DATE 2007 to the DCT; "seit zwei Jahren" from 2008; "das Jahr" runs between two other points.
        Path file = dir.resolve("anchored.tml");
        Files.writeString(file, """
                <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2010-02-20" functionInDocument="CREATION_TIME">2010-02-20</TIMEX3></DCT>
                <TEXT>Er kam vor <TIMEX3 tid="t1" type="DURATION" value="P3Y" beginPoint="t2" endPoint="t0">drei Jahren</TIMEX3><TIMEX3 tid="t2" type="DATE" value="2007" anchorTimeID="t0"/> an. \
                Sie lebt seit <TIMEX3 tid="t3" type="DURATION" value="P2Y" beginPoint="t4" endPoint="t0">zwei Jahren</TIMEX3><TIMEX3 tid="t4" type="DATE" value="2008" anchorTimeID="t0"/> hier. \
                Es war <TIMEX3 tid="t5" type="DURATION" value="P1Y" beginPoint="t6" endPoint="t7">das Jahr</TIMEX3><TIMEX3 tid="t6" type="DATE" value="1969-01-01"/><TIMEX3 tid="t7" type="DATE" value="1969-12-31"/>.</TEXT></TimeML>
                """);
        TimeEvaluation.GoldDocument doc = TimeEvaluation.read(file);
        TimeExpression ago = doc.gold().get(0), since = doc.gold().get(1), year = doc.gold().get(2);
        assertTrue(doc.valueOf(ago, "P3Y") && doc.valueOf(ago, "2007"), "the duration and the date it gives");
        assertTrue(!doc.valueOf(ago, "2008"), "another year");
        assertTrue(doc.valueOf(since, "P2Y") && doc.valueOf(since, "2008"));
        assertTrue(doc.valueOf(year, "P1Y") && !doc.valueOf(year, "1969-01-01"), "not up to the DCT: no date");
        assertTrue(doc.strictValueOf(ago, "P3Y") && !doc.strictValueOf(ago, "2007"), "strictly, the gold's value only");
    }
}
