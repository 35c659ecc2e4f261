package dev.storyline.time;

import org.junit.jupiter.api.Test;

import static dev.storyline.time.Expressions.assertFound;

/** Polish expressions, published on Friday 2022-01-14. Sentences written for these tests (issue 13). */
class TimeTaggerPolishTest {

    @Test
    void writtenDatesInTheirCases() {
        assertFound("pl", "Przyjechał 2 stycznia 2022 r., wyjechał 12 marca 2021 roku i wróci w lutym.",
                "2 stycznia 2022 r.=DATE 2022-01-02", "12 marca 2021 roku=DATE 2021-03-12", "w lutym=DATE 2022-02");
    }

    @Test
    void aMonthAfterAPreposition() {
        assertFound("pl", "Remont trwa od marca, a potrwa do maja.", "od marca=DATE 2021-03", "do maja=DATE 2022-05");
    }

    @Test
    void aMonthAloneIsNoNameOfAPerson() {
        assertFound("pl", "Maja i Marzec to jej psy.");
    }

    @Test
    void numericDates() {
        assertFound("pl", "Umowę podpisano 12.01.2022 r. w Gdańsku.", "12.01.2022 r.=DATE 2022-01-12");
    }

    @Test
    void daysAroundPublication() {
        assertFound("pl", "Przedwczoraj, wczoraj, dziś, dzisiaj i jutro.",
                "Przedwczoraj=DATE 2022-01-12", "wczoraj=DATE 2022-01-13", "dziś=DATE 2022-01-14",
                "dzisiaj=DATE 2022-01-14", "jutro=DATE 2022-01-15");
    }

    @Test
    void weekdaysAfterWAndWe() {
        assertFound("pl", "Prezydent przemawiał w czwartek, a we wtorek był w Krakowie.",
                "w czwartek=DATE 2022-01-13", "we wtorek=DATE 2022-01-11");
        assertFound("pl", "Sejm zbierze się w poniedziałek.", "w poniedziałek=DATE 2022-01-17");
    }

    @Test
    void weekdaysWithTheirSide() {
        assertFound("pl", "W zeszły poniedziałek padał śnieg, w przyszłą środę ma być ciepło.",
                "W zeszły poniedziałek=DATE 2022-01-10", "w przyszłą środę=DATE 2022-01-19");
    }

    @Test
    void aWeekdayWithAPartOfTheDayIsATime() {
        assertFound("pl", "W sobotę wieczorem doszło do wypadku. Wczoraj rano spadł śnieg.",
                "W sobotę wieczorem=TIME 2022-01-08TEV", "Wczoraj rano=TIME 2022-01-13TMO");
    }

    @Test
    void periodsAroundPublication() {
        assertFound("pl", "W tym tygodniu, w tym roku, w ubiegłym roku, w zeszłym roku i w przyszłym tygodniu.",
                "W tym tygodniu=DATE 2022-W02", "w tym roku=DATE 2022", "w ubiegłym roku=DATE 2021",
                "w zeszłym roku=DATE 2021", "w przyszłym tygodniu=DATE 2022-W03");
    }

    @Test
    void yearsWithTheirAbbreviation() {
        assertFound("pl", "W 2023 r. i w 2019 roku.", "W 2023 r.=DATE 2023", "w 2019 roku=DATE 2019");
    }

    @Test
    void clockTimes() {
        assertFound("pl", "W czwartek o godz. 14.30 i o 15:00.", "W czwartek=DATE 2022-01-13",
                "o godz. 14.30=TIME 2022-01-13T14:30", "o 15:00=TIME 2022-01-13T15:00");
    }

    @Test
    void durationsAndAgo() {
        assertFound("pl", "Trzy lata temu założył firmę, którą kieruje od dwóch lat. Strajk trwał przez trzy dni.",
                "Trzy lata temu=DATE 2019", "od dwóch lat=DURATION P2Y", "przez trzy dni=DURATION P3D");
    }

    @Test
    void anAgeIsNoDuration() {
        assertFound("pl", "Jan Kowalski, 47 lat, został skazany na 10 lat więzienia.", "na 10 lat=DURATION P10Y");
    }

    @Test
    void aCountIsNoYear() {
        assertFound("pl", "Na miejscu pracowało ponad 2000 osób.");
        assertFound("pl", "Do akcji skierowano 1500 strażaków, w 2020 r. tylko 900.", "w 2020 r.=DATE 2020");
    }

