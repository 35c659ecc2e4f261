package dev.storyline.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.storyline.time.Expressions.assertFound;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** German expressions, published on Friday 2022-01-14. */
class TimeTaggerGermanTest {

    @Test
    void numericDates() {
        assertFound("de", "Am 13.01.2022 und am 2022-01-13.", "13.01.2022=DATE 2022-01-13", "2022-01-13=DATE 2022-01-13");
    }

    @Test
    void writtenDates() {
        // A month alone takes the nearest tense cue of its sentence; German's present-for-future has none, so the
        // month without a year stands in a sentence of its own here ("ging" would otherwise put it in the past).
        assertFound("de", "Er kam am 2. Januar 2022 und ging im März 2021. Er kommt im Februar.",
                "am 2. Januar 2022=DATE 2022-01-02", "im März 2021=DATE 2021-03", "im Februar=DATE 2022-02");
    }

    @Test
    void yearsDecadesCenturies() {
        assertFound("de", "Im Jahr 2021, in den 60er Jahren, im 20. Jahrhundert.",
                "Im Jahr 2021=DATE 2021", "in den 60er Jahren=DATE 196", "im 20. Jahrhundert=DATE 19");
    }

    @Test
    void daysAroundPublication() {
        assertFound("de", "Gestern, heute und vorgestern.",
                "Gestern=DATE 2022-01-13", "heute=DATE 2022-01-14", "vorgestern=DATE 2022-01-12");
    }

    @Test
    void todayInAPresentStatementIsNowadays() {
        // KRAUTS (Die Zeit, Dolomiten) and TimeML: a general statement's "heute" is PRESENT_REF, not the day
        assertFound("de", "Heute ist es ganz, ganz kompliziert.", "Heute=DATE PRESENT_REF");
        assertFound("de", "So wird es heute noch erzählt.", "heute=DATE PRESENT_REF");
    }

    @Test
    void todayWithAPresentVerbOfActionIsTheDayOfTheNews() {
        // written for Storyline: dailies report today's events in the present tense
        assertFound("de", "Heute beginnt in Berlin die Konferenz.", "Heute=DATE 2022-01-14");
        assertFound("de", "Der Bundestag stimmt heute über das Gesetz ab.", "heute=DATE 2022-01-14");
        assertFound("de", "Heute leben dort nur noch 500 Menschen.", "Heute=DATE PRESENT_REF");
    }

    @Test
    void todayWithAVerbOfHavingAbilityOrOpinionIsNowadays() {
        // written for Storyline (session 15), after the essays of KRAUTS's Die Zeit ("Jedes Kind hat heute ein
        // Risiko", "kann man sich heute leicht", "tut ihm heute leid"): having, being able, a subjunctive state,
        // regret and opinion in the present state how things are, not an event of the day
        assertFound("de", "Fast jede Familie hat heute ein Auto.", "heute=DATE PRESENT_REF");
        assertFound("de", "Mit dem Telefon kann man heute jede Zeitung lesen.", "heute=DATE PRESENT_REF");
        assertFound("de", "Ohne Steuern wäre das Land heute ärmer.", "heute=DATE PRESENT_REF");
        assertFound("de", "Das Urteil tut ihr heute leid.", "heute=DATE PRESENT_REF");
        assertFound("de", "Viele Ärzte glauben heute, dass Zucker schadet.", "heute=DATE PRESENT_REF");
        // the same verbs with an event's tense, a clock time or a day beside it stay the day
        assertFound("de", "Der Rat hat heute die Gebühren gesenkt.", "heute=DATE 2022-01-14");
        assertFound("de", "Die Halle kann heute ab 9 Uhr besucht werden.", "heute=DATE 2022-01-14", "ab 9 Uhr=TIME 2022-01-14T09:00");
        assertFound("de", "Der Verein hat heute und morgen geöffnet.", "heute=DATE 2022-01-14", "morgen=DATE 2022-01-15");
    }

    @Test
    void aPerfectInVerbFinalOrderIsPast() {
        // written for Storyline (session 15): the perfect of a subordinate clause, participle before "hat", was no
        // tense cue, so "heute" beside a verb of having read as nowadays and a weekday was not put in the past
        assertFound("de", "Ein Kollege, der darüber heute geschrieben hat, kennt ihn.", "heute=DATE 2022-01-14");
        assertFound("de", "Die Firma, die am Dienstag Insolvenz angemeldet hat, schweigt.", "am Dienstag=DATE 2022-01-11");
        assertFound("de", "Der Vertrag, den sie am Montag ratifiziert haben, gilt.", "am Montag=DATE 2022-01-10");
        // a noun before "hat" is no participle
        assertFound("de", "Der Verbraucherrat hat heute viel Einfluss.", "heute=DATE PRESENT_REF");
    }

    @Test
    void todayWithAnEventIsTheDay() {
        assertFound("de", "Die Regierung hat heute den Haushalt beschlossen.", "heute=DATE 2022-01-14");
        assertFound("de", "191 Staaten haben ihn bis heute ratifiziert.", "heute=DATE 2022-01-14");
        assertFound("de", "Der Weihnachtsmarkt ist heute ab 15 Uhr offen.", "heute=DATE 2022-01-14", "ab 15 Uhr=TIME 2022-01-14T15:00");
        assertFound("de", "Flohmarkt heute und morgen.", "heute=DATE 2022-01-14", "morgen=DATE 2022-01-15");
    }

    @Test
    void weekdays() {
        assertFound("de", "Er sprach am Donnerstag und letzten Freitag; nächsten Montag reist er ab.",
                "am Donnerstag=DATE 2022-01-13", "letzten Freitag=DATE 2022-01-07", "nächsten Montag=DATE 2022-01-17");
    }

    @Test
    void weekdayAndPartOfDayWrittenAsOneWord() {
        assertFound("de", "Am Donnerstagabend kam er.", "Am Donnerstagabend=TIME 2022-01-13TEV");
    }

    @Test
    void periodsAroundPublication() {
        assertFound("de", "Letzte Woche, vergangenen Monat, nächstes Jahr, dieses Wochenende.",
                "Letzte Woche=DATE 2022-W01", "vergangenen Monat=DATE 2021-12", "nächstes Jahr=DATE 2023",
                "dieses Wochenende=DATE 2022-W02-WE");
    }

    @Test
    void amountsBeforeOrAfterPublication() {
        assertFound("de", "Vor drei Tagen und in zwei Wochen.", "Vor drei Tagen=DATE 2022-01-11", "in zwei Wochen=DATE 2022-01-28");
    }

    @Test
    void partsOfDays() {
        assertFound("de", "Heute Morgen und gestern Abend.", "Heute Morgen=TIME 2022-01-14TMO", "gestern Abend=TIME 2022-01-13TEV");
    }

    @Test
    void clockTimes() {
        assertFound("de", "Am Donnerstag um 10.30 Uhr.", "Am Donnerstag=DATE 2022-01-13", "um 10.30 Uhr=TIME 2022-01-13T10:30");
    }

    @Test
    void durations() {
        assertFound("de", "Es dauerte drei Tage, dann zwei Jahre, 24 Stunden und einunddreißig Tage.",
                "drei Tage=DURATION P3D", "zwei Jahre=DURATION P2Y", "24 Stunden=DURATION PT24H",
                "einunddreißig Tage=DURATION P31D");
    }

    @Test
    void agesAreNotDurations() {
        assertFound("de", "Der 47-Jährige starb im Alter von 87 Jahren.");
    }

    @Test
    void sets() {
        assertFound("de", "Jeden Donnerstag, jedes Jahr, donnerstags, alle zwei Wochen.",
                "Jeden Donnerstag=SET XXXX-WXX-4", "jedes Jahr=SET P1Y", "donnerstags=SET XXXX-WXX-4",
                "alle zwei Wochen=SET P2W");
    }

    @Test
    void seasonsAndFeasts() {
        assertFound("de", "Diesen Sommer, an Weihnachten und Ostern 2022.",
                "Diesen Sommer=DATE 2022-SU", "an Weihnachten=DATE 2021-12-25", "Ostern 2022=DATE 2022-04-17");
    }

    @Test
    void aFutureVerbPutsAWeekdayAhead() {
        assertFound("de", "Das Dorf wird am Dienstag feiern.", "am Dienstag=DATE 2022-01-18");
    }

    @Test
    void morgenCapitalisedAfterAWordIsTheMorningNotTomorrow() {
        assertFound("de", "Guten Morgen, sagte er. Morgen kommt er wieder.", "Morgen=DATE 2022-01-15");
    }

    @Test
    void ratesAreRecurrences() {
        assertFound("de", "Dreimal pro Tag, zweimal im Monat.", "pro Tag=SET P1D", "im Monat=SET P1M");
    }

    @Test
    void quartersAndHalvesOfTheYear() {
        assertFound("de", "Im dritten Quartal 2021 und in diesem Quartal.",
                "Im dritten Quartal 2021=DATE 2021-Q3", "diesem Quartal=DATE 2022-Q1");
    }

    @Test
    void startOrEndOfAPeriod() {
        assertFound("de", "Die Dividende wird vierteljährlich gezahlt, bis Ende des Jahres und Ende nächsten Jahres.",
                "vierteljährlich=SET P3M", "bis Ende des Jahres=DATE 2022", "Ende nächsten Jahres=DATE 2023");
    }

    @Test
    void recentPeriodsAreDurations() {
        assertFound("de", "In den vergangenen Tagen und in den letzten zehn Jahren.",
                "In den vergangenen Tagen=DURATION PXD", "in den letzten zehn Jahren=DURATION P10Y");
    }

    @Test
    void kommendenIsTheNextOne() {
        assertFound("de", "Er kommt kommenden Dienstag.", "kommenden Dienstag=DATE 2022-01-18");
    }

    @Test
    void laterAndEarlierCountFromTheDateLastNamed() {
        assertFound("de", "Am 3. Januar kam er an; zwei Tage später reiste er ab.",
                "Am 3. Januar=DATE 2022-01-03", "zwei Tage später=DATE 2022-01-05");
    }

    @Test
    void aMonthTakesTheYearNamedInItsSentence() {
        assertFound("de", "Im Jahr 2019 begann die Krise im März.", "Im Jahr 2019=DATE 2019", "im März=DATE 2019-03");
    }

    @Test
    void aStrongPastPutsAWeekdayBehind() {
        assertFound("de", "Das Feuer brach am Samstagabend aus.", "am Samstagabend=TIME 2022-01-08TEV");
    }

    @Test
    void everySeasonAndAnOrdinalWeek() {
        assertFound("de", "Es schneit jeden Winter, auch in der zweiten Woche im März.",
                "jeden Winter=SET XXXX-WI", "in der zweiten Woche im März=DATE 2022-W10");
    }

    @Test
    void theQuarterIsTheOneLastNamed() {
        assertFound("de", "Im dritten Quartal 2021 sank der Umsatz; im Quartal stiegen die Preise.",
                "Im dritten Quartal 2021=DATE 2021-Q3", "im Quartal=DATE 2021-Q3");
    }

    @Test
    void halvesOfUnitsAndTheWeekOfADate() {
        assertFound("de", "Seit zweieinhalb Jahren, anderthalb Stunden, in der Woche vom 10. Januar.",
                "Seit zweieinhalb Jahren=DURATION P2Y6M", "anderthalb Stunden=DURATION PT1H30M",
                "in der Woche vom 10. Januar=DATE 2022-W02");
    }

    @Test
    void theYearBeforeTheDateNamedOrItsPartOfTheYear() {
        assertFound("de", "Im dritten Quartal 2021 stieg der Umsatz gegenüber dem Vorjahresquartal. Im Vorjahr war er gesunken.",
                "Im dritten Quartal 2021=DATE 2021-Q3", "gegenüber dem Vorjahresquartal=DATE 2020-Q3", "Im Vorjahr=DATE 2020");
    }

    @Test
    void startOrEndOfThisYearOrMonthInOneWord() {
        assertFound("de", "Seit Jahresbeginn stieg die Aktie, bis Monatsende soll sie fallen.",
                "Seit Jahresbeginn=DATE 2022", "bis Monatsende=DATE 2022-01");
    }

    @Test
    void thisYearAsAWhole() {
        assertFound("de", "Für das Gesamtjahr erwartet der Vorstand einen Gewinn.", "Für das Gesamtjahr=DATE 2022");
    }

    @Test
    void decadesWrittenAsWords() {
        assertFound("de", "So hoch waren die Preise zuletzt in den achtziger Jahren.", "in den achtziger Jahren=DATE 198");
    }

    @Test
    void aWeakPreteriteIsAPastCue() {
        // Said on a Friday: "dauerte" puts the weekend in the past, so it is the last one.
        assertFound("de", "Die Hitze dauerte am Wochenende an.", "am Wochenende=DATE 2022-W01-WE");
    }

    @Test
    void sollenSpeaksOfTheFuture() {
        // December without a cue, said in January, is the last one; "soll" makes it the coming one.
        assertFound("de", "Ein Gutachten soll Mitte Dezember vorliegen.", "Mitte Dezember=DATE 2022-12");
    }

    @Test
    void feastOnAWeekday() {
        assertFound("de", "Der Muttertag naht.", "Muttertag=DATE 2022-05-08");
    }

