package dev.storyline.time;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The time tagger on French TimeBank (../shared/data/time/fr-timebank): prints its figures and keeps them above
 * a floor a little under what it reaches (span F1 0.964, value accuracy 0.921 when written).
 */
class TimeEvaluationTest {

    private static Path corpus() {
        Path folder = Path.of(System.getProperty("storyline.shared", "../shared"), "data", "time", "fr-timebank");
        assumeTrue(Files.isDirectory(folder), "French TimeBank not found at " + folder.toAbsolutePath()
                + " (set -Dstoryline.shared=...): evaluation skipped");
        return folder;
    }

    @Test
    void frenchTimeBank() {
        TimeEvaluation.Result result = new TimeEvaluation(new TimeTagger(), "fr").evaluate(TimeEvaluation.readFolder(corpus()));
        System.out.print(result.report(false));
        assertEquals(252, result.overall().gold(), "gold TIMEX3 in French TimeBank 1.1");
        assertTrue(result.overall().f1() >= 0.95, "span F1 " + result.overall().f1());
        assertTrue(result.overall().valueAccuracy() >= 0.91, "value accuracy " + result.overall().valueAccuracy());
    }

    @Test
    void readsTextAndGoldSpansOfATimeMLDocument() {
        TimeEvaluation.GoldDocument doc = TimeEvaluation.read(corpus().resolve("1999-05-20-0108.tml"));
        assertEquals(java.time.LocalDate.of(1999, 5, 20), doc.creationTime());
        List<TimeExpression> gold = doc.gold();
        for (TimeExpression g : gold) assertEquals(g.text(), doc.text().substring(g.start(), g.end()));
        assertTrue(gold.contains(new TimeExpression("hier matin", gold.get(2).start(), gold.get(2).end(), "TIME",
                "1999-05-19TMO")), gold.toString());
    }
}
