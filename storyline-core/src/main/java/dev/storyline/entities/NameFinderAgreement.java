package dev.storyline.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How far a fast {@link NameFinder} agrees with the CRF run on every sentence, on real articles of any language
 * and length: the plain CRF's names stand in for gold. The bundled gold documents are short, so savings that only
 * bite on long articles (a per-article CRF budget, say) need this check. The candidate reads every article in
 * order, as in production (so it has learnt what the articles before taught it); agreement is scored on the
 * longest ones.
 */
public final class NameFinderAgreement {

    /** One article's text and its ISO 639-1 language. */
    public record Document(String id, String text, String language) {
    }

    /** Agreement scores (the reference's names as gold) and the work each side did on the scored documents. */
    public record Result(NameFinderEvaluation.Scores scores, int documents, long characters,
                         long candidateCrfTokens, long referenceCrfTokens, long allCandidateCrfTokens, long allCharacters) {
        public String report() {
            return String.format("all %,d characters: %,d CRF tokens fast%n"
                            + "%d longest documents, %,d characters; CRF tokens: %,d fast, %,d reference (%.0f%%)%n%s",
                    allCharacters, allCandidateCrfTokens, documents, characters, candidateCrfTokens, referenceCrfTokens,
                    100.0 * candidateCrfTokens / Math.max(1, referenceCrfTokens),
                    scores.table().replace("gold", "ref"));
        }
    }

    private NameFinderAgreement() {
    }

    /**
     * Runs {@code candidate} over every document in order, {@code reference} over the {@code longest} longest,
     * and scores the candidate's names on those against the reference's.
     */
    public static Result compare(NameFinder candidate, NameFinder reference, List<Document> documents, int longest) {
        List<Document> scored = documents.stream()
                .sorted(Comparator.comparingInt((Document d) -> d.text().length()).reversed())
                .limit(longest).toList();
        java.util.Map<Document, List<NameSpan>> fast = new java.util.IdentityHashMap<>();
        long candidateTokens = 0, allCharacters = 0;
        for (Document d : documents) {
            allCharacters += d.text().length();
            long before = candidate.crfTokens();
            List<NameSpan> found = candidate.find(d.text(), d.language());
            if (scored.contains(d)) {
                fast.put(d, found);
                candidateTokens += candidate.crfTokens() - before;
            }
        }
        List<List<NameSpan>> predicted = new ArrayList<>(), gold = new ArrayList<>();
        long characters = 0;
        for (Document d : scored) {
            predicted.add(fast.get(d));
            gold.add(reference.find(d.text(), d.language()));
            characters += d.text().length();
        }
        return new Result(NameFinderEvaluation.score(predicted, gold), scored.size(), characters, candidateTokens,
                reference.crfTokens(), candidate.crfTokens(), allCharacters);
    }
}