    @Test
    void monthSeasonOrWeekdayOfARelativeYearOrWeek() {
        assertFound("de", "Im Dezember vergangenen Jahres, im Frühjahr kommenden Jahres und am Dienstag vergangener Woche.",
                "Im Dezember vergangenen Jahres=DATE 2021-12", "im Frühjahr kommenden Jahres=DATE 2023-SP",
                "am Dienstag vergangener Woche=DATE 2022-01-04");
    }

    @Test
    void theNightNamedByTheDayItEndsOn() {
        assertFound("de", "In der Nacht zum Donnerstag brach ein Feuer aus; am späten Vormittag war es gelöscht.",
                "In der Nacht zum Donnerstag=TIME 2022-01-12TNI", "am späten Vormittag=TIME 2022-01-13TMO");
    }

    @Test
    void twoAmountsMakeOneDuration() {
        assertFound("de", "Er saß drei Jahre und vier Monate in Haft.", "drei Jahre und vier Monate=DURATION P3Y4M");
    }

    @Test
    void binnenAndInnerhalbVonAreTheTimeTaken() {
        assertFound("de", "Das Werk soll innerhalb von sechs Monaten und in zwei Jahren fertig sein.",
                "innerhalb von sechs Monaten=DURATION P6M", "in zwei Jahren=DATE 2024");
    }

    @Test
    void theFirstHourOfASpanWrittenOnce() {
        assertFound("de", "Der Markt ist heute von 14.30-18 Uhr geöffnet.",
                "heute=DATE 2022-01-14", "von 14.30=TIME 2022-01-14T14:30", "18 Uhr=TIME 2022-01-14T18:00");
    }

    @Test
    void declinedFrequencyAdjectivesAndHeuer() {
        assertFound("de", "Die monatlichen Treffen finden heuer wieder statt.", "monatlichen=SET P1M", "heuer=DATE 2022");
    }

    @Test
    void anOrdinalPeriodDoesNotEndTheSentenceItsVerbIsIn() {
        assertFound("de", "Am 25. Juni wurde gewählt.", "Am 25. Juni=DATE 2021-06-25");
    }

    @Test
    void lengthsInOneWordAndVagueReferences() {
        assertFound("de", "Nach jahrelangen Verhandlungen wurde tagelang gestreikt, in letzter Zeit wieder.",
                "jahrelangen=DURATION PXY", "tagelang=DURATION PXD", "in letzter Zeit=DATE PAST_REF");
    }

    @Test
    void halfAUnitAndHalfAYearAgo() {
        assertFound("de", "Er wartete eine halbe Stunde. Vor einem halben Jahr kam er.",
                "eine halbe Stunde=DURATION PT30M", "Vor einem halben Jahr=DATE 2021-07");
    }

    @Test
    void hoursInWords() {
        assertFound("de", "Um neun Uhr begann die Sitzung, gegen zwanzig Uhr war sie vorbei.",
                "Um neun Uhr=TIME 2022-01-14T09:00", "gegen zwanzig Uhr=TIME 2022-01-14T20:00");
    }

    @Test
    void adverbsOfAPartOfTheDayRecur() {
        assertFound("de", "Die Fähre fährt nachts nicht, Mittwoch vormittags schon.",
                "nachts=SET XXXX-XX-XXTNI", "Mittwoch vormittags=SET XXXX-WXX-3TMO");
    }

    @Test
    void jahrUmJahrIsEveryYear() {
        assertFound("de", "Jahr um Jahr steigen die Mieten.", "Jahr um Jahr=SET P1Y");
    }

    @Test
    void preteritesInAchteArePasts() {
        // "dachte" is a past: the summer is a dated one, not a generic one (in January, last year's: dates15)
        assertFound("de", "Der Minister dachte im Sommer über einen Rücktritt nach.", "im Sommer=DATE 2021-SU");
    }

    @Test
    void palmsonntagUndMariaHimmelfahrt() {
        assertFound("de", "Die Prozession findet an Palmsonntag 2023 statt, das Fest zu Mariä Himmelfahrt 2023.",
                "an Palmsonntag 2023=DATE 2023-04-02", "zu Mariä Himmelfahrt 2023=DATE 2023-08-15");
    }

    @Test
    void theLastYearsArADurationNotLastYear() {
        assertFound("de", "Die vergangenen Jahre waren schwer.", "Die vergangenen Jahre=DURATION PXY");
    }

    @Test
    void dieserTageIsThePresentAndAllDieseJahreADuration() {
        assertFound("de", "Dieser Tage klagen viele, all diese Jahre sei nichts geschehen.",
                "Dieser Tage=DATE PRESENT_REF", "all diese Jahre=DURATION PXY");
    }

    @Test
    void vorigesJahrhundert() {
        assertFound("de", "Ein Gesetz des vorigen Jahrhunderts gilt in diesem Jahrhundert noch.",
                "des vorigen Jahrhunderts=DATE 19", "diesem Jahrhundert=DATE 20");
    }

    @Test
    void jedenJuliIsAMonthEachYear() {
        assertFound("de", "Das Festival findet jeden Juli statt.", "jeden Juli=SET XXXX-07");
    }

    @Test
    void imLaufeDesJahresIstDiesesJahr() {
        assertFound("de", "Die Preise steigen im Laufe des Jahres.", "im Laufe des Jahres=DATE 2022");
    }

    @Test
    void sommerDesJahresUndBeginnDerWoche() {
        assertFound("de", "Im Sommer des Jahres 2005 war es heiß, zu Beginn der Woche kühl.",
                "Im Sommer des Jahres 2005=DATE 2005-SU", "zu Beginn der Woche=DATE 2022-W02");
    }

    @Test
    void decadesWrittenAsOneWord() {
        assertFound("de", "In den Fünfzigerjahren war das anders als Ende der Achtzigerjahre.",
                "In den Fünfzigerjahren=DATE 195", "Ende der Achtzigerjahre=DATE 198");
    }

    @Test
    void amountsSaidWithAnAdjective() {
        assertFound("de", "Er wartete 17 lange Jahre, sie lange Jahre, wir ein knappes Jahr.",
                "17 lange Jahre=DURATION P17Y", "lange Jahre=DURATION PXY", "ein knappes Jahr=DURATION P1Y");
    }

    @Test
    void dieVergangenenBeidenJahreAreTwoYears() {
        assertFound("de", "In den vergangenen beiden Jahren wuchs der Umsatz.",
                "In den vergangenen beiden Jahren=DURATION P2Y");
    }

    @Test
    void dieFruehenMorgenstundenArePartOfTheDay() {
        assertFound("de", "Die Polizei griff in den frühen Morgenstunden zu.",
                "in den frühen Morgenstunden=TIME 2022-01-14TMO");
    }

    @Test
    void diesenFreitagSaidOnAFridayIsThatDay() {
        assertFound("de", "Der Rat entscheidet diesen Freitag.", "diesen Freitag=DATE 2022-01-14");
    }

    @Test
    void everyFewYearsIsASetOfAnUnknownAmount() {
        assertFound("de", "Sie werden alle paar Jahre gewählt.", "alle paar Jahre=SET PXY");
    }

    @Test
    void vorJahrenIsSomeTimeBackAndNachJahrenADuration() {
        assertFound("de", "Vor Jahren begann der Streit, nach Jahren kam das Urteil.",
                "Vor Jahren=DATE PAST_REF", "nach Jahren=DURATION PXY");
    }

    @Test
    void vomWochenendeIsTheLastWeekend() {
        assertFound("de", "Die Bilder vom Wochenende zeigen Schnee.", "vom Wochenende=DATE 2022-W01-WE");
    }

    @Test
    void aHeadlineEndingOnWochenendeIsNotJoinedToTheNextLine() {
        // "des/der/vor/nach" after "Wochenende" make it another weekend only on the same line, in lower case.
        assertFound("de", "Streik am Wochenende\nNach Angaben der Gewerkschaft fahren keine Züge.",
                "am Wochenende=DATE 2022-W02-WE"); // a headline without a verb: the coming weekend
    }

    @Test
    void daysInARow() {
        assertFound("de", "An zwei aufeinanderfolgenden Tagen regnete es.", "zwei aufeinanderfolgenden Tagen=DURATION P2D");
    }

    @Test
    void aSeasonOfAYearIsWhatTheVorjahrCountsFrom() {
        assertFound("de", "Im Juni des vergangenen Jahres war es kalt. In diesem Sommer kommen mehr Gäste als im Vorjahr.",
                "Im Juni des vergangenen Jahres=DATE 2021-06", "diesem Sommer=DATE 2022-SU", "im Vorjahr=DATE 2021");
    }

    @Test
    void agesAreNoDurations() {
        assertFound("de", "Ein drei Jahre altes Auto, Eintritt ab 16 Jahren. Robert S. war 19 Jahre, als er 20 Jahre Haft bekam.",
                "20 Jahre=DURATION P20Y");
        assertFound("de", "Mit elf Wochen begann das Baby zu weinen.");
    }

    @Test
    void aCountOfThingsIsNoYear() {
        assertFound("de", "Rund 1500 Azubis legen 2011 die Prüfung ab; die Reise kostet 1465 Mark.", "2011=DATE 2011");
    }

    @Test
    void anAmountPerYearOrMonthIsARate() {
        assertFound("de", "Er verdient 1200 Euro im Monat, im Jahr 2021 waren es 900.",
                "im Monat=SET P1M", "im Jahr 2021=DATE 2021");
    }

    @Test
    void theQuarterBeforeTheOneNamed() {
        assertFound("de", "Im vierten Quartal 2021 verdiente er weniger als im Quartal davor.",
                "Im vierten Quartal 2021=DATE 2021-Q4", "im Quartal davor=DATE 2021-Q3");
    }

    @Test
    void theWeekOrYearAfterOrBeforeTheDateNamed() {
        assertFound("de", "Am 3. Juli 2013 begann das Lager, in der Woche darauf ging es zum See. Im Jahr zuvor regnete es.",
                "Am 3. Juli 2013=DATE 2013-07-03", "in der Woche darauf=DATE 2013-W28", "Im Jahr zuvor=DATE 2012");
    }

    @Test
    void theWeekdayBeforeOrAfterCountsFromTheDayLastNamed() {
        assertFound("de", "Der Vertrag wurde am 12. Oktober 2021 unterzeichnet und am Freitag zuvor angekündigt.",
                "am 12. Oktober 2021=DATE 2021-10-12", "am Freitag zuvor=DATE 2021-10-08");
        assertFound("de", "Die Gespräche begannen am 12. Oktober 2021 und endeten am Montag darauf.",
                "am 12. Oktober 2021=DATE 2021-10-12", "am Montag darauf=DATE 2021-10-18");
    }

    @Test
    void aLaterPointInTimeIsAVagueFuture() {
        assertFound("de", "Die Sitzung wird zu einem späteren Zeitpunkt nachgeholt.", "einem späteren Zeitpunkt=DATE FUTURE_REF");
    }

    @Test
    void anAmountGluedBeforeANounIsADuration() {
        assertFound("de", "Die 35-Stunden-Woche kam, die 14-Tage-Frist lief ab.", "35-Stunden=DURATION PT35H", "14-Tage=DURATION P14D");
    }

    @Test
    void agesBetweenTwoAmountsUpToOneOrComparedAreNoDurations() {
        // KRAUTS leaves ages unmarked; a term in prison between two amounts stays a duration
        assertFound("de", "Kinder zwischen sechs und elf Jahren wanderten. Er bekam zwischen drei und fünf Jahren Haft.",
                "fünf Jahren=DURATION P5Y");
        assertFound("de", "Der 16 Jahre jüngere Crosby siegte; Eintritt frei für Kinder bis 15 Jahre.");
    }

    @Test
    void theFirstAmountOfARangeOfMoneyIsNoYear() {
        assertFound("de", "Die Reise kostet von 1450 bis 1850 Mark. Er lebte bis 1990 in Bonn.", "bis 1990=DATE 1990");
    }

    @Test
    void aYearOfThreeDigitsNamedAsAYear() {
        assertFound("de", "Im Jahr 578 kamen die Mönche. Er verdient im Jahr 500 Euro.", "Im Jahr 578=DATE 0578");
    }

    @Test
    void kuenftigIsNoTimeExpression() {
        // "from now on", like "mittlerweile": KRAUTS and our hand-written gold leave it unmarked
        assertFound("de", "Die Dividende wird künftig im Dezember gezahlt.", "im Dezember=DATE 2022-12");
    }

    @Test
    void juengstIsNoTimeExpression() {
        // "recently, lately": KRAUTS leaves it unmarked in every part read (Die Zeit 0 of 3); "kürzlich" stays
        assertFound("de", "Der Verband hat jüngst eine Studie veröffentlicht.");
        assertFound("de", "Der Verband hat kürzlich eine Studie veröffentlicht.", "kürzlich=DATE PAST_REF");
    }

    @Test
    void aWeekdayWithoutTenseAfterTheDayBeforeItIsTheNextDay() {
        // written for Storyline, after a week's diary in KRAUTS (Die Zeit) planned in the present tense: published on
        // a Friday, "Dienstag" alone is the last one (nearer), but after "am Montag" that followed "am Sonntag" it
        // is the day after that Monday
        assertFound("de", "Am Sonntag fliege ich nach Rom, am Montag treffe ich den Minister. Am Dienstag geht es zurück.",
                "Am Sonntag=DATE 2022-01-16", "am Montag=DATE 2022-01-17", "Am Dienstag=DATE 2022-01-18");
        assertFound("de", "Am Dienstag geht es zurück.", "Am Dienstag=DATE 2022-01-11");
        // a verb's tense still decides; a weekday that is not the next day keeps the nearest to publication
        assertFound("de", "Am Montag traf er den Minister. Am Dienstag hatte er frei.",
                "Am Montag=DATE 2022-01-10", "Am Dienstag=DATE 2022-01-11");
    }

