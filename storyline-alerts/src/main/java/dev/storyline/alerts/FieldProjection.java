package dev.storyline.alerts;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

import java.util.Set;

/**
 * A query cut down to the fields one article has: a parsed search asks each word of every language's fields (22
 * of them), an article has four (its language's text and title, and the language-neutral ones). A clause on a field
 * the article lacks cannot match it, so dropping it changes no answer and spares most of the work. Query types not
 * known here are kept whole (always correct, only slower).
 */
final class FieldProjection {

    private static final Query NOTHING = new MatchNoDocsQuery("no field of this article");

    private FieldProjection() {
    }

    static Query project(Query q, Set<String> fields) {
        if (q instanceof TermQuery t) return fields.contains(t.getTerm().field()) ? q : NOTHING;
        if (q instanceof PhraseQuery p) return fields.contains(p.getField()) ? q : NOTHING;
        if (q instanceof SynonymQuery s) return fields.contains(s.getField()) ? q : NOTHING;
        if (q instanceof MultiTermQuery m) return fields.contains(m.getField()) ? q : NOTHING;
        if (q instanceof BoostQuery b) {
            Query inner = project(b.getQuery(), fields);
            return inner == NOTHING ? NOTHING : inner == b.getQuery() ? q : new BoostQuery(inner, b.getBoost());
        }
        if (q instanceof BooleanQuery bq) return projectBoolean(bq, fields);
        return q;
    }

    private static Query projectBoolean(BooleanQuery bq, Set<String> fields) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
        int shoulds = 0, clauses = 0;
        boolean changed = false;
        for (BooleanClause c : bq.clauses()) {
            Query p = project(c.query(), fields);
            if (p != c.query()) changed = true;
            if (p == NOTHING) {
                // A required clause that cannot match: nothing can. An optional or excluded one: as if absent.
                if (c.isRequired()) return NOTHING;
                continue;
            }
            b.add(p, c.occur());
            clauses++;
            if (c.occur() == BooleanClause.Occur.SHOULD) shoulds++;
        }
        if (!changed) return bq;
        if (clauses == 0 || shoulds < bq.getMinimumNumberShouldMatch()) return NOTHING;
        boolean required = bq.clauses().stream().anyMatch(BooleanClause::isRequired);
        // Only SHOULD clauses, all gone, and no required ones: the disjunction cannot match.
        if (!required && shoulds == 0 && bq.clauses().stream().anyMatch(c -> c.occur() == BooleanClause.Occur.SHOULD)) return NOTHING;
        return b.build();
    }
}