    @Test
    void anAgeToldByMiecIsNoDuration() {
        assertFound("pl", "Zmarł w czwartek. Miał 88 lat.", "w czwartek=DATE 2022-01-13");
    }

    @Test
    void theNightBetweenTwoDaysStartsOnTheFirst() {
        assertFound("pl", "Rzeka wylała w nocy z wtorku na środę.", "w nocy z wtorku na środę=TIME 2022-01-11TNI");
    }

    @Test
    void aWeekdaysAdjectiveNamesTheDay() {
        assertFound("pl", "Liczba ofiar czwartkowej burzy wzrosła.", "czwartkowej=DATE 2022-01-13");
    }

    @Test
    void aFeastFarFromPublicationIsOnTheSideTheVerbsTenseSays() {
        // written for Storyline: the closest Easter Monday is 2022's, the closest Assumption 2021's; the tense decides
        assertFound("pl", "W Poniedziałek Wielkanocny odbył się koncert. W święto Wniebowzięcia prezydent będzie przemawiał.",
                "W Poniedziałek Wielkanocny=DATE 2021-04-05", "Wniebowzięcia=DATE 2022-08-15");
    }

    @Test
    void eachDayOfAListUnderOneMonthIsADate() {
        // written for Storyline: the German class in Polish wording; "3 i 4 grudnia" had only its last day
        assertFound("pl", "Kursy odbędą się 11, 18 i 25 marca. Targ był otwarty 3 i 4 grudnia. Kupił 5 jabłek.",
                "11=DATE 2022-03-11", "18=DATE 2022-03-18", "25 marca=DATE 2022-03-25",
                "3=DATE 2021-12-03", "4 grudnia=DATE 2021-12-04");
    }

    @Test
    void anAmountSaidAboutBeforeNowAndMidnightAreDates() {
        // written for Storyline (the German "vor genau einem Jahr", "kurz vor Mitternacht"); "o północy" had no hour in
        // the lexicon and made the resolver throw
        assertFound("pl", "Dokładnie dwa lata temu został wybrany.", "Dokładnie dwa lata temu=DATE 2020");
        assertFound("pl", "Wypadek zdarzył się tuż przed północą. Przyjechał o północy.",
                "tuż przed północą=TIME 2022-01-14T00:00", "o północy=TIME 2022-01-14T00:00");
    }

    @Test
    void aWeekdayOfEveryMonthIsASet() {
        // written for Storyline (the German "jeden ersten Sonntag im Monat"): was the date of next Sunday
        assertFound("pl", "Targ odbywa się w każdą pierwszą niedzielę miesiąca.",
                "w każdą pierwszą niedzielę miesiąca=SET P1M");
    }

    @Test
    void theFirstOfTwoAmountsSharingAUnitIsADurationToo() {
        // written for Storyline (the German "zwei bis drei Wochen"); before "temu" the two amounts stay one date back
        assertFound("pl", "Prace potrwają dwa lub trzy tygodnie.", "dwa=DURATION P2W", "trzy tygodnie=DURATION P3W");
        assertFound("pl", "Dwa lub trzy lata temu przyjechał.", "trzy lata temu=DATE 2019");
    }

    @Test
    void aUnitAloneBeforeTemuIsOneOfItBack() {
        // written for Storyline: "rok temu", "tydzień temu" (no numeral) were not found (the German "vor genau einem
        // Jahr" in Polish wording)
        assertFound("pl", "Dokładnie rok temu został wybrany. Tydzień temu wygrał. Miesiąc temu przegrał.",
                "Dokładnie rok temu=DATE 2021", "Tydzień temu=DATE 2022-01-07", "Miesiąc temu=DATE 2021-12");
    }

    @Test
    void theNightBetweenTwoDatesAndFeastsOfTheChurchYear() {
        // written for Storyline (the German "in der Nacht vom 3. auf den 4. Januar", "Aschermittwoch",
        // "Silvesternacht"): "w nocy z 3 na 4 stycznia" was the 4th, the others were a Wednesday or not found
        assertFound("pl", "W nocy z 3 na 4 stycznia padał śnieg.", "W nocy z 3 na 4 stycznia=TIME 2022-01-03TNI");
        assertFound("pl", "W Środę Popielcową spotkają się partie. W noc sylwestrową było wiele interwencji.",
                "W Środę Popielcową=DATE 2022-03-02", "W noc sylwestrową=DATE 2021-12-31");
    }
}