    @Test
    void anEntryOfAListingIsOnTheDayOfTheListingNotOnTheDayTheEntryBeforeNamed() {
        // written for Storyline, after the events listings of a South Tyrolean daily (KRAUTS, Dolomiten): each entry
        // begins with its place and a colon; a day one entry names does not carry into the next
        assertFound("de", "Bozen: Adventsmarkt im Pfarrzentrum, heute ab 15 Uhr, am morgigen Samstag von 9-12 Uhr. "
                        + "Bozen / Umgebung Theater & Bühne Leifers: Schwank der Heimatbühne, 20 Uhr.",
                "heute=DATE 2022-01-14", "ab 15 Uhr=TIME 2022-01-14T15:00", "Samstag=DATE 2022-01-15",
                "von 9=TIME 2022-01-15T09:00", "12 Uhr=TIME 2022-01-15T12:00", "20 Uhr=TIME 2022-01-14T20:00");
        // in narrative, and after a colon that follows a word in lower case, the day named stays
        assertFound("de", "Am Samstag kam es zu Ausschreitungen. Gegen 22 Uhr griff die Polizei ein.",
                "Am Samstag=DATE 2022-01-08", "Gegen 22 Uhr=TIME 2022-01-08T22:00");
        assertFound("de", "Am Samstag kam es zu Ausschreitungen. Der Sprecher sagte: Um 22 Uhr war es vorbei.",
                "Am Samstag=DATE 2022-01-08", "Um 22 Uhr=TIME 2022-01-08T22:00");
    }

    @Test
    void todayOfAnAgeAgainstThePastOrAskedAboutIsNowadays() {
        // written for Storyline, after the essays of KRAUTS's Die Zeit: "von heute", "heute" set against "damals",
        // and a question of how things are name the present age, not the day
        assertFound("de", "Die Jugend von heute liest weniger Zeitung.", "heute=DATE PRESENT_REF");
        assertFound("de", "Damals war er Minister, heute leitet er eine Stiftung.", "Damals=DATE PAST_REF",
                "heute=DATE PRESENT_REF");
        assertFound("de", "Wie sehen die Parteien heute die Lage?", "heute=DATE PRESENT_REF");
        // the day: an event today, and "von heute an"
        assertFound("de", "Das Gesetz tritt von heute an in Kraft.", "heute=DATE 2022-01-14");
        assertFound("de", "Wer spricht heute um 10 Uhr?", "heute=DATE 2022-01-14", "um 10 Uhr=TIME 2022-01-14T10:00");
    }

    @Test
    void theNthWeekCountsFromTheDayLastNamed() {
        // written for Storyline, after a holiday camp's report in KRAUTS (Dolomiten): its weeks count from its start
        assertFound("de", "Das Lager begann am 3. Januar. In der ersten Woche bastelten die Kinder, in der dritten Woche "
                        + "ging es ins Schwimmbad.",
                "am 3. Januar=DATE 2022-01-03", "In der ersten Woche=DATE 2022-W01", "in der dritten Woche=DATE 2022-W03");
        // without a day named there is nothing to count from; "im Amt" is no week of a date
        assertFound("de", "In der ersten Woche kamen 500 Besucher.");
        assertFound("de", "Er kam am 3. Januar. Die erste Woche im Amt war schwer.", "am 3. Januar=DATE 2022-01-03");
    }

    @Test
    void anAgeLimitIsNoDuration() {
        // written for Storyline, after a Die Zeit essay on gun laws in KRAUTS (which leaves age limits unmarked)
        assertFound("de", "Die Altersgrenze von 18 Jahren ist Augenwischerei.");
        assertFound("de", "Die Anhebung der Altersgrenze für das Schießen mit großen Waffen von 14 Jahren auf 18 Jahre.");
        // a term is still one: "Haft von drei Jahren"
        assertFound("de", "Er erhielt eine Haft von drei Jahren.", "drei Jahren=DURATION P3Y");
    }

    @Test
    void onThatDayIsTheDayLastNamed() {
        // written for Storyline: "an diesem Tag", "an jenem Tag" point back, as "that day" and "ese día" do
        assertFound("de", "Am 1. Oktober 2003 kam sie nach Berlin. An diesem Tag begann ihr neues Leben.",
                "Am 1. Oktober 2003=DATE 2003-10-01", "An diesem Tag=DATE 2003-10-01");
        assertFound("de", "An jenem Tag regnete es.", "An jenem Tag=DATE 2022-01-14");
    }

    @Test
    void anHourToldByItsQuartersIsAClockTime() {
        // written for Storyline: German tells the half and the quarters towards the next hour ("halb neun" is 8:30);
        // the southern and Austrian "viertel neun" is 8:15, "dreiviertel neun" 8:45
        assertFound("de", "Sie kam um halb neun, er um Viertel nach acht, der Bus um Viertel vor zehn.",
                "um halb neun=TIME 2022-01-14T08:30", "um Viertel nach acht=TIME 2022-01-14T08:15",
                "um Viertel vor zehn=TIME 2022-01-14T09:45");
        assertFound("de", "Der Zug fährt um viertel neun und um dreiviertel elf Uhr abends.",
                "um viertel neun=TIME 2022-01-14T08:15", "um dreiviertel elf Uhr abends=TIME 2022-01-14T22:45");
        // an amount is no time
        assertFound("de", "Er kaufte halb acht Kilo Äpfel.");
    }

    @Test
    void aListingsOpeningHoursInTwoSpansAreFourTimes() {
        // written for Storyline, after a South Tyrolean daily's agenda: two spans share one "Uhr"
        assertFound("de", "Meran: Bazar im Pfarrsaal, am morgigen Samstag von 8.30-12 und 14.30-16.30 Uhr.",
                "Samstag=DATE 2022-01-15", "von 8.30=TIME 2022-01-15T08:30", "12=TIME 2022-01-15T12:00",
                "14.30=TIME 2022-01-15T14:30", "16.30 Uhr=TIME 2022-01-15T16:30");
        // a score is no hour
        assertFound("de", "Das Spiel endete 3-2 und 4-1.");
    }

    @Test
    void aParishOrChurchNamedAfterAFeastIsNoDate() {
        // written for Storyline, after the agenda of a South Tyrolean daily (KRAUTS, Dolomiten): "Pfarre Maria
        // Himmelfahrt" names a parish
        assertFound("de", "Meran: Basar der Pfarre Maria Himmelfahrt, im Pfarrsaal. Zu Maria Himmelfahrt ist er zu.",
                "Zu Maria Himmelfahrt=DATE 2021-08-15");
        assertFound("de", "Die Messe in der Pfarrkirche zu Pfingsten 2021 war voll.", "zu Pfingsten 2021=DATE 2021-05-23");
    }

    @Test
    void aCountPerYearOrABoxNumberIsNoYear() {
        // written for Storyline, after a daily's report of counts ("davon 2000 im Jahr 2011") and a weekly's address line
        assertFound("de", "Es ertranken davon 2000 im Jahr 2011 und 1700 im vergangenen Jahr.",
                "im Jahr 2011=DATE 2011", "im vergangenen Jahr=DATE 2021");
        assertFound("de", "Anmeldung: Postfach 2142, 88111 Lindau.");
        assertFound("de", "Im Jahr 1989 fiel die Mauer; 1990 kam die Einheit.", "Im Jahr 1989=DATE 1989", "1990=DATE 1990");
    }

    @Test
    void aSpanAThingHasLastedAsAnAdjectiveIsADurationAPersonsAgeIsNot() {
        // written for Storyline, after a South Tyrolean daily's local news (KRAUTS, Dolomiten: "ein fast 100-jähriges
        // Problem" is P100Y; ages stay unmarked)
        assertFound("de", "Die Musikkapelle feiert das 50-jährige Bestehen; nach 20-jähriger Tätigkeit geht der Kapellmeister.",
                "50-jährige=DURATION P50Y", "20-jähriger=DURATION P20Y");
        assertFound("de", "Der 47-jährige Landwirt und die 16-Jährige kamen.");
    }

    @Test
    void tomorrowOrYesterdayOfAnAgeIsTheFutureOrThePast() {
        // written for Storyline (KRAUTS, Die Zeit: "der Schwache von morgen" is FUTURE_REF)
        assertFound("de", "Der Starke von heute kann der Schwache von morgen sein. Die Welt von gestern ist fort.",
                "heute=DATE PRESENT_REF", "morgen=DATE FUTURE_REF", "gestern=DATE PAST_REF");
        assertFound("de", "Von morgen an gilt es. Die Sitzung von gestern fiel aus.",
                "morgen=DATE 2022-01-15", "gestern=DATE 2022-01-13");
    }

    @Test
    void austrianAndSouthTyroleanFormsOfDays() {
        // written for Storyline: "in der Nacht auf gestern" (the night that ended yesterday morning), "die heurige
        // Saison" (this year's, as "heuer"; "beim Heurigen" is a wine tavern), "am 1.12." (a day and month in figures)
        assertFound("de", "In der Nacht auf gestern schneite es, in der Nacht auf heute regnete es.",
                "In der Nacht auf gestern=TIME 2022-01-12TNI", "in der Nacht auf heute=TIME 2022-01-13TNI");
        assertFound("de", "Die heurige Saison war gut, im heurigen Sommer kamen viele. Danach beim Heurigen.",
                "heurige=DATE 2022", "im heurigen Sommer=DATE 2022-SU");
        assertFound("de", "Der diesjährige Preis wird am 1.2. verliehen, der Ball ist am Samstag, 5.2., um 20 Uhr.",
                "diesjährige=DATE 2022", "am 1.2.=DATE 2022-02-01", "am Samstag, 5.2.=DATE 2022-02-05",
                "um 20 Uhr=TIME 2022-02-05T20:00");
        // a section number is no date
        assertFound("de", "Siehe Abschnitt 1.2. im Anhang.");
    }

    @Test
    void aFeastNamedAsAThemeIsNoDate() {
        // written for Storyline, after a daily's cookery contest (KRAUTS, Dolomiten: the theme "Weihnachten" unmarked)
        assertFound("de", "Gefordert war ein Menü zum Thema \"Weihnachten\". Zu Weihnachten kommt er.",
                "Zu Weihnachten=DATE 2021-12-25");
    }

    @Test
    void todayBesideAVagueFutureIsThePresentAge() {
        // written for Storyline (KRAUTS, Die Zeit: "die heute und demnächst Vertriebenen" is PRESENT_REF)
        assertFound("de", "Die heute und demnächst Vertriebenen kehren nicht zurück.",
                "heute=DATE PRESENT_REF", "demnächst=DATE FUTURE_REF");
        assertFound("de", "Heute und morgen ist der Markt offen.", "Heute=DATE 2022-01-14", "morgen=DATE 2022-01-15");
    }

    @Test
    void formerTimesAreThePast() {
        // written for Storyline (KRAUTS, Die Zeit marks "in früheren Zeiten", "vergangener Zeiten" PAST_REF)
        assertFound("de", "In früheren Zeiten war das anders; Fotos vergangener Zeiten zeigen es.",
                "früheren Zeiten=DATE PAST_REF", "vergangener Zeiten=DATE PAST_REF");
    }

    @Test
    void aFeastFarFromPublicationIsOnTheSideTheVerbsTenseSays() {
        // written for Storyline: Easter Monday 2022 is 94 days ahead, 2021's 284 back; "gab" puts it in the past. Unity
        // Day 2021 is 103 days back, 2022's 262 ahead; "wird" puts it in the future.
        assertFound("de", "Am Ostermontag gab es ein Konzert. Am Tag der Deutschen Einheit wird der Präsident sprechen.",
                "Ostermontag=DATE 2021-04-05", "Tag der Deutschen Einheit=DATE 2022-10-03");
    }

    @Test
    void eachDayOfAListUnderOneMonthIsADate() {
        // written for Storyline: a listing's course dates; a paragraph number is no day
        assertFound("de", "Die Kurse finden am 11., 18. und 25. März statt, das Treffen am 2., 9., 16. und 23. Februar 2023.",
                "am 11.=DATE 2022-03-11", "18.=DATE 2022-03-18", "25. März=DATE 2022-03-25",
                "am 2.=DATE 2023-02-02", "9.=DATE 2023-02-09", "16.=DATE 2023-02-16", "23. Februar 2023=DATE 2023-02-23");
        assertFound("de", "Laut Paragraf 3., 4. und 5. März gilt das.", "5. März=DATE 2022-03-05");
    }

