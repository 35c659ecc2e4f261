package dev.storyline.entities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A bounded gazetteer of names the CRF has already found, matched over new text as whole words ({@link WholeWordMatcher}).
 * A name is trusted only once the CRF has found it {@code minSightings} times with one majority type, so a
 * single tagging error does not spread. Thread-safe: readers use an immutable matcher snapshot, rebuilt
 * when enough new names have been trusted (amortised, so learning stays cheap).
 */
public final class LearnedNames implements java.io.Serializable {

    /** Counts of CRF sightings per type for one name. */
    private static final class Sightings implements java.io.Serializable {
        final Map<String, Integer> byType = new HashMap<>(4);
        long lastSeen;

        String majorityType(int min) {
            String best = null;
            int bestCount = 0, total = 0;
            for (var e : byType.entrySet()) {
                total += e.getValue();
                if (e.getValue() > bestCount) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
            // A clear majority: more than two thirds of the sightings agree.
            return bestCount >= min && bestCount * 3 > total * 2 ? best : null;
        }
    }

    private record Snapshot(WholeWordMatcher trie, int size) {
    }

    private final int capacity;
    private final int minSightings;
    private final Map<String, Sightings> seen = new HashMap<>();
    private final Map<String, String> trusted = new HashMap<>();
    private long clock;
    private int changesSinceBuild;
    private transient volatile Snapshot snapshot = new Snapshot(null, 0);
    /** The trusted names as of the last rebuild: what the matcher matches, rebuilt from it after deserialisation. */
    private Map<String, String> matched = Map.of();

    /**
     * @param capacity     most names tracked (beyond it, all but the most recently seen half are forgotten)
     * @param minSightings CRF sightings with one type before a name is matched by the matcher
     */
    public LearnedNames(int capacity, int minSightings) {
        if (capacity < 1 || minSightings < 1) throw new IllegalArgumentException("capacity and minSightings must be >= 1");
        this.capacity = capacity;
        this.minSightings = minSightings;
    }

    public LearnedNames() {
        this(20_000, 2);
    }

    /** Records names the CRF found; names of fewer than three characters are too ambiguous to match alone. */
    public void learn(Collection<NameSpan> found) {
        if (found.isEmpty()) return;
        synchronized (this) {
            clock++;
            for (NameSpan n : found) {
                if (n.text().length() < 3 || n.text().length() > 80) continue;
                Sightings s = seen.computeIfAbsent(n.text(), k -> new Sightings());
                s.byType.merge(n.type(), 1, Integer::sum);
                s.lastSeen = clock;
                String type = s.majorityType(minSightings);
                String before = type == null ? trusted.remove(n.text()) : trusted.put(n.text(), type);
                if (!java.util.Objects.equals(before, type)) changesSinceBuild++;
            }
            if (seen.size() > capacity) forgetOldest();
            // Rebuild when a tenth more names are trusted: O(1) amortised per learned name.
            if (changesSinceBuild >= Math.max(1, trusted.size() / 10)) rebuild();
        }
    }

    /** Every occurrence of a trusted name in {@code text}, as whole words, longest leftmost, not overlapping. */
    public List<NameSpan> match(String text) {
        WholeWordMatcher trie = snapshot.trie();
        if (trie == null || text.isEmpty()) return List.of();
        List<WholeWordMatcher.Match> matches = trie.matches(text);
        List<NameSpan> spans = new ArrayList<>(matches.size());
        for (WholeWordMatcher.Match m : matches) {
            spans.add(new NameSpan(text.substring(m.start(), m.end()), m.payload(), m.start(), m.end()));
        }
        return List.copyOf(spans);
    }

    /** The type a name is trusted with, or null. */
    public synchronized String typeOf(String name) {
        return trusted.get(name);
    }

    /** Names the matcher currently matches. */
    public int size() {
        return snapshot.size();
    }

    /** Makes every trusted name matchable now (normally done in batches as names are learned). */
    public synchronized void flush() {
        if (changesSinceBuild > 0) rebuild();
    }

    private void forgetOldest() {
        // Keep the most recently seen half of the capacity: recent names are the ones news repeats.
        List<Map.Entry<String, Sightings>> entries = new ArrayList<>(seen.entrySet());
        entries.sort((a, b) -> Long.compare(b.getValue().lastSeen, a.getValue().lastSeen));
        for (int i = capacity / 2; i < entries.size(); i++) {
            seen.remove(entries.get(i).getKey());
            if (trusted.remove(entries.get(i).getKey()) != null) changesSinceBuild++;
        }
    }

    private void rebuild() {
        snapshot = new Snapshot(trusted.isEmpty() ? null : WholeWordMatcher.of(trusted), trusted.size());
        matched = new HashMap<>(trusted);
        changesSinceBuild = 0;
    }

    /** Serialisable, so that a stream processor can checkpoint what was learnt; the matcher is rebuilt on reading. */
    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        snapshot = new Snapshot(matched.isEmpty() ? null : WholeWordMatcher.of(matched), matched.size());
    }
}
