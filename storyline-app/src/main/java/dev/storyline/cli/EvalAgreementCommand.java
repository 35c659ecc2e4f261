package dev.storyline.cli;

import dev.storyline.entities.NameFinder;
import dev.storyline.entities.NameFinderAgreement;
import dev.storyline.entities.NerModels;
import dev.storyline.extract.Article;
import dev.storyline.extract.ArticleExtractor;
import dev.storyline.ingest.Ingested;
import dev.storyline.ingest.InputReader;
import dev.storyline.ingest.RawPage;
import dev.storyline.language.LanguageIdentifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "agreement", mixinStandardHelpOptions = true,
        footer = "Name lists: the shipped ones only (no --config; STORYLINE_CONFIG is not read), so that figures compare across installations.",
        description = {"How far the fast name finding (as the pipeline runs it) agrees with the CRF on every sentence,",
                "on the extracted text of real pages in any language: the fast finder reads every page in order (learning",
                "as in production), agreement F1 (the CRF's names as gold) is scored on the longest pages."})
final class EvalAgreementCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders, as for analyze.")
    List<Path> inputs;

    @Option(names = "--longest", description = "Score the agreement on this many longest articles (default: ${DEFAULT-VALUE}).")
    int longest = 100;

    @Override
    public Integer call() {
        ArticleExtractor extractor = new ArticleExtractor(LocalDate.now());
        LanguageIdentifier languages = new LanguageIdentifier();
        List<NameFinderAgreement.Document> documents = new ArrayList<>();
        try (Stream<Ingested> items = new InputReader().read(inputs)) {
            items.filter(RawPage.class::isInstance).map(RawPage.class::cast).forEach(page -> {
                Article a = extractor.extract(page);
                String language = languages.identify(a.title(), a.text());
                if (a.text() != null && !a.text().isBlank()) {
                    documents.add(new NameFinderAgreement.Document(page.id(), a.text(), language == null ? "" : language));
                }
            });
        }
        Map<String, Integer> byLanguage = new TreeMap<>();
        documents.stream().sorted((x, y) -> y.text().length() - x.text().length()).limit(longest)
                .forEach(d -> byLanguage.merge(d.language().isEmpty() ? "?" : d.language(), 1, Integer::sum));
        System.out.printf("%d articles; languages of the %d longest: %s%n", documents.size(), longest, byLanguage);
        NerModels models = new NerModels();
        var result = NameFinderAgreement.compare(new NameFinder(models), new NameFinder(models, NameFinder.Mode.CRF),
                documents, longest);
        System.out.println(result.report());
        return 0;
    }
}