    @Test
    void theDayAfterAMomentNearMidnightAndADayOfADateArePlaced() {
        // written for Storyline, forms of local news that found nothing or a wrong day: "am Folgetag", "vor genau
        // einem Jahr" (was a duration), "kurz vor Mitternacht", "bis in die frühen Morgenstunden", "am Abend des 5.
        // Januar" (was the evening of the day named before), "mit Jahresende"
        assertFound("de", "Am 3. Januar kam er an. Am Folgetag reiste er ab. Vor genau einem Jahr wurde er gewählt.",
                "Am 3. Januar=DATE 2022-01-03", "Am Folgetag=DATE 2022-01-04", "Vor genau einem Jahr=DATE 2021");
        assertFound("de", "Am 3. Januar brannte es kurz vor Mitternacht; die Feuerwehr blieb bis in die frühen Morgenstunden.",
                "Am 3. Januar=DATE 2022-01-03", "kurz vor Mitternacht=TIME 2022-01-03T00:00",
                "bis in die frühen Morgenstunden=TIME 2022-01-03TMO");
        assertFound("de", "Am 3. Januar kam er an. Am Abend des 5. Januar kam es zum Streit. Mit Jahresende läuft der Vertrag aus.",
                "Am 3. Januar=DATE 2022-01-03", "Am Abend des 5. Januar=TIME 2022-01-05TEV", "Mit Jahresende=DATE 2022");
        assertFound("de", "Am darauffolgenden Tag war alles vorbei.", "Am darauffolgenden Tag=DATE 2022-01-15");
    }

    @Test
    void aWeekdayOfEveryMonthIsASetAndWithinOneUnitADuration() {
        // written for Storyline: "jeden ersten Sonntag im Monat" was the date of the coming Sunday (KRAUTS, Dolomiten:
        // SET P1M); "innerhalb eines Monats" was not found; "eines Tages" (some day) stays unmarked
        assertFound("de", "Der Markt ist jeden ersten Sonntag im Monat und jeden letzten Samstag des Monats offen.",
                "jeden ersten Sonntag im Monat=SET P1M", "jeden letzten Samstag des Monats=SET P1M");
        assertFound("de", "Innerhalb eines Monats muss er zahlen, binnen einer Woche antworten. Eines Tages zahlt er.",
                "Innerhalb eines Monats=DURATION P1M", "binnen einer Woche=DURATION P1W");
    }

    @Test
    void hoursOfAPartOfTheDayAndPartsOfASeasonAreThatPartAndSeason() {
        // written for Storyline, weather and police reports: "in den Abendstunden", "im Spätsommer" were not found
        assertFound("de", "In den späten Abendstunden brannte ein Stadel.", "In den späten Abendstunden=TIME 2022-01-14TEV");
        assertFound("de", "In den Nachtstunden regnete es.", "In den Nachtstunden=TIME 2022-01-14TNI");
        assertFound("de", "Im Spätsommer 2021 wurde gebaut, im Frühherbst 2021 eröffnet.",
                "Im Spätsommer 2021=DATE 2021-SU", "im Frühherbst 2021=DATE 2021-FA");
    }

    @Test
    void theFirstOfTwoAmountsSharingAUnitIsADurationToo() {
        // written for Storyline (KRAUTS, Dolomiten: "50 statt 30 Jahre" is two durations); a range of ages is none
        assertFound("de", "Die Arbeiten dauern zwei bis drei Wochen, die Konzession lieber 50 statt 30 Jahre.",
                "zwei=DURATION P2W", "drei Wochen=DURATION P3W", "50=DURATION P50Y", "30 Jahre=DURATION P30Y");
        assertFound("de", "Kinder zwischen sechs und elf Jahren spielen.");
    }

    @Test
    void aListingsAbbreviatedWeekdayBeforeItsDateIsPartOfIt() {
        // written for Storyline, an events listing: "Mo., 9.1." was no date (the time went to the day named before);
        // "so." ending a sentence and "Fr." for "Frau" are no weekdays
        assertFound("de", "Die Sitzung ist am Mo., 17.1., um 20 Uhr. Konzert: Sa., 22. Januar, 20 Uhr.",
                "am Mo., 17.1.=DATE 2022-01-17", "um 20 Uhr=TIME 2022-01-17T20:00",
                "Sa., 22. Januar=DATE 2022-01-22", "20 Uhr=TIME 2022-01-22T20:00");
        assertFound("de", "Das ist so. Der Brief ging an Fr. Müller.");
    }

    @Test
    void aCalendarWeekByItsNumberIsThatIsoWeek() {
        // written for Storyline, delivery and business news (none of KRAUTS holds a "KW"): each was not found; a week
        // far ahead in January is last year's; kilowatts are no week
        assertFound("de", "Die Ware kommt in der KW 20, die zweite Lieferung in Kalenderwoche 22/2023, der Rest in der 30. Kalenderwoche.",
                "in der KW 20=DATE 2022-W20", "in Kalenderwoche 22/2023=DATE 2023-W22", "in der 30. Kalenderwoche=DATE 2022-W30");
        assertFound("de", "Die KW 52 war ruhig. Der Motor hat 100 kW.", "KW 52=DATE 2021-W52");
    }

    @Test
    void theNightBetweenTwoDaysIsTheFirstDaysNight() {
        // written for Storyline, police reports: "in der Nacht von Samstag auf Sonntag" was publication's night and two
        // days, "vom 3. auf den 4. Januar" the night and the 4th, "die Silvesternacht" not found
        assertFound("de", "In der Nacht von Samstag auf Sonntag brannte eine Scheune. In der Nacht vom 3. auf den 4. Januar regnete es.",
                "In der Nacht von Samstag auf Sonntag=TIME 2022-01-08TNI", "In der Nacht vom 3. auf den 4. Januar=TIME 2022-01-03TNI");
        assertFound("de", "In der Silvesternacht gab es viele Einsätze.", "In der Silvesternacht=TIME 2021-12-31TNI");
    }

    @Test
    void hoursAndMinutesSpokenAreOneClockTime() {
        // written for Storyline: "um 19 Uhr 30" was 19:00; a count after "Uhr" is no minute
        assertFound("de", "Die Sitzung begann um 19 Uhr 30, er kam um 8 Uhr 30 Gäste zu begrüßen.",
                "um 19 Uhr 30=TIME 2022-01-14T19:30", "um 8 Uhr=TIME 2022-01-14T08:00");
    }

    @Test
    void partsOfThisWeekTheYearJustEndedAndTheCourseOfADayAreCountedFromPublication() {
        // written for Storyline, business and weather news: none was found
        assertFound("de", "Seit Wochenbeginn streiken die Piloten, zur Wochenmitte soll es Gespräche geben.",
                "Seit Wochenbeginn=DATE 2022-W02", "zur Wochenmitte=DATE 2022-W02");
        assertFound("de", "Im abgelaufenen Jahr stieg der Umsatz, im abgelaufenen Quartal fiel er.",
                "Im abgelaufenen Jahr=DATE 2021", "im abgelaufenen Quartal=DATE 2021-Q4");
        assertFound("de", "Noch im Laufe des Tages soll entschieden werden. Im Laufe der Woche wird es wärmer.",
                "im Laufe des Tages=DATE 2022-01-14", "Im Laufe der Woche=DATE 2022-W02");
    }

    @Test
    void feastsOfTheChurchYearAreDates() {
        // written for Storyline: carnival, Ash Wednesday and Epiphany were not found (Easter 2022 is 17 April)
        assertFound("de", "Am Aschermittwoch treffen sich die Parteien. Am Rosenmontag fällt der Umzug aus. Am Dreikönigstag war frei.",
                "Aschermittwoch=DATE 2022-03-02", "Rosenmontag=DATE 2022-02-28", "Dreikönigstag=DATE 2022-01-06");
    }

    @Test
    void theFirstDayOfARangeTakesTheYearWrittenAtItsEnd() {
        // written for Storyline (session 14): "vom 6. Juni bis 8. Juli 2018" gave the first day the publication's year
        assertFound("de", "Gedreht wurde der Film vom 6. Juni bis 8. Juli 2018 in Kassel.",
                "vom 6. Juni=DATE 2018-06-06", "8. Juli 2018=DATE 2018-07-08");
        assertFound("de", "Die Abstimmung lief von 14. September bis 14. Oktober 2011.",
                "von 14. September=DATE 2011-09-14", "14. Oktober 2011=DATE 2011-10-14");
    }

    @Test
    void aFourDigitCountBeforeAUnitIsNoYear() {
        // written for Storyline (session 14): counts and measures read as years in unannotated news ("auf 2000
        // Quadratmetern", "1000 Einwohner", "die 1000-Meter-Marke"); a year before a noun stays one
        assertFound("de", "Auf 2000 Quadratmetern wachsen Kräuter, es gibt 1500 Zuschauer und die 1000-Meter-Marke.");
        assertFound("de", "Er ist seit 2015 Mitglied der Partei.", "seit 2015=DATE 2015");
    }

    @Test
    void centuriesInThePluralAreAVagueDuration() {
        // written for Storyline (session 14): "seit Jahrzehnten" was read, "seit Jahrhunderten" not
        assertFound("de", "Das Gut ist seit Jahrhunderten im Besitz der Familie.", "seit Jahrhunderten=DURATION PXCE");
    }

    @Test
    void aBarePluralAfterAVerbOfLastingIsAVagueDuration() {
        // written for Storyline (session 14): "über Jahrzehnte", "dauert Jahre" were not found ("seit Jahren" was)
        assertFound("de", "Die Schule hat über Jahrzehnte Piloten ausgebildet. Der Umbau dauert Jahre.",
                "Jahrzehnte=DURATION PXDE", "Jahre=DURATION PXY");
        assertFound("de", "Er ist über Jahre alt geworden.");
    }

    @Test
    void theFirstMonthOfARangeTakesTheYearWrittenAtItsEnd() {
        // written for Storyline (session 16, as the French "avril-juin 2018" read on unannotated pages)
        assertFound("de", "Die Kampagne April-Juni 2018 war ein Erfolg.", "April=DATE 2018-04", "Juni 2018=DATE 2018-06");
        assertFound("de", "Von Mai bis Juli 2019 regnete es kaum.", "Von Mai=DATE 2019-05", "bis Juli 2019=DATE 2019-07");
        assertFound("de", "Die Umsätze sanken zwischen April und Juni 2018.", "zwischen April=DATE 2018-04", "Juni 2018=DATE 2018-06");
        assertFound("de", "Im Mai und Juni regnete es.", "Im Mai=DATE 2021-05", "Juni=DATE 2021-06");
    }

    @Test
    void aClockTimeBeforeItsDayTakesThatDay() {
        // written for Storyline (session 16, as the French "à 19 heures jeudi" read on unannotated news)
        assertFound("de", "Am Dienstag sagte der Sprecher, die Abstimmung werde um 19 Uhr am Donnerstag beginnen.",
                "Am Dienstag=DATE 2022-01-11", "um 19 Uhr=TIME 2022-01-20T19:00", "am Donnerstag=DATE 2022-01-20");
        assertFound("de", "Am Dienstag sagte er, die Auszählung beginne um 9 Uhr morgen.",
                "Am Dienstag=DATE 2022-01-11", "um 9 Uhr morgen=TIME 2022-01-15T09:00");
        // a clock time in words with its part of the day, as in figures
        assertFound("de", "Der Umzug beginnt um fünf Uhr nachmittags.", "um fünf Uhr nachmittags=TIME 2022-01-14T17:00");
    }

    @Test
    void theFirstDayOfAHyphenatedRangeIsFoundWithItsYear() {
        // written for Storyline (session 16): read on unannotated pages ("7-9 septembre 2009", "7-9 Januar", "17-19
        // April"): the first day was missed, or had no year
        assertFound("de", "Die Messe (17-19 April 2018) war voll.", "17=DATE 2018-04-17", "19 April 2018=DATE 2018-04-19");
    }

    @Test
    void millenniaAreWrittenAsCenturiesAre() {
        // written for Storyline (session 17; KRAUTS writes "seit Jahrtausenden" PXL and the third millennium "2")
        assertFound("de", "Seit Jahrtausenden wächst an diesem Hang Wein.", "Seit Jahrtausenden=DURATION PXL");
        assertFound("de", "Die Siedlung wurde vor Jahrtausenden gegründet.", "vor Jahrtausenden=DATE PAST_REF");
        assertFound("de", "Das dritte Jahrtausend begann mit einer Krise.", "Das dritte Jahrtausend=DATE 2");
        assertFound("de", "Die Mauer überstand zwei Jahrtausende.", "zwei Jahrtausende=DURATION P2L");
    }

    @Test
    void thePastAndTheFutureAsAdverbialsAndThatTimeAreVagueReferences() {
        // written for Storyline (session 17): as "in the past", "dans le passé", "en el pasado", "in passato"
        assertFound("de", "In der Vergangenheit ist das Projekt oft gescheitert.", "In der Vergangenheit=DATE PAST_REF");
        assertFound("de", "Die Mieten sollen in naher Zukunft sinken.", "in naher Zukunft=DATE FUTURE_REF");
        assertFound("de", "Zu jener Zeit wohnte die Familie in Bremen.", "Zu jener Zeit=DATE PAST_REF");
        // a thing, not a time
        assertFound("de", "Die Zukunft der Werft ist ungewiss.");
    }

    @Test
    void anAmountOfACountedNounPerYearIsASet() {
        // written for Storyline (session 17): "1200 Euro im Jahr" was a set, "300 Radfahrer im Jahr" nothing
        assertFound("de", "Auf diesen Straßen verunglücken 300 Radfahrer im Jahr.", "im Jahr=SET P1Y");
        assertFound("de", "Die Bibliothek zählt 800 Leser im Monat.", "im Monat=SET P1M");
        // that year, not every year
        assertFound("de", "Im Jahr nach der Wahl kamen 300 Gäste.");
    }

    @Test
    void aprilAprilIsAJokeNotAMonth() {
        // written for Storyline (session 17): the April fool's call was two dates of April
        assertFound("de", "\"April, April!\", rief der Moderator.");
    }

