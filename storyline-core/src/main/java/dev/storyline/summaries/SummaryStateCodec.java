package dev.storyline.summaries;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * An event's {@link SummaryState} as bytes: written after every update of the event, so it is binary (JSON's number
 * formatting cost as much as the update itself), with a magic, a version and a CRC-32 so that a file a crash tore
 * reads as unreadable rather than as a wrong state. Doubles are written exactly, so a state read back chooses exactly
 * as the one written would have.
 */
final class SummaryStateCodec {

    private static final int MAGIC = 0x534c5353; // "SLSS"
    private static final int VERSION = 1;

    private SummaryStateCodec() {
    }

    static byte[] write(SummaryState s) {
        Buffer bytes = new Buffer(32 * 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            // The frame first, its length and checksum filled in once the body is written.
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(0);
            out.writeLong(0);
            out.writeLong(s.lastSequence);
            out.writeInt(s.articles);
            out.writeLong(s.arrivals);
            string(out, s.day == null ? null : s.day.toString());
            out.writeBoolean(s.baseline != null);
            if (s.baseline != null) strings(out, s.baseline);
            string(out, s.onlyLanguage);
            track(out, s.all);
            out.writeInt(s.byLanguage.size());
            for (Map.Entry<String, SummaryState.Track> e : new TreeMap<>(s.byLanguage).entrySet()) {
                string(out, e.getKey());
                track(out, e.getValue());
            }
            summary(out, s.summary);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.framed();
    }

    /** A byte buffer that hands out its own array, framed: no copy of a state that is written at every update. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer(int size) {
            super(size);
        }

        byte[] framed() {
            int length = count - 20;
            CRC32 crc = new CRC32();
            crc.update(buf, 20, length);
            java.nio.ByteBuffer.wrap(buf, 8, 12).putInt(length).putLong(crc.getValue());
            return buf.length == count ? buf : java.util.Arrays.copyOf(buf, count);
        }
    }

    /** Reads what {@link #write} wrote; an {@link IllegalArgumentException} says why it cannot. */
    static SummaryState read(byte[] framed) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(framed))) {
            if (framed.length < 20 || in.readInt() != MAGIC) throw new IllegalArgumentException("not a summary state");
            int version = in.readInt();
            if (version != VERSION) throw new IllegalArgumentException("summary state version " + version + " (this reads " + VERSION + ")");
            int length = in.readInt();
            long crc = in.readLong();
            if (length != framed.length - 20) throw new IllegalArgumentException("torn: " + (framed.length - 20) + " of " + length + " bytes");
            CRC32 check = new CRC32();
            check.update(framed, 20, length);
            if (check.getValue() != crc) throw new IllegalArgumentException("checksum mismatch");
            long lastSequence = in.readLong();
            int articles = in.readInt();
            long arrivals = in.readLong();
            String day = string(in);
            Set<String> baseline = in.readBoolean() ? strings(in) : null;
            String onlyLanguage = string(in);
            SummaryState.Track all = track(in);
            Map<String, SummaryState.Track> byLanguage = new TreeMap<>();
            for (int i = in.readInt(); i > 0; i--) byLanguage.put(string(in), track(in));
            EventSummary summary = summary(in);
            return new SummaryState(lastSequence, articles, arrivals, day == null ? null : LocalDate.parse(day), baseline, all,
                    byLanguage, onlyLanguage, summary);
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated: " + e.getMessage(), e);
        }
    }

    private static void track(DataOutputStream out, SummaryState.Track t) throws IOException {
        out.writeInt(t.articles);
        out.writeDouble(t.moved);
        out.writeDouble(t.weakest);
        vector(out, t.centroid);
        vector(out, t.titleCentroid);
        items(out, t.sentences);
        items(out, t.titles);
        // The chosen sentences and the headline are always in the pools (a choice is made among them): their places.
        out.writeInt(t.chosen.size());
        for (SummaryState.Item i : t.chosen) out.writeInt(indexOf(t.sentences, i));
        out.writeInt(t.headline == null ? -1 : indexOf(t.titles, t.headline));
    }

    private static SummaryState.Track track(DataInputStream in) throws IOException {
        int articles = in.readInt();
        double moved = in.readDouble(), weakest = in.readDouble();
        Map<String, Double> centroid = vector(in), titleCentroid = vector(in);
        List<SummaryState.Item> sentences = items(in), titles = items(in);
        List<SummaryState.Item> chosen = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) chosen.add(at(sentences, in.readInt()));
        int h = in.readInt();
        return new SummaryState.Track(centroid, titleCentroid, sentences, titles, articles, moved, weakest, chosen,
                h < 0 ? null : at(titles, h));
    }

    private static void items(DataOutputStream out, List<SummaryState.Item> items) throws IOException {
        out.writeInt(items.size());
        for (SummaryState.Item i : items) {
            byte[] encoded = i.encoded();
            out.writeInt(encoded.length);
            out.write(encoded);
        }
    }

    /** A candidate's bytes (written once per candidate, see {@link SummaryState.Item#encoded}). */
    static byte[] encode(SummaryState.Item i) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            string(out, i.text());
            string(out, i.articleKey());
            string(out, i.source());
            string(out, i.language());
            out.writeInt(i.position());
            out.writeLong(i.order());
            vector(out, i.vector());
            out.writeDouble(i.norm());
            strings(out, i.facts());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    private static List<SummaryState.Item> items(DataInputStream in) throws IOException {
        List<SummaryState.Item> items = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            int length = in.readInt();
            if (length < 0 || length > in.available()) throw new IOException("a candidate of " + length + " bytes runs past the end");
            byte[] encoded = in.readNBytes(length);
            DataInputStream item = new DataInputStream(new ByteArrayInputStream(encoded));
            String text = string(item), article = string(item), source = string(item), language = string(item);
            int position = item.readInt();
            long order = item.readLong();
            Map<String, Double> vector = vector(item);
            double norm = item.readDouble();
            items.add(new SummaryState.Item(text, article, source, language, position, order, vector, norm, Set.copyOf(strings(item))));
        }
        return items;
    }

    private static void summary(DataOutputStream out, EventSummary s) throws IOException {
        string(out, s.headline());
        string(out, s.headlineArticleKey());
        sentences(out, s.sentences());
        out.writeInt(s.byLanguage().size());
        for (Map.Entry<String, LanguageSummary> e : new TreeMap<>(s.byLanguage()).entrySet()) {
            string(out, e.getKey());
            string(out, e.getValue().headline());
            string(out, e.getValue().headlineArticleKey());
            sentences(out, e.getValue().sentences());
        }
    }

    private static EventSummary summary(DataInputStream in) throws IOException {
        String headline = string(in), key = string(in);
        List<SummarySentence> sentences = sentences(in);
        Map<String, LanguageSummary> byLanguage = new TreeMap<>();
        for (int n = in.readInt(); n > 0; n--) {
            String language = string(in), h = string(in), k = string(in);
            byLanguage.put(language, new LanguageSummary(h, k, sentences(in)));
        }
        return new EventSummary(headline, key, sentences, byLanguage);
    }

    private static void sentences(DataOutputStream out, List<SummarySentence> sentences) throws IOException {
        out.writeInt(sentences.size());
        for (SummarySentence s : sentences) {
            string(out, s.text());
            string(out, s.articleKey());
            string(out, s.source());
            string(out, s.language());
            out.writeBoolean(s.isNew());
        }
    }

    private static List<SummarySentence> sentences(DataInputStream in) throws IOException {
        List<SummarySentence> out = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            out.add(new SummarySentence(string(in), string(in), string(in), string(in), in.readBoolean()));
        }
        return out;
    }

    private static void vector(DataOutputStream out, Map<String, Double> v) throws IOException {
        out.writeInt(v.size());
        for (Map.Entry<String, Double> e : v.entrySet()) {
            string(out, e.getKey());
            out.writeDouble(e.getValue());
        }
    }

    private static Map<String, Double> vector(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<String, Double> v = new HashMap<>(Math.max(4, n * 4 / 3 + 1));
        for (int i = 0; i < n; i++) v.put(string(in), in.readDouble());
        return v;
    }

    private static void strings(DataOutputStream out, Set<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) string(out, s);
    }

    private static Set<String> strings(DataInputStream in) throws IOException {
        Set<String> out = new HashSet<>();
        for (int n = in.readInt(); n > 0; n--) out.add(string(in));
        return out;
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) return null;
        if (n > in.available()) throw new IOException("a string of " + n + " bytes runs past the end");
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    private static int indexOf(List<SummaryState.Item> pool, SummaryState.Item item) {
        for (int i = 0; i < pool.size(); i++) if (pool.get(i) == item) return i;
        throw new IllegalStateException("a chosen item is always in its pool");
    }

    private static SummaryState.Item at(List<SummaryState.Item> pool, int index) {
        if (index < 0 || index >= pool.size()) {
            throw new IllegalArgumentException("a chosen item's place " + index + " is outside its pool of " + pool.size());
        }
        return pool.get(index);
    }
}
