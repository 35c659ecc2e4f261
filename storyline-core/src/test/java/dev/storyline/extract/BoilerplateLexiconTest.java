package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BoilerplateLexiconTest {

    private final BoilerplateLexicon lexicon = BoilerplateLexicon.standard();

    private Optional<ScrapedLineKind> kind(String line) {
        return lexicon.match(line, ScrapedLineClassifier.countWords(line));
    }

    @Test
    void previousAndNextLinksEvenGluedToTheirHeadline() {
        assertEquals(Optional.of(ScrapedLineKind.PREVIOUS_NEXT), kind("Article précédentLevante et Real Sociedad"));
        assertEquals(Optional.of(ScrapedLineKind.PREVIOUS_NEXT), kind("Next article"));
    }

    @Test
    void readAlsoInManyLanguages() {
        for (String line : new String[]{"A Lire\u00a0Aussi", "Read also: Putin calls Tokayev", "Lesen Sie auch",
                "Lee también: Kazajistán", "Leggi anche", "Leia também", "Читайте также"}) {
            assertEquals(Optional.of(ScrapedLineKind.READ_ALSO), kind(line), line);
        }
    }

    @Test
    void aPrefixFollowedByALowerCaseWordIsASentence() {
        assertEquals(Optional.empty(), kind("Related talks ended without a result on Monday."));
        assertEquals(Optional.empty(), kind("Suivant les recommandations du ministère, les écoles ferment."));
    }

    @Test
    void shareButtonsAloneOrInARow() {
        assertEquals(Optional.of(ScrapedLineKind.SHARE), kind("Bu haberi paylaşın"));
        assertEquals(Optional.of(ScrapedLineKind.SHARE), kind("Facebook | Twitter | WhatsApp | E-mail"));
        assertEquals(Optional.of(ScrapedLineKind.SHARE), kind("Share 12 Tweet 3"));
        assertEquals(Optional.of(ScrapedLineKind.SHARE), kind("Teilen"));
    }

    @Test
    void countersCreditsDisclaimersAndCopyright() {
        assertEquals(Optional.of(ScrapedLineKind.COUNTER), kind("12 commentaires"));
        assertEquals(Optional.of(ScrapedLineKind.COUNTER), kind("3 min read"));
        assertEquals(Optional.of(ScrapedLineKind.CREDIT), kind("* Traduit de l'anglais par Alex Sinhan Bogmis"));
        assertEquals(Optional.of(ScrapedLineKind.SUBSCRIPTION), kind("Seulement une partie des dépêches, que l'Agence "
                + "Anadolu diffuse à ses abonnés, est diffusée sur le site. Contactez-nous pour vous abonner."));
        assertEquals(Optional.of(ScrapedLineKind.COPYRIGHT), kind("© 2022 Reuters. All rights reserved."));
        assertEquals(Optional.of(ScrapedLineKind.CAPTION), kind("Protesters in Almaty. REUTERS/Pavel Mikheyev"));
        assertEquals(Optional.empty(), kind("Reuters reported the figures on Friday."));
    }

    @Test
    void callsToFollowSupportOrSubscribeUnderAnArticle() {
        // lines written for Storyline after the pattern of those that close articles on many outlets
        for (String line : new String[]{"Síguenos en Telegram, Instagram y Facebook para recibir las noticias",
                "Unterstütze Courier schon mit 2 Euro!", "Sie lesen gern Courier.example?",
                "Zum Newsletter anmelden", "Pour lire la suite", "Möchten Sie weiterlesen?",
                "To view the full story, please subscribe to the Courier.", "Apoya el periodismo independiente"}) {
            assertEquals(Optional.of(ScrapedLineKind.SUBSCRIPTION), kind(line), line);
        }
        assertEquals(Optional.empty(), kind("Unterstützer der Partei demonstrierten am Samstag in Berlin."));
    }

    @Test
    void adLabelsAndTopicLabelsOpeningALine() {
        assertEquals(Optional.of(ScrapedLineKind.ADVERTISEMENT), kind("ANZEIGE - Heute mal essen gehen?"));
        assertEquals(Optional.of(ScrapedLineKind.ADVERTISEMENT), kind("*Werbung. Dieser Beitrag nennt Marken."));
        assertEquals(Optional.of(ScrapedLineKind.NAVIGATION), kind("Themen: Verkehr Brücken Lakeside"));
        assertEquals(Optional.empty(), kind("Anzeige gegen Unbekannt erstattet"));
        assertEquals(Optional.empty(), kind("Themen der Woche waren Brücken und Fähren."));
    }

    @Test
    void articleToolsNamedByWhatTheyDo() {
        assertEquals(Optional.of(ScrapedLineKind.SHARE), kind("Print article: Print"));
        assertEquals(Optional.of(ScrapedLineKind.SHARE), kind("Email article: Email"));
        assertEquals(Optional.empty(), kind("Print articles were the paper's main income until 2010."));
    }

    @Test
    void linksBackToAListAndTogglesOfSourcesAreNavigation() {
        assertEquals(Optional.of(ScrapedLineKind.NAVIGATION), kind("Zurück zur Listenansicht"));
        assertEquals(Optional.of(ScrapedLineKind.NAVIGATION), kind("Quellen ausblenden"));
        assertEquals(Optional.empty(), kind("Zurück zum Newsroom wollte nach der Wahl keiner mehr"));
    }

    @Test
    void visitorCountersAndDateLabelsAloneOnTheirLineAreCounters() {
        assertEquals(Optional.of(ScrapedLineKind.COUNTER), kind("12 Besucher sind online"));
        assertEquals(Optional.of(ScrapedLineKind.COUNTER), kind("Last Modified:"));
        assertEquals(Optional.empty(), kind("Aktualisiert am Montag wurde nur die Liste der Sperrungen."));
    }
}
