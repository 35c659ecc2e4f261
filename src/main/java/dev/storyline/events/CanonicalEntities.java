package dev.storyline.events;

import dev.storyline.AnalyzedArticle;
import dev.storyline.entities.EntityMention;

import java.util.ArrayList;
import java.util.List;

/** Names from the entity stage: its canonical keys, so that "Poutine" and "Putin" are one name. */
public final class CanonicalEntities implements NameSource {

    @Override
    public List<Name> names(AnalyzedArticle article) {
        List<Name> names = new ArrayList<>();
        for (EntityMention m : article.entities()) {
            if (m.canonical() == null || m.canonical().isBlank()) continue;
            boolean place = "LOC".equals(m.type()) || m.canonical().startsWith("LOC:");
            names.add(new Name(m.canonical(), m.text(), place));
        }
        return names;
    }
}
