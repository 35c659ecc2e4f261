package dev.storyline.alerts;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * The presearch terms of a query: a set of terms such that any document the query matches holds at least one of them,
 * found by visiting the parsed query ({@link QueryVisitor}). A conjunction needs only one of its required parts (the
 * one whose terms look rarest); a disjunction needs all its parts' terms; exclusions say nothing; a part with no
 * term to index (a wildcard, a range, match-all) makes a disjunction, or a conjunction made only of such parts,
 * unindexable (null): such queries are run against every article.
 */
final class QueryTerms {

    private QueryTerms() {
    }

    /**
     * @param frequency how common a term is thought to be (higher: more common), to pick a conjunction's rarest part
     * @return the terms, or null when the query has none that every match must hold one of
     */
    static Set<Term> of(Query query, ToDoubleFunction<Term> frequency) {
        Node root = new Node(true, frequency);
        query.visit(root);
        return root.required();
    }

    /** The field under which a prefix (of a prefix query on {@code field}) is indexed: any term starting with it. */
    static final String PREFIX = "\u0000prefix";

    /** A term's commonness guessed from its length alone (short words are common): when no statistics are at hand. */
    static double guessedFrequency(Term term) {
        return 1.0 / Math.max(1, term.bytes().length);
    }

    static boolean isPrefix(Term term) {
        return term.field().endsWith(PREFIX);
    }

    private static final class Node extends QueryVisitor {
        private final boolean conjunction;
        private final ToDoubleFunction<Term> frequency;
        private final List<Supplier<Set<Term>>> children = new ArrayList<>();

        Node(boolean conjunction, ToDoubleFunction<Term> frequency) {
            this.conjunction = conjunction;
            this.frequency = frequency;
        }

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            if (occur == BooleanClause.Occur.MUST_NOT) return QueryVisitor.EMPTY_VISITOR;
            if (occur == BooleanClause.Occur.SHOULD && optionalShoulds(parent)) return QueryVisitor.EMPTY_VISITOR;
            Node child = new Node(occur != BooleanClause.Occur.SHOULD, frequency);
            children.add(child::required);
            return child;
        }

        /** A boolean query's SHOULD clauses are optional when it has required clauses and no minimum to match. */
        private static boolean optionalShoulds(Query parent) {
            if (!(parent instanceof BooleanQuery bq) || bq.getMinimumNumberShouldMatch() > 0) return false;
            for (BooleanClause c : bq.clauses()) if (c.isRequired()) return true;
            return false;
        }

        @Override
        public void consumeTerms(Query query, Term... terms) {
            // Under a conjunction each term is required (a phrase); under a disjunction any will do (synonyms).
            for (Term t : terms) {
                Set<Term> one = Set.of(t);
                children.add(() -> one);
            }
        }

        @Override
        public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            // A prefix query (word*) needs a term starting with its prefix; other patterns give nothing to index.
            if (query instanceof PrefixQuery p && p.getPrefix().bytes().length > 0) {
                Set<Term> prefix = Set.of(new Term(field + PREFIX, p.getPrefix().bytes()));
                children.add(() -> prefix);
            } else {
                children.add(() -> null);
            }
        }

        @Override
        public void visitLeaf(Query query) {
            children.add(() -> null);
        }

        Set<Term> required() {
            List<Set<Term>> parts = new ArrayList<>();
            for (Supplier<Set<Term>> child : children) parts.add(child.get());
            if (conjunction) {
                Set<Term> best = null;
                double bestCost = Double.MAX_VALUE;
                for (Set<Term> part : parts) {
                    if (part == null || part.isEmpty()) continue;
                    double cost = 0;
                    // A prefix matches many words: chosen only when nothing else is required.
                    for (Term t : part) cost += isPrefix(t) ? 1e12 : frequency.applyAsDouble(t);
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = part;
                    }
                }
                return best;
            }
            if (parts.isEmpty()) return null;
            Set<Term> union = new HashSet<>();
            for (Set<Term> part : parts) {
                if (part == null || part.isEmpty()) return null;
                union.addAll(part);
            }
            return union;
        }
    }
}