    @Test
    void aSeasonWithItsArticleIsASeason() {
        // written for Storyline (session 17): "im Sommer" was found, "der Sommer" not (French "l'été" is)
        assertFound("de", "Der Winter bringt den Bauern wenig Arbeit.", "Der Winter=DATE XXXX-WI");
        assertFound("de", "Nach dem Sommer 2021 stiegen die Preise.", "Nach dem Sommer 2021=DATE 2021-SU");
        // a title, a name
        assertFound("de", "Der Herbst des Patriarchen ist ein Roman.");
        assertFound("de", "Der Winter Verlag druckt Gedichte.");
    }

    @Test
    void theColdSeasonIsEveryWinter() {
        // written for Storyline (session 17): "in der kalten Jahreszeit" is winter as it comes back (KRAUTS SET P1WI)
        assertFound("de", "In der kalten Jahreszeit heizen viele mit Holz.", "kalten Jahreszeit=SET P1WI");
        assertFound("de", "In der warmen Jahreszeit blüht der Hang.", "warmen Jahreszeit=SET P1SU");
    }

    @Test
    void aPersonOfTwentyYearsIsAnAgeNotADuration() {
        // written for Storyline (session 17): as "im Alter von 20 Jahren"; a sentence of 20 years stays a duration
        assertFound("de", "Das Gericht verurteilte einen Mann namens Peter K. von knapp über 20 Jahren.");
        assertFound("de", "Eine Frau von 30 Jahren meldete sich.");
        assertFound("de", "Der Mann wurde zu einer Haftstrafe von 20 Jahren verurteilt.", "20 Jahren=DURATION P20Y");
    }

    @Test
    void anAmountGluedBeforeANounIsADurationNotBeforeAnAdjective() {
        // written for Storyline (session 18): the rule's capital after the hyphen was a bare \p{Lu}, which the rules'
        // case-insensitive flag lets match any letter; an age glued to an adjective ("3-Tage-alte") is no duration
        assertFound("de", "Die 14-Tage-Frist gilt; das 3-Tage-alte Kalb blieb im Stall.", "14-Tage=DURATION P14D");
    }

    @Test
    void aDayToldInThePastTakesTheYearTheSentenceNamed() {
        // written for Storyline (session 18): a day and month in a past sentence after a year or "vor N Jahren" was
        // put beside publication; a future verb keeps it there ("seit 2015" is no year of the change)
        assertFound("de", "1945 endete am 8. Mai der Krieg.", "1945=DATE 1945", "am 8. Mai=DATE 1945-05-08");
        assertFound("de", "Vor fünfzig Jahren, am 8. Mai, endete der Krieg.",
                "Vor fünfzig Jahren=DATE 1972", "am 8. Mai=DATE 1972-05-08");
        assertFound("de", "Die seit 2015 geltende Regel wird am 1. März geändert.",
                "seit 2015=DATE 2015", "am 1. März=DATE 2022-03-01");
        // a year of an earlier sentence does not place it
        assertFound("de", "2019 kam er. Am 5. März ging er.", "2019=DATE 2019", "Am 5. März=DATE 2022-03-05");
    }

    @Test
    void aPeriodWithUeberAfterItLastsThroughIt() {
        // written for Storyline (session 18): "den Sommer über" is the whole summer (KRAUTS P1SU), no date of it
        assertFound("de", "Die Hütte bleibt den Winter über geschlossen.", "den Winter über=DURATION P1WI");
        assertFound("de", "Die Woche über wohnt sie in Bozen.", "Die Woche über=DURATION P1W");
        // "über" as a preposition: the season itself
        assertFound("de", "Sie verbrachte den Sommer über den Wolken.", "den Sommer=DATE 2021-SU"); // past, in January
    }

    @Test
    void aDayAndMonthAfterEveryYearIsThatDayEveryYear() {
        // written for Storyline (session 18): the day was a date of this year; TimeML writes "every March 1" as a set
        assertFound("de", "Jedes Jahr, am 28. Dezember, läuten die Glocken.",
                "Jedes Jahr=SET P1Y", "am 28. Dezember=SET XXXX-12-28");
        // a year named makes it one date
        assertFound("de", "Alljährlich am 3. Oktober 2020 war es so.",
                "Alljährlich=SET P1Y", "am 3. Oktober 2020=DATE 2020-10-03");
    }

    @Test
    void idiomsWithFrueherAndJetztSayNoTime() {
        // written for Storyline (session 19): "früher oder später" is "sooner or later", "jetzt mal ehrlich" "frankly"
        assertFound("de", "Früher oder später muss die Stadt die Brücke sanieren.");
        assertFound("de", "Jetzt mal ehrlich: Wer glaubt das noch?");
        assertFound("de", "Jetzt mal im Ernst, so geht es nicht weiter.");
        // "früher" and "jetzt" alone still are the past and the present
        assertFound("de", "Früher fuhr hier die Straßenbahn, jetzt fährt der Bus.",
                "Früher=DATE PAST_REF", "jetzt=DATE PRESENT_REF");
    }

    @Test
    void aFormerOrPresentNameInBracketsIsNoTime() {
        // written for Storyline (session 19): "(früher Birma)" names the country (KRAUTS leaves it unmarked);
        // "(heute Myanmar)" was read as the day of publication
        assertFound("de", "Die Wahl in Myanmar (früher Birma) wurde verschoben.");
        assertFound("de", "Er wurde in Königsberg (heute Kaliningrad) geboren.");
        assertFound("de", "Sie lebte in Chemnitz (damals Karl-Marx-Stadt) und zog 1990 weg.", "1990=DATE 1990");
        // a day or a part of the day in brackets stays a date
        assertFound("de", "Das Treffen (heute Abend) fällt aus.", "heute Abend=TIME 2022-01-14TEV");
    }

    @Test
    void aLongClauseTakesTheTenseOfTheVerbThatClosesIt() {
        // written for Storyline (session 19): a German subordinate clause puts its verb last, often further than the
        // reach of the tense cues; the month had no tense and took the nearest March (2022), the season no year
        assertFound("de", "Das Buch, das im März hierzulande unter einem anderen Titel bei einem kleinen Berliner Verlag "
                + "erschien, verkaufte sich gut.", "im März=DATE 2021-03");
        assertFound("de", "Der Plan, der im Oktober nach langen Verhandlungen mit den Ländern und den Kommunen endlich "
                + "vorgestellt wird, ist teuer.", "im Oktober=DATE 2022-10");
        assertFound("de", "Das Buch, das im Frühjahr hierzulande unter einem anderen Titel bei einem kleinen Verlag "
                + "erschien, verkaufte sich gut.", "im Frühjahr=DATE 2022-SP");
    }

    @Test
    void theSubjunctivesHaetteAndMoechteAreNoPast() {
        // written for Storyline (session 19): "hätte" looked like a weak preterite ("-te") and made "heute" the day
        assertFound("de", "Dann wäre die Lage heute besser und hätte die Stadt auch mehr Geld.", "heute=DATE PRESENT_REF");
        assertFound("de", "Im März hätte der Verein gern ein neues Stadion.", "Im März=DATE 2022-03");
    }

    @Test
    void anInfinitiveAfterZuIsNoFuture() {
        // written for Storyline (session 19): "zu werden" was read as a future and made a nowadays "heute" the day
        assertFound("de", "Fast jedes Kind hat heute ein Risiko, Allergiker zu werden.", "heute=DATE PRESENT_REF");
        // "wird" itself still is
        assertFound("de", "Die Halle wird im März eröffnet.", "im März=DATE 2022-03");
    }

    @Test
    void aYearAFigureIsComparedWithIsNotTheYearSpokenOf() {
        // written for Storyline (session 19): "im Vorjahr" counted from 2019, the year compared with (2018)
        assertFound("de", "2021 stieg der Umsatz gegenüber 2019 um fünf Prozent. Im Vorjahr war er gefallen.",
                "2021=DATE 2021", "2019=DATE 2019", "Im Vorjahr=DATE 2020");
        assertFound("de", "2021 stieg der Umsatz im Vergleich zu 2019 kräftig. Im Vorjahr war er gefallen.",
                "2021=DATE 2021", "2019=DATE 2019", "Im Vorjahr=DATE 2020");
        // an amount after "gegenüber" is still no year
        assertFound("de", "Der Umsatz stieg gegenüber 2000 Euro im Vorjahr.", "im Vorjahr=DATE 2021");
    }

    @Test
    void aPartOfTheDayAfterAVagueDayIsOnThatDay() {
        // written for Storyline (session 19): the part of the day took the publication day
        assertFound("de", "Vor einigen Tagen brannte in der Scheune Heu. Die Feuerwehr kam in den frühen Morgenstunden.",
                "Vor einigen Tagen=DATE PAST_REF", "in den frühen Morgenstunden=TIME 2022-01-XXTMO");
        // a day named since, or a shift, still places it
        assertFound("de", "Vor einigen Tagen brannte es. Am Dienstag kam die Feuerwehr am Abend zurück.",
                "Vor einigen Tagen=DATE PAST_REF", "Am Dienstag=DATE 2022-01-11", "am Abend=TIME 2022-01-11TEV");
    }

    @Test
    void theSameOrTheFollowingYearCountsFromTheYearNamed() {
        // written for Storyline (session 20): not found before
        assertFound("de", "Die Brücke wurde 1998 eröffnet. Im selben Jahr beschädigte sie ein Hochwasser.",
                "1998=DATE 1998", "Im selben Jahr=DATE 1998");
        assertFound("de", "Die Brücke wurde 1998 eröffnet. Im folgenden Jahr wurde sie gesperrt.",
                "1998=DATE 1998", "Im folgenden Jahr=DATE 1999");
        assertFound("de", "Die Brücke wurde 1998 eröffnet und im Folgejahr gesperrt.",
                "1998=DATE 1998", "im Folgejahr=DATE 1999");
    }

    @Test
    void theFirstDayOfARangeBetweenTwoDaysIsFound() {
        // written for Storyline (session 20): "zwischen dem 11." was not found
        assertEquals(List.of("Zwischen dem 11.=DATE 2020-03-11", "28. März=DATE 2020-03-28"),
                Expressions.found("de", LocalDate.of(2020, 9, 14),
                        "Zwischen dem 11. und dem 28. März gingen fast 900 Beschwerden ein."));
    }

    @Test
    void theSamePartOfTheDayAgainIsOnTheSameDay() {
        // written for Storyline (session 20): a part of the day no later than the one named before went to the next day
        assertFound("de", "Am Mittwochabend begann der Protest. Am Abend kam die Polizei.",
                "Am Mittwochabend=TIME 2022-01-12TEV", "Am Abend=TIME 2022-01-12TEV");
    }

    @Test
    void yesterdayTodayAndTomorrowOfCultureOrJoinedAreAges() {
        // written for Storyline (dates13): a wider set of nouns before "von morgen" / "von gestern"
        assertFound("de", "Die Kultur von morgen braucht die Künstler von gestern. Das Konzert von morgen fällt aus.",
                "morgen=DATE FUTURE_REF", "gestern=DATE PAST_REF", "morgen=DATE 2022-01-15");
    }

    @Test
    void countsWebAddressesAndDoisAreNoYears() {
        // written for Storyline (dates14): "Mehr als 1000 interne Unterlagen", a web address's and a DOI's numbers
        // were years (not "9 % mehr als 2020")
        assertFound("de", "Mehr als 1000 interne Unterlagen kursieren; ein Aktivist kaufte die insgesamt 1400 Dateien. "
                        + "Im Hafen wurden 9 % mehr als 2020 umgeschlagen.",
                "2020=DATE 2020");
        assertFound("de", "Quelle: https://beispiel.de/2019/folge-12/ und doi:10.1126/science.aaq0216, abgerufen 2021.",
                "2021=DATE 2021");
        assertFound("de", "Das Team des bis ca. 2030 laufenden Projekts arbeitet.", "2030=DATE 2030");
    }

    @Test
    void lengthsWrittenOneAfterTheOther() {
        // written for Storyline (dates14): "1 Stunde 4 Minuten" was two lengths
        assertFound("de", "Dauer: 1 Stunde 4 Minuten.", "1 Stunde 4 Minuten=DURATION PT1H4M");
    }

    @Test
    void thatEveningIsTheDayNamedAndAWeekdayAskedForIsAhead() {
        // written for Storyline (dates14): "An jenem Abend" was not found, "für Donnerstag" after a past verb was last
        // Thursday
        assertFound("de", "Sie trafen sich am Dienstag, 4. Januar. An jenem Abend sprachen sie nicht.",
                "am Dienstag, 4. Januar=DATE 2022-01-04", "An jenem Abend=TIME 2022-01-04TEV");
        assertFound("de", "Er beantragte eine Sitzung für Donnerstag.", "Donnerstag=DATE 2022-01-20");
        assertFound("de", "Die für Montag geplante Reise der Gruppe wurde auf Freitag verschoben.",
                "Montag=DATE 2022-01-10", "Freitag=DATE 2022-01-14");
    }

    // Hand-written (session 21, dates15): a season without a year takes the verb's tense as a month does. A verb in
    // the past takes a season not yet begun at publication a year back, one in the future a season over a year on; a
    // season about to begin stays the coming one under a past verb (plans told in the past), and no verb, no year.
    @Test
    void eineJahreszeitOhneJahrFolgtDemTempus() {
        assertEquals(List.of("Vor dem Sommer=DATE 2021-SU"),
                Expressions.found("de", LocalDate.of(2022, 1, 14), "Vor dem Sommer hatte die Regierung den Plan vorgestellt."));
        assertEquals(List.of("Im Sommer=DATE 2021-SU"),
                Expressions.found("de", LocalDate.of(2022, 1, 14), "Im Sommer waren wir an der Ostsee."));
        assertEquals(List.of("Im Frühjahr=DATE 2023-SP"),
                Expressions.found("de", LocalDate.of(2022, 10, 14), "Im Frühjahr wird die Firma Stellen streichen."));
        assertEquals(List.of("im Herbst=DATE 2022-FA"),
                Expressions.found("de", LocalDate.of(2022, 1, 14), "Die Firma soll die Fabrik im Herbst schließen."));
    }

    // Hand-written (session 22, dates16): "werden" under a modal is an infinitive, no future ("angepasst werden muss",
    // "kann ... werden"), and "musste" is a past; "werden" before an infinitive, or "wird ... werden", stays the future.
    // A passive in the present ("die im Herbst befallen werden") stays a future cue: in news it mostly tells a plan.
    @Test
    void werdenUnterEinemModalverbIstKeinFutur() {
        assertEquals(List.of("im Winter=DATE XXXX-WI"),
                Expressions.found("de", LocalDate.of(2022, 5, 18), "Ob die Heizung im Winter erneuert werden muss, prüft der Verein."));
        assertEquals(List.of("Im Winter=DATE XXXX-WI"),
                Expressions.found("de", LocalDate.of(2022, 5, 18), "Im Winter kann die Straße gesperrt werden."));
        assertEquals(List.of("im Oktober=DATE 2021-10"),
                Expressions.found("de", LocalDate.of(2022, 1, 18), "Das Lager musste im Oktober geräumt werden."));
        assertEquals(List.of("Im Sommer=DATE 2023-SU"),
                Expressions.found("de", LocalDate.of(2022, 12, 5), "Im Sommer wird die neue Halle eröffnet werden."));
        assertEquals(List.of("im Sommer=DATE 2023-SU"),
                Expressions.found("de", LocalDate.of(2022, 12, 5), "Die Kinder werden im Sommer das Zeltlager besuchen."));
    }

    // session 22, dates18: three English fixes of dates17 carried over (sentences written for these tests)

    @Test
    void christmasTreesAreNoDates() {
        // a guard: the compound "Weihnachtsbäume" was already no date, "an Weihnachten" is the feast
        assertFound("de", "Die Gemeinde stellte Weihnachtsbäume auf dem Platz auf; an Weihnachten ist das Rathaus zu.",
                "an Weihnachten=DATE 2021-12-25");
    }

    @Test
    void todayInAComparisonIsNowadays() {
        // "billiger als heute" was the day; "als heute Mittag" and a time clause "Als heute ..., " keep it
        assertFound("de", "Die Wohnungen waren viel billiger als heute. Es regnet stärker als heute Mittag. Als heute "
                        + "die Nachricht kam, jubelten alle.",
                "heute=DATE PRESENT_REF", "heute Mittag=TIME 2022-01-14TMI", "heute=DATE 2022-01-14");
    }

    @Test
    void longAgoIsThePast() {
        // "vor langer Zeit", "vor sehr langer Zeit" were not found
        assertFound("de", "Die Brücke wurde vor langer Zeit gebaut, vor sehr langer Zeit gab es hier eine Fähre.",
                "vor langer Zeit=DATE PAST_REF", "vor sehr langer Zeit=DATE PAST_REF");
    }

    // session 23, dates19: German news pages read (sentences written for these tests)

    @Test
    void moreThanSomeYearsAgoIsADate() {
        // "vor über zehn Jahren" was the length "über zehn Jahren"
        assertFound("de", "Er gründete den Verein vor über zehn Jahren, sie kam vor mehr als drei Wochen.",
                "vor über zehn Jahren=DATE 2012", "vor mehr als drei Wochen=DATE 2021-W51");
    }

    @Test
    void anAmountAndAHalfInOneWordIsALength() {
        // "zweieinhalb Jahre" was only found after "seit"; "Eineinhalb Jahre später" is no length, "alle zweieinhalb
        // Tage" a recurrence
        assertFound("de", "Die Reise dauert zweieinhalb Jahre, der Flug in sechseinhalb Stunden ist kurz. Eineinhalb "
                        + "Jahre später kehrte er zurück. Die Zahl verdoppelt sich alle zweieinhalb Tage.",
                "zweieinhalb Jahre=DURATION P2Y6M", "sechseinhalb Stunden=DURATION PT6H30M");
    }

    @Test
    void furtherYearsAndAnAdjectiveBeforeLangAreLengths() {
        // "drei weitere Jahre", "elf schwierige Jahre lang" were not found; an age stays out
        assertFound("de", "Der Vertrag gilt für drei weitere Jahre, die Frist wird um zwei weitere Wochen verlängert. "
                        + "Die Anlage ist drei weitere Jahre alt. Sie leitete elf schwierige Jahre lang das Theater.",
                "für drei weitere Jahre=DURATION P3Y", "zwei weitere Wochen=DURATION P2W",
                "elf schwierige Jahre=DURATION P11Y");
    }

    @Test
    void todayBeforeAnAdjectiveOfAStateIsNowadays() {
        // "die heute übliche Technik" was the day; an event ("beginnende Messe") and an age keep the day
        assertFound("de", "Die heute übliche Technik ersetzt die heute bestehenden Leitungen. Die heute beginnende "
                        + "Messe und der heute 50-Jährige feiern.",
                "heute=DATE PRESENT_REF", "heute=DATE PRESENT_REF", "heute=DATE 2022-01-14", "heute=DATE 2022-01-14");
    }

    @Test
    void aSpeedIsNoRate() {
        // "300 Kilometern pro Stunde" was a SET
        assertFound("de", "Der Zug fährt mit 300 Kilometern pro Stunde, der Wind weht mit 20 Metern in der Sekunde. "
                        + "Er trainiert drei Stunden pro Tag.",
                "drei Stunden=DURATION PT3H", "pro Tag=SET P1D");
    }

    @Test
    void aMonthOfThePreviousYearIsOneDate() {
        // "im April" and "des Vorjahres" were two dates, the month in the wrong year
        assertFound("de", "Der Umsatz stieg im April des Vorjahres, bis Dezember des Vorjahres fiel er.",
                "im April des Vorjahres=DATE 2021-04", "bis Dezember des Vorjahres=DATE 2021-12");
    }

    @Test
    void aWeekdayWithTheDayOfTheMonthAloneIsThatDay() {
        // "am Freitag, den 10." was the publication Friday
        assertFound("de", "Der Markt öffnete am Freitag, den 10., zum ersten Mal. Am Freitag, den 10. Dezember, kam "
                        + "der Nikolaus.",
                "am Freitag, den 10.=DATE 2021-12-10", "Am Freitag, den 10. Dezember=DATE 2021-12-10");
    }

    @Test
    void anInfinitiveClauseAfterAPerfectKeepsItsDateAhead() {
        // session 23: a separable perfect as a past cue ("hat … aufgefordert") made the date of the infinitive clause
        // after it past; withdrawn until cues stop at such a clause
        LocalDate thursday = LocalDate.of(2024, 11, 7);
        assertEquals(List.of("bis Januar=DATE 2025-01"),
                Expressions.found("de", thursday, "Die Opposition hat den Kanzler aufgefordert, nicht bis Januar zu warten."));
    }

    @Test
    void aParticipleAfterTheWeekdaySaysItsSide() {
        // a future verb elsewhere made "am Montag veröffentlichten" the coming Monday, a past one "am Freitag
        // beginnenden" the last Friday; a plan ("geplanten") keeps the sentence's side
        assertEquals(List.of("diesem Jahr=DATE 2019", "am Montag=DATE 2019-10-14"),
                Expressions.found("de", LocalDate.of(2019, 10, 19), "Ob sie noch in diesem Jahr abheben wird, hängt "
                        + "laut der am Montag veröffentlichten Mitteilung vom Wetter ab."));
        assertEquals(List.of("am Freitag=DATE 2022-02-04"),
                Expressions.found("de", LocalDate.of(2022, 2, 2), "Wir haben sieben Sportler gefunden, die den am "
                        + "Freitag beginnenden Spielen ihren Stempel aufdrücken könnten."));
        assertEquals(List.of("am Montag=DATE 2019-10-21"),
                Expressions.found("de", LocalDate.of(2019, 10, 19), "Ob er im Amt bleiben wird, hängt vom am Montag "
                        + "geplanten Treffen ab."));
    }

    @Test
    void aSubjunctiveIsNoPast() {
        // "könnte", "dürfte", "müsste" read as weak preterites: the last Friday
        assertEquals(List.of("Am Freitag=DATE 2022-01-14", "Am Freitag=DATE 2022-01-14", "Am Freitag=DATE 2022-01-14"),
                Expressions.found("de", LocalDate.of(2022, 1, 12), "Am Freitag dürfte es regnen. Am Freitag könnte er "
                        + "kommen. Am Freitag müsste er zahlen."));
        assertEquals(List.of("Am Freitag=DATE 2022-01-07"),
                Expressions.found("de", LocalDate.of(2022, 1, 12), "Am Freitag hatte er keine Zeit."));
    }

    @Test
    void theOneBeforeTheLastIsTwoBack() {
        // "vorletzte(n)" was not read: "am vorletzten Donnerstag" was the last Thursday, the others not found
        assertEquals(List.of("am vorletzten Donnerstag=DATE 2019-10-10", "vorletzte Woche=DATE 2019-W40",
                        "im vorletzten Jahr=DATE 2017", "Im vorletzten Sommer=DATE 2018-SU"),
                Expressions.found("de", LocalDate.of(2019, 10, 19), "Sie hat den Hangar am vorletzten Donnerstag "
                        + "verlassen. Er kam vorletzte Woche und im vorletzten Jahr. Im vorletzten Sommer war es heiß. "
                        + "In der vorletzten Runde fiel er."));
    }

    @Test
    void withinSomeDaysOrAYearIsALength() {
        // "binnen Tagen", "binnen Jahresfrist", "innerhalb weniger Wochen" were not found
        assertFound("de", "Die Antwort kam binnen Tagen, der Preis stieg binnen Jahresfrist, innerhalb weniger Wochen "
                        + "war alles anders.",
                "binnen Tagen=DURATION PXD", "binnen Jahresfrist=DURATION P1Y", "innerhalb weniger Wochen=DURATION PXW");
    }

    @Test
    void sinceTheWeekendIsTheLastOneAndTheOneAfterNextIsTwoAhead() {
        // "Seit dem Wochenende" said on a Friday was the coming weekend; "übernächsten" was not read
        assertFound("de", "Seit dem Wochenende gilt die Regel. Am übernächsten Montag und in der übernächsten Woche "
                        + "kommt er.",
                "Seit dem Wochenende=DATE 2022-W01-WE", "Am übernächsten Montag=DATE 2022-01-24",
                "in der übernächsten Woche=DATE 2022-W04");
        // "am übernächsten Tag" counts from the day last named, as "am nächsten Tag"
        assertFound("de", "Am Montag kam er an. Am übernächsten Tag reiste er ab.",
                "Am Montag=DATE 2022-01-10", "Am übernächsten Tag=DATE 2022-01-12");
    }

    @Test
    void thePreviousYearsMonthIsTheMonthNamedAYearBack() {
        // "gegenüber dem Vorjahresmonat" was not found; with no month named it is the publication month's
        assertFound("de", "Im Dezember stieg der Umsatz gegenüber dem Vorjahresmonat um 5 Prozent.",
                "Im Dezember=DATE 2021-12", "gegenüber dem Vorjahresmonat=DATE 2020-12");
        assertFound("de", "Am 3. Dezember 2021 lag der Wert über dem des Vorjahresmonats.",
                "Am 3. Dezember 2021=DATE 2021-12-03", "des Vorjahresmonats=DATE 2020-12");
        assertFound("de", "Der Umsatz stieg gegenüber dem Vorjahresmonat um 5 Prozent.",
                "gegenüber dem Vorjahresmonat=DATE 2021-01");
    }

    // session 23, dates20
    @Test
    void thePreviousYearAfterASentenceWithoutDateIsTheYearBeforePublication() {
        // "im Vorjahr" two sentences after "2018" counted from 2018 (2017); right after it, it still does
        assertFound("de", "2018 gewann die Läuferin in Oslo zwei Titel. Danach hat sie lange pausiert. Bei der WM im "
                        + "Vorjahr holte sie drei Medaillen.",
                "2018=DATE 2018", "im Vorjahr=DATE 2021");
        assertFound("de", "2018 stieg der Umsatz um vier Prozent. Im Vorjahr war er noch gefallen.",
                "2018=DATE 2018", "Im Vorjahr=DATE 2017");
        // "zwei Jahre später" keeps counting from the year named
        assertFound("de", "2018 gewann die Läuferin in Oslo. Danach hat sie lange pausiert. Zwei Jahre später holte sie "
                        + "drei Medaillen.",
                "2018=DATE 2018", "Zwei Jahre später=DATE 2020");
        // "im Jahr zuvor" says "before that": it counts from the year named however far back
        assertFound("de", "2018 gewann die Läuferin in Oslo zwei Titel. Danach hat sie lange pausiert. Im Jahr zuvor "
                        + "hatte sie drei Medaillen geholt.",
                "2018=DATE 2018", "Im Jahr zuvor=DATE 2017");
    }

    // session 24, dates22
    @Test
    void theComingWeekendSaidOnAWeekdayIsThisWeeks() {
        // Said on Friday 2022-01-14: the first weekend to come is the 15th-16th (W02), not the week after's
        assertFound("de", "Am kommenden Wochenende spielt die Kapelle im Dorfsaal.", "Am kommenden Wochenende=DATE 2022-W02-WE");
        assertFound("de", "Das Turnier beginnt in zwei Wochenenden.", "in zwei Wochenenden=DATE 2022-W03-WE");
        // said on a Saturday, the coming weekend is the next week's
        assertEquals(List.of("am kommenden Wochenende=DATE 2022-W03-WE"), Expressions.found("de", LocalDate.of(2022, 1, 15),
                "Die Kapelle spielt am kommenden Wochenende."));
        // counted back, a weekend and not a day: "vor zwei Wochenenden" on Friday the 14th is January 1st-2nd
        assertFound("de", "Vor zwei Wochenenden hat die Kapelle im Dorfsaal gespielt.", "Vor zwei Wochenenden=DATE 2021-W52-WE");
        // the last weekend stays the last one
        assertFound("de", "Am vergangenen Wochenende hat die Kapelle gespielt.", "Am vergangenen Wochenende=DATE 2022-W01-WE");
    }

    @Test
    void everyWeekendIsASetOfWeekends() {
        assertFound("de", "Der Flohmarkt findet jedes Wochenende statt.", "jedes Wochenende=SET XXXX-WXX-WE");
    }

    // Hand-written (session 25, dates25): classes found reading German pages of the shared extraction set; each
    // sentence gave the old output named in its comment on int's classes.
    private static final LocalDate SAMSTAG = LocalDate.of(2019, 10, 19);

    @Test
    void anEmbeddedPostsDateLineInEnglish() {
        // was "November" and "2023" apart
        assertEquals(List.of("November 3, 2023=DATE 2023-11-03"), Expressions.found("de", LocalDate.of(2023, 11, 6),
                "Die Fraktion schrieb dazu: — Anna Roth (@annaroth) November 3, 2023"));
    }

    @Test
    void sundayPapersAndIdiomsAreNoTimes() {
        // each "am Sonntag" was the last Sunday; "Merkel … am Sonntag" stays
        assertEquals(List.of(), Expressions.found("de", SAMSTAG,
                "Das sagte er der „Bild am Sonntag“ und der Welt am Sonntag."));
        assertEquals(List.of("am Sonntag=DATE 2019-10-13"), Expressions.found("de", SAMSTAG,
                "Merkel sagte am Sonntag, sie bleibe."));
        // "heute" and "morgen" were days; "in der Nacht von heute auf morgen" keeps them
        assertEquals(List.of(), Expressions.found("de", SAMSTAG, "Er verschwand von heute auf morgen aus der Öffentlichkeit."));
        assertEquals(List.of(), Expressions.found("de", SAMSTAG, "Viele wollen lieber heute als morgen aufhören."));
        assertEquals(List.of("In der Nacht=TIME 2019-10-19TNI", "heute=DATE 2019-10-19", "morgen=DATE 2019-10-20"),
                Expressions.found("de", SAMSTAG, "In der Nacht von heute auf morgen wird es frostig."));
        // "tägliche" was SET P1D; "die täglichen Sitzungen" recur
        assertEquals(List.of(), Expressions.found("de", SAMSTAG, "Das tägliche Leben wird teurer, der tägliche Bedarf auch."));
        assertEquals(List.of("täglichen=SET P1D"), Expressions.found("de", SAMSTAG, "Die täglichen Sitzungen dauern lange."));
    }

    @Test
    void onEverySaturdayAndRangesAfterDenOrAuf() {
        // "Samstag" was today
        assertEquals(List.of("jedem Samstag=SET XXXX-WXX-6"), Expressions.found("de", SAMSTAG,
                "Er trainiert an jedem Samstag mit der Mannschaft."));
        // the first days were not found
        assertEquals(List.of("14.=DATE 2023-07-14", "30. Juli 2023=DATE 2023-07-30", "den 13.=DATE 2022-05-13",
                        "29. Mai 2022=DATE 2022-05-29"), Expressions.found("de", SAMSTAG,
                "Die WM wird auf 14. bis 30. Juli 2023 verlegt; sie war für den 13. bis 29. Mai 2022 geplant."));
    }

    @Test
    void raceTimesAndScalesAreNoClockTimes() {
        // were clock times at 03:39, 03:40, 03:05, 01:50 (and "05 Minuten" a length); clock times stay
        assertEquals(List.of(), Expressions.found("de", SAMSTAG, "Zweiter wurde er in 3:39,05 Minuten, vor Meier (3:40,75 min)."));
        assertEquals(List.of(), Expressions.found("de", SAMSTAG, "Bei der 1000-Meter-Marke lief sie eine Zwischenzeit von 3:05 Minuten."));
        assertEquals(List.of(), Expressions.found("de", SAMSTAG, "Die Karte im Maßstab 1:50.000 liegt bei."));
        assertEquals(List.of("um 10:20 Uhr=TIME 2019-10-19T10:20", "um 11:05=TIME 2019-10-19T11:05"),
                Expressions.found("de", SAMSTAG, "Der Zug fährt um 10:20 Uhr ab, der nächste um 11:05."));
    }

    // dates26 (hand-written): "in" + eine Dauer nach einem Verb der Vergangenheit sagt, wie lange etwas dauerte
    @Test
    void inALengthAfterAPastVerbIsHowLongItTook() {
        LocalDate montag = LocalDate.of(2026, 12, 7);
        assertEquals(List.of("in zwei Stunden=DURATION PT2H"), Expressions.found("de", montag,
                "Die Feuerwehr hatte den Brand in zwei Stunden gelöscht."));
        // ein Verb der Zukunft oder der Gegenwart: ein Datum voraus, wie bisher
        assertEquals(List.of("In zwei Wochen=DATE 2026-12-21"), Expressions.found("de", montag,
                "In zwei Wochen beginnt die Saison."));
        assertEquals(List.of("in drei Monaten=DATE 2027-03"), Expressions.found("de", montag,
                "Das Gericht wird in drei Monaten entscheiden."));
        // das Verb der Vergangenheit gehört zum anderen Satzglied, vor dem "und"
        assertEquals(List.of("in drei Wochen=DATE 2026-12-28"), Expressions.found("de", montag,
                "Die Messe wurde abgesagt und öffnet erst in drei Wochen wieder."));
    }

    // dates27 (hand-written): classes found reading 40 more German pages of the shared extraction set
    @Test
    void aDayAndMonthInFiguresInBracketsBeforeAClockOrAfterAb() {
        LocalDate montag = LocalDate.of(2023, 11, 6);
        // not found, and the clock times were put on the publication day
        assertEquals(List.of("14.11.=DATE 2023-11-14"), Expressions.found("de", montag,
                "Die Lesung zu ihrem 80. Geburtstag (14.11.) findet im Rathaus statt."));
        assertEquals(List.of("21.11.=DATE 2023-11-21", "19 Uhr=TIME 2023-11-21T19:00", "9.12.=DATE 2023-12-09",
                        "um 18.30 Uhr=TIME 2023-12-09T18:30"), Expressions.found("de", montag,
                "Nächste Termine: 21.11., 19 Uhr, im Saal; 9.12. um 18.30 Uhr im Foyer."));
        assertEquals(List.of("ab 10.11.=DATE 2023-11-10"), Expressions.found("de", montag,
                "Die Karten gibt es ab 10.11. an der Kasse."));
        // a section number stays none
        assertEquals(List.of(), Expressions.found("de", montag, "Das steht in Abschnitt 2.3. des Berichts und in 1.12. der Satzung."));
    }

    @Test
    void abOrBisBeforeAWeekdayAndItsDate() {
        // was "ab Samstag" (the next Saturday, 11 November) and "4. November" apart
        assertEquals(List.of("ab Samstag, 4. November=DATE 2023-11-04", "bis Freitag, 8. Dezember=DATE 2023-12-08"),
                Expressions.found("de", LocalDate.of(2023, 11, 6),
                        "Die Ausstellung ist bereits ab Samstag, 4. November, geöffnet und läuft bis Freitag, 8. Dezember."));
    }

    @Test
    void sectionAndItemNumbersAreNoDates() {
        // were 2012-01-01 and the year 1631
        assertEquals(List.of(), Expressions.found("de", LocalDate.of(2023, 11, 6),
                "Die Regeln stehen in den FAQ Nr. 1.1.12 und in § 1631 BGB."));
    }

    @Test
    void theEndOfARangeOfLengths() {
        // "drei Jahre", "sechs Jahre" were dropped as age limits ("Jugendliche bis 16 Jahre", kept)
        assertEquals(List.of("ein=DURATION P1Y", "drei Jahre=DURATION P3Y", "sechs Jahre=DURATION P6Y"),
                Expressions.found("de", LocalDate.of(2023, 11, 6),
                        "Wer nicht länger als ein bis drei Jahre planen will, least. Die Verfahren erstrecken sich über vier bis sechs Jahre."));
        assertEquals(List.of(), Expressions.found("de", LocalDate.of(2023, 11, 6),
                "Jugendliche bis 16 Jahre zahlen nichts, Kinder von 6 bis 12 Jahren die Hälfte."));
    }

    @Test
    void theUpcomingWeekendOrWinter() {
        // not found
        assertEquals(List.of("am bevorstehenden Wochenende=DATE 2023-W45-WE", "im anstehenden Winter=DATE 2023-WI"),
                Expressions.found("de", LocalDate.of(2023, 11, 6),
                        "Der Boxer steigt am bevorstehenden Wochenende in den Ring; im anstehenden Winter folgt der nächste Kampf."));
        assertEquals(List.of(), Expressions.found("de", LocalDate.of(2023, 11, 6),
                "Die anstehenden Wahlen und die bevorstehende Reform sind Thema."));
    }

    @Test
    void aListOfDaysAheadStaysAhead() {
        LocalDate januar = LocalDate.of(2020, 1, 27);
        // September and November were the last ones (2019), the closest to January; the clock followed them
        assertEquals(List.of("am 27. März=DATE 2020-03-27", "15. Mai=DATE 2020-05-15", "18. September=DATE 2020-09-18",
                        "27. November=DATE 2020-11-27", "um 15 Uhr=TIME 2020-11-27T15:00"), Expressions.found("de", januar,
                "Der Treff öffnet wieder am 27. März, 15. Mai, 18. September und 27. November, jeweils um 15 Uhr."));
        // not listed: a day named apart stays the closest one; a weekday keeps the year it falls on
        assertEquals(List.of("Am 20. März=DATE 2020-03-20", "vom 18. September=DATE 2019-09-18"), Expressions.found("de", januar,
                "Am 20. März spielt die Band. Das Konzert vom 18. September war ausverkauft."));
    }

    @Test
    void aWeekdayWithAWholeDateInFigures() {
        // was "Am Dienstag" (the next Tuesday) and "2.4.2019" apart
        assertEquals(List.of("Am Dienstag, den 2.4.2019=DATE 2019-04-02", "am Sonntag, 12.11.2023=DATE 2023-11-12"),
                Expressions.found("de", LocalDate.of(2019, 4, 8),
                        "Am Dienstag, den 2.4.2019 tagte der Rat; das Fest ist am Sonntag, 12.11.2023."));
    }

    @Test
    void theYearOrWeekGoneByAndTheYearEnding() {
        // not found
        assertEquals(List.of("Im zurückliegenden Jahr=DATE 2022", "in der zurückliegenden Woche=DATE 2023-W44",
                        "im ablaufenden Jahr=DATE 2023"), Expressions.found("de", LocalDate.of(2023, 11, 6),
                "Im zurückliegenden Jahr stieg der Umsatz, in der zurückliegenden Woche fiel er, im ablaufenden Jahr sinkt er."));
    }

    @Test
    void theDaysOfARangeOrListUnderOneMonthInFigures() {
        // only "bis 7.12." was found; the first and middle days, and an end after "und" or "/", were not
        assertEquals(List.of("vom 5.=DATE 2023-12-05", "bis 7.12.=DATE 2023-12-07", "am 23.=DATE 2023-12-23",
                        "24.=DATE 2023-12-24", "31.12.=DATE 2023-12-31", "am 15.=DATE 2023-11-15", "16.11.=DATE 2023-11-16"),
                Expressions.found("de", LocalDate.of(2023, 11, 6),
                        "Der Markt findet vom 5. bis 7.12. statt, geschlossen ist am 23., 24. und 31.12.; geprobt wird am 15./16.11."));
    }
    // dates32 (für Storyline geschrieben): ein Tag des Monats allein liegt im Monat, den der Text eben nannte
    @Test
    void aDayOfTheMonthAloneIsInTheMonthJustNamed() {
        LocalDate june = LocalDate.of(2022, 6, 28);
        assertEquals(List.of("am 8. August=DATE 2022-08-08", "Am Sonntag, den 14.=DATE 2022-08-14"),
                Expressions.found("de", june, "Das Stadtfest beginnt am 8. August. Am Sonntag, den 14. spielt die Kapelle."));
    }
    // dates32 (für Storyline geschrieben): "in" vor zwei Mengen teilt die Dauer nicht
    @Test
    void twoAmountsAfterInAreOneLength() {
        assertFound("de", "Das Rennen wurde in 3 Minuten und 12 Sekunden gelaufen.", "3 Minuten und 12 Sekunden=DURATION PT3M12S");
    }

    // dates30 (für Storyline geschrieben): "die Waren", "der Stand" sind Nomen, kein Präteritum, und "vor Gericht"
    // kein Partizip: der Donnerstag ist der kommende
    @Test
    void nounsThatLookLikePastFormsAreNoPastCues() {
        LocalDate mittwoch = LocalDate.of(2024, 5, 15);
        assertEquals(List.of("am Donnerstag=DATE 2024-05-16"), Expressions.found("de", mittwoch,
                "Die Waren kommen am Donnerstag in den Handel."));
        assertEquals(List.of("am Donnerstag=DATE 2024-05-16", "um neun Uhr=TIME 2024-05-16T09:00"),
                Expressions.found("de", mittwoch, "Der Stand öffnet am Donnerstag um neun Uhr."));
        assertEquals(List.of("am Donnerstag=DATE 2024-05-16"), Expressions.found("de", mittwoch,
                "Die Verhandlung ist am Donnerstag vor dem Gericht in Bonn."));
        assertEquals(List.of("am Donnerstag=DATE 2024-05-09"), Expressions.found("de", mittwoch,
                "Die Ware kam am Donnerstag in den Handel."));
    }

    // dates30 (für Storyline geschrieben): eine Uhrzeit nach einem Wort der Dauer oder einem Artikel ist eine Dauer
    @Test
    void aClockFormAfterAWordOfLengthIsNoTimeOfDay() {
        LocalDate mittwoch = LocalDate.of(2024, 5, 15);
        assertEquals(List.of(), Expressions.found("de", mittwoch, "Sie will eine 3:41 laufen."));
        assertEquals(List.of("1:45=DURATION PT1H45M"), Expressions.found("de", mittwoch, "Das Spiel dauerte 1:45 und endete torlos."));
        assertEquals(List.of("um 2:30 Uhr=TIME 2024-05-15T02:30"), Expressions.found("de", mittwoch,
                "Treffpunkt ist um 2:30 Uhr am Bahnhof."));
    }

    // dates35 (für Storyline geschrieben): eine Uhrzeit vor "Stunden" ist eine Dauer, wo sie auch steht
    @Test
    void aClockBeforeStundenIsADuration() {
        LocalDate mittwoch = LocalDate.of(2024, 5, 15);
        assertEquals(List.of("2:20 Stunden=DURATION PT2H20M"), Expressions.found("de", mittwoch,
                "Nach 2:20 Stunden Verhandlung stand die Einigung."));
        assertEquals(List.of("0:40 Std.=DURATION PT40M"), Expressions.found("de", mittwoch, "Der Akku hält 0:40 Std. durch."));
    }

    // dates30 (für Storyline geschrieben): eine Uhrzeit, deren Tag nach Zone und Klammer folgt, liegt an diesem Tag
    @Test
    void aClockTakesTheDayWrittenAfterItsZone() {
        LocalDate mittwoch = LocalDate.of(2012, 6, 20);
        assertEquals(List.of("um 5:25 Uhr MESZ=TIME 2012-06-14T05:25+2", "3:25 Uhr UTC=TIME 2012-06-14T03:25Z",
                        "am Donnerstag=DATE 2012-06-14"), Expressions.found("de", mittwoch,
                "Die Rakete startete um 5:25 Uhr MESZ (3:25 Uhr UTC) am Donnerstag."));
    }

    // dates30 (für Storyline geschrieben): ein Wochentag als Nachname nach einem Vornamen, ein Monat als Subjekt nach
    // einem Verb des Sagens sind Namen; "den Jugendlichen Mittwoch vormittags" bleibt eine Zeit
    @Test
    void weekdaysAndMonthsAsNames() {
        LocalDate dienstag = LocalDate.of(2022, 2, 1);
        assertEquals(List.of(), Expressions.found("de", dienstag, "Zweite wurde Lisa Freitag (LG Nord; 7,41 sec)."));
        assertEquals(List.of("zehn Minuten=DURATION PT10M"), Expressions.found("de", dienstag,
                "Im Interview erzählt April zehn Minuten von ihrer Arbeit."));
        assertEquals(List.of("Mittwoch vormittags=SET XXXX-WXX-3TMO"), Expressions.found("de", dienstag,
                "Die Schule gibt den Jugendlichen Mittwoch vormittags frei."));
        assertEquals(List.of("Montag, den 7. Februar=DATE 2022-02-07"), Expressions.found("de", dienstag,
                "Das Treffen ist Montag, den 7. Februar."));
    }

    // dates30 (für Storyline geschrieben): die zusammengesetzten Zahlen von 32 bis 99
    @Test
    void compoundNumberWords() {
        LocalDate mittwoch = LocalDate.of(2024, 5, 15);
        assertEquals(List.of("fünfunddreißig Minuten=DURATION PT35M"), Expressions.found("de", mittwoch,
                "Die Sitzung dauerte fünfunddreißig Minuten."));
        assertEquals(List.of("Vor zweiundvierzig Jahren=DATE 1982"), Expressions.found("de", mittwoch,
                "Vor zweiundvierzig Jahren kam sie nach Bonn."));
    }

    // dates30 (für Storyline geschrieben): "heute" vor einer Funktion in einer Apposition nach einem Namen ist die Gegenwart
    @Test
    void todayBeforeARoleInAnAppositionIsNowadays() {
        LocalDate dienstag = LocalDate.of(2012, 7, 10);
        assertEquals(List.of("heute=DATE PRESENT_REF"), Expressions.found("de", dienstag,
                "Der frühere Sprecher, Max Weber, heute Professor in Bonn, sagte, die Lage sei ernst."));
        assertEquals(List.of("heute=DATE 2012-07-10"), Expressions.found("de", dienstag,
                "Der Minister, Max Weber, heute in Bonn, sagte, die Lage sei ernst."));
    }

    // dates34 (für Storyline geschrieben): Klassen aus 40 Artikeln der deutschen Wikinews (2004–2022), die hier niemand
    // gelesen hatte. Published on Saturday 2022-03-12.
    private static final LocalDate SAMSTAG_12_MAERZ = LocalDate.of(2022, 3, 12);

    @Test
    void weekdayAfterTheAdjectiveOfADayIsThatDay() {
        // the weekday "am morgigen" names is tomorrow whatever the verb (the past "wollte" put it a week back); the span
        // is the weekday, as KRAUTS marks it
        assertEquals(List.of("Sonntag=DATE 2022-03-13"), Expressions.found("de", SAMSTAG_12_MAERZ,
                "Am morgigen Sonntag wollte die Familie zurückfliegen."));
        assertEquals(List.of("Freitag=DATE 2022-03-11"), Expressions.found("de", SAMSTAG_12_MAERZ,
                "Die Polizei wird zum gestrigen Freitag keine Angaben machen."));
    }

    @Test
    void adjectivesOfTheDaysAroundPublication() {
        assertEquals(List.of("gestrige=DATE 2022-03-11"), Expressions.found("de", SAMSTAG_12_MAERZ,
                "Die gestrige Sitzung dauerte lange."));
        assertEquals(List.of("morgigen=DATE 2022-03-13"), Expressions.found("de", SAMSTAG_12_MAERZ,
                "Vor der morgigen Abstimmung wird verhandelt."));
        // capitalised after a word, a noun
        assertEquals(List.of(), Expressions.found("de", SAMSTAG_12_MAERZ, "Er gehört zu den ewig Gestrigen."));
        // "heutig" before an event of a day is today; otherwise nowadays, not marked
        assertEquals(List.of("heutigen=DATE 2022-03-12"), Expressions.found("de", SAMSTAG_12_MAERZ,
                "Im Vorfeld des heutigen Treffens gab es Streit."));
        assertEquals(List.of(), Expressions.found("de", SAMSTAG_12_MAERZ, "Die heutige Jugend liest weniger."));
    }

    @Test
    void lengthsAsAdjectives() {
        assertEquals(List.of("dreistündiger=DURATION PT3H"), Expressions.found("de", SAMSTAG_12_MAERZ,
                "Nach dreistündiger Debatte stimmte der Rat zu."));
        assertEquals(List.of("90-minütiger=DURATION PT90M", "zweitägige=DURATION P2D"), Expressions.found("de", SAMSTAG_12_MAERZ,
                "Im Kino läuft ein 90-minütiger Film über die zweitägige Konferenz."));
        assertEquals(List.of("achtjährigen=DURATION P8Y"), Expressions.found("de", SAMSTAG_12_MAERZ,
                "Er hat den Rest seiner achtjährigen Strafe verbüßt."));
        // an age, and a war's name
        assertEquals(List.of(), Expressions.found("de", SAMSTAG_12_MAERZ,
                "Der zwölfjährige Junge las über den Dreißigjährigen Krieg."));
    }

    @Test
    void scoresAndPixelSizesAreNoTimes() {
        assertEquals(List.of(), Expressions.found("de", SAMSTAG_12_MAERZ, "Die Gastgeber gewannen mit 31:27 (16:12) gegen Kiel."));
        assertEquals(List.of(), Expressions.found("de", SAMSTAG_12_MAERZ, "Die Gäste siegten 21:15 (10:8)."));
        assertEquals(List.of("um 18:30=TIME 2022-03-12T18:30"), Expressions.found("de", SAMSTAG_12_MAERZ,
                "Der Anpfiff ist um 18:30 (Ortszeit)."));
        assertEquals(List.of(), Expressions.found("de", SAMSTAG_12_MAERZ, "Das Display zeigt 1920x1080 Bildpunkte, der Beamer 1280*720."));
    }

    @Test
    void decadesInFiguresWithTheirPart() {
        assertEquals(List.of("Ende der 1990er Jahre=DATE 199"), Expressions.found("de", SAMSTAG_12_MAERZ,
                "Seit Ende der 1990er Jahre sinkt die Zahl."));
    }

    @Test
    void earlyOrLateInADay() {
        assertEquals(List.of("Am späten Freitagabend=TIME 2022-03-11TEV"), Expressions.found("de", SAMSTAG_12_MAERZ,
                "Am späten Freitagabend einigten sie sich."));
    }

    @Test
    void fromTodayOnIsTheDay() {
        assertEquals(List.of("heute=DATE 2022-03-12"), Expressions.found("de", SAMSTAG_12_MAERZ,
                "Der Sender ist ab heute wieder zu empfangen."));
    }

    @Test
    void todayInAPerfectWhoseParticipleIsFarIsTheDay() {
        // "hat" makes "heute" nowadays only when no participle closes the clause; "bis heute" stays the present
        LocalDate mittwoch = LocalDate.of(2011, 3, 9);
        assertEquals(List.of("heute=DATE 2011-03-09"), Expressions.found("de", mittwoch,
                "Der Gouverneur hat heute ein Gesetz zur Abschaffung der Todesstrafe unterzeichnet."));
        assertEquals(List.of("Heute=DATE 2011-03-09", "des kommenden Jahres=DATE 2012"), Expressions.found("de", mittwoch,
                "Heute haben die Minister in Brüssel über den Haushalt des kommenden Jahres abgestimmt."));
        assertEquals(List.of("heute=DATE PRESENT_REF"), Expressions.found("de", mittwoch,
                "Die Stadt hat heute viel mehr Einwohner als damals.").subList(0, 1));
        assertEquals(List.of("heute=DATE PRESENT_REF"), Expressions.found("de", mittwoch,
                "Daran hat sich bis heute im Wesentlichen nichts geändert."));
    }

    @Test
    void noExpressionRunsAcrossABlankLine() {
        // a title ending in a separable prefix ("stellte ... vor") and the body's first words are no "vor einen Tag"
        assertEquals(List.of("Einen Tag=DURATION P1D", "gestern=DATE 2006-04-04"), Expressions.found("de",
                LocalDate.of(2006, 4, 5), "Harper stellte Regierungsprogramm vor\n\nEinen Tag nach der Konstituierung "
                        + "des Parlaments stellte er gestern sein Programm vor."));
        // a single line break inside an expression stays one
        assertEquals(List.of("am 3.\nApril 2006=DATE 2006-04-03"), Expressions.found("de", LocalDate.of(2006, 4, 5),
                "Die Wahl war am 3.\nApril 2006."));
    }

    @Test
    void partsOfACenturyAndSecondsAsLengths() {
        assertEquals(List.of("Ende des 19. Jahrhunderts=DATE 18", "dem frühen 16. Jahrhundert=DATE 15"), Expressions.found(
                "de", SAMSTAG_12_MAERZ, "Ende des 19. Jahrhunderts kaufte das Museum eine Krone aus dem frühen 16. Jahrhundert."));
        // seconds are how long a thing takes, not a day ahead
        assertEquals(List.of("in vier Sekunden=DURATION PT4S"), Expressions.found("de", SAMSTAG_12_MAERZ,
                "Der Wagen erreicht in vier Sekunden die Grenze von 100 Kilometern pro Stunde."));
    }

    // dates36 (für Storyline geschrieben): eine Temperatur ist kein Jahr; "in jenem Jahr" ist das zuletzt genannte Jahr
    @Test
    void temperatureAndThatYear() {
        assertFound("de", "Der Ofen erreicht 1200° mühelos, die Schmelze 1500 Grad.");
        assertFound("de", "Er kam 2015 nach Bozen. In jenem Jahr gründete er den Verein.", "2015=DATE 2015", "In jenem Jahr=DATE 2015");
    }
}
