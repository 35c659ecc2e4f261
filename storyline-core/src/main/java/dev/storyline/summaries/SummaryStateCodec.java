package dev.storyline.summaries;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
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
 * reads as unreadable rather than as a wrong state. Weights are written exactly, so a state read back chooses exactly
 * as the one written would have. What did not change since it was read or last written (a candidate, a language's
 * track that received nothing) is written back as the bytes it was.
 *
 * <p>Version 2 writes vectors as hashed term ids and weights ({@link TermVector}, {@link Centroid}) and each track as
 * a block of its own; version 1 (string keys) is still read, its keys hashed as they are read.
 */
final class SummaryStateCodec {

    private static final int MAGIC = 0x534c5353; // "SLSS"
    private static final int VERSION = 2;
    /** The first version, with vectors as string keys and doubles; read, never written. */
    private static final int VERSION_STRING_KEYS = 1;

    private SummaryStateCodec() {
    }

    static byte[] write(SummaryState s) {
        // Sized once: the tracks are most of it (and their bytes are kept while they do not change).
        int size = 4096 + encoded(s.all).length;
        for (SummaryState.Track t : s.byLanguage.values()) size += encoded(t).length + 64;
        Buffer bytes = new Buffer(size);
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
            if (version != VERSION && version != VERSION_STRING_KEYS) {
                throw new IllegalArgumentException("summary state version " + version + " (this reads " + VERSION_STRING_KEYS + " and " + VERSION + ")");
            }
            boolean v1 = version == VERSION_STRING_KEYS;
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
            SummaryState.Track all = v1 ? trackV1(in) : track(in);
            Map<String, SummaryState.Track> byLanguage = new TreeMap<>();
            for (int i = in.readInt(); i > 0; i--) byLanguage.put(string(in), v1 ? trackV1(in) : track(in));
            EventSummary summary = summary(in);
            return new SummaryState(lastSequence, articles, arrivals, day == null ? null : LocalDate.parse(day), baseline, all,
                    byLanguage, onlyLanguage, summary);
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated: " + e.getMessage(), e);
        }
    }

    /** A track as a block of its own: its bytes are kept while it does not change. */
    private static void track(DataOutputStream out, SummaryState.Track t) throws IOException {
        byte[] encoded = encoded(t);
        out.writeInt(encoded.length);
        out.write(encoded);
    }

    private static byte[] encoded(SummaryState.Track t) {
        if (t.encoded == null) t.encoded = encode(t);
        return t.encoded;
    }

    private static byte[] encode(SummaryState.Track t) {
        int size = 64 + 12 * (t.centroid.size() + t.titleCentroid.size()) + 8 * (t.chosen.size() + 2);
        for (SummaryState.Item i : t.sentences) size += 4 + i.encoded().length;
        for (SummaryState.Item i : t.titles) size += 4 + i.encoded().length;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(size);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(t.articles);
            out.writeDouble(t.moved);
            out.writeDouble(t.weakest);
            centroid(out, t.centroid);
            centroid(out, t.titleCentroid);
            items(out, t.sentences);
            items(out, t.titles);
            // The chosen sentences and the headline are always in the pools (a choice is made among them): their places.
            out.writeInt(t.chosen.size());
            for (SummaryState.Item i : t.chosen) out.writeInt(indexOf(t.sentences, i));
            out.writeInt(t.headline == null ? -1 : indexOf(t.titles, t.headline));
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    private static SummaryState.Track track(DataInputStream in) throws IOException {
        byte[] encoded = block(in, "a track");
        DataInputStream t = new DataInputStream(new ByteArrayInputStream(encoded));
        int articles = t.readInt();
        double moved = t.readDouble(), weakest = t.readDouble();
        Centroid centroid = centroid(t), titleCentroid = centroid(t);
        List<SummaryState.Item> sentences = items(t, false), titles = items(t, false);
        SummaryState.Track track = chosen(t, centroid, titleCentroid, sentences, titles, articles, moved, weakest);
        if (t.available() > 0) throw new IOException(t.available() + " bytes left over after a track");
        track.encoded = encoded;
        return track;
    }

    /** A track as version 1 wrote it: inline, its vectors keyed by strings (hashed as they are read). */
    private static SummaryState.Track trackV1(DataInputStream in) throws IOException {
        int articles = in.readInt();
        double moved = in.readDouble(), weakest = in.readDouble();
        Centroid centroid = centroidV1(in), titleCentroid = centroidV1(in);
        List<SummaryState.Item> sentences = items(in, true), titles = items(in, true);
        return chosen(in, centroid, titleCentroid, sentences, titles, articles, moved, weakest);
    }

    private static SummaryState.Track chosen(DataInputStream in, Centroid centroid, Centroid titleCentroid,
                                             List<SummaryState.Item> sentences, List<SummaryState.Item> titles,
                                             int articles, double moved, double weakest) throws IOException {
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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + 4 * i.text().length() + 8 * i.vector().size());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            string(out, i.text());
            string(out, i.articleKey());
            string(out, i.source());
            string(out, i.language());
            out.writeInt(i.position());
            out.writeLong(i.order());
            vector(out, i.vector());
            strings(out, i.facts());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    private static List<SummaryState.Item> items(DataInputStream in, boolean v1) throws IOException {
        List<SummaryState.Item> items = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            byte[] encoded = block(in, "a candidate");
            DataInputStream item = new DataInputStream(new ByteArrayInputStream(encoded));
            String text = string(item), article = string(item), source = string(item), language = string(item);
            int position = item.readInt();
            long order = item.readLong();
            TermVector vector;
            if (v1) {
                vector = vectorV1(item);
                item.readDouble(); // its norm: counted again from the weights
            } else {
                vector = vector(item);
            }
            Set<String> facts = Set.copyOf(strings(item));
            // A version 1 candidate is written again in version 2; a version 2 one as the bytes it was.
            items.add(new SummaryState.Item(text, article, source, language, position, order, vector, facts, v1 ? null : encoded));
        }
        return items;
    }

    /** A length-prefixed block, its length checked against what is left. */
    private static byte[] block(DataInputStream in, String what) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) throw new IOException(what + " of " + length + " bytes runs past the end");
        return in.readNBytes(length);
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

    /** A candidate's vector: its ids, then its weights (counts, exact as floats), each array in one write. */
    private static void vector(DataOutputStream out, TermVector v) throws IOException {
        int n = v.size();
        out.writeInt(n);
        ByteBuffer b = ByteBuffer.allocate(n * 8);
        for (int i = 0; i < n; i++) b.putInt(v.id(i));
        for (int i = 0; i < n; i++) b.putFloat(v.weight(i));
        out.write(b.array());
    }

    private static TermVector vector(DataInputStream in) throws IOException {
        int n = count(in, 8);
        ByteBuffer b = ByteBuffer.wrap(in.readNBytes(n * 8));
        int[] ids = new int[n];
        float[] weights = new float[n];
        b.asIntBuffer().get(ids);
        b.position(n * 4);
        b.asFloatBuffer().get(weights);
        try {
            return new TermVector(ids, weights);
        } catch (IllegalArgumentException e) {
            throw new IOException("a candidate's vector: " + e.getMessage(), e);
        }
    }

    private static void centroid(DataOutputStream out, Centroid c) throws IOException {
        int n = c.size();
        out.writeInt(n);
        ByteBuffer b = ByteBuffer.allocate(n * 12);
        c.writeTo(b.asIntBuffer(), b.position(n * 4).asDoubleBuffer());
        out.write(b.array());
    }

    private static Centroid centroid(DataInputStream in) throws IOException {
        int n = count(in, 12);
        ByteBuffer b = ByteBuffer.wrap(in.readNBytes(n * 12));
        int[] ids = new int[n];
        double[] weights = new double[n];
        b.asIntBuffer().get(ids);
        b.position(n * 4);
        b.asDoubleBuffer().get(weights);
        try {
            return new Centroid(ids, weights);
        } catch (IllegalArgumentException e) {
            throw new IOException("a centroid: " + e.getMessage(), e);
        }
    }

    /** A count of entries of {@code size} bytes each, checked against what is left. */
    private static int count(DataInputStream in, int size) throws IOException {
        int n = in.readInt();
        if (n < 0 || (long) n * size > in.available()) throw new IOException(n + " entries of " + size + " bytes run past the end");
        return n;
    }

    /** A version 1 vector ("t:stem" → weight), its keys hashed. */
    private static Map<String, Double> mapV1(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) throw new IOException(n + " terms run past the end");
        Map<String, Double> v = new HashMap<>(Math.max(4, n * 4 / 3 + 1));
        for (int i = 0; i < n; i++) v.put(string(in), in.readDouble());
        return v;
    }

    private static TermVector vectorV1(DataInputStream in) throws IOException {
        TermVector.Builder b = new TermVector.Builder();
        mapV1(in).forEach((k, x) -> b.add(k, x.floatValue()));
        return b.build();
    }

    private static Centroid centroidV1(DataInputStream in) throws IOException {
        Map<String, Double> v = mapV1(in);
        // Sorted by id; two keys that hash alike add up, as they would have had they arrived so.
        TreeMap<Integer, Double> byId = new TreeMap<>();
        v.forEach((k, x) -> byId.merge(TermVector.id(k), x, Double::sum));
        int[] ids = new int[byId.size()];
        double[] weights = new double[byId.size()];
        int i = 0;
        for (Map.Entry<Integer, Double> e : byId.entrySet()) {
            ids[i] = e.getKey();
            weights[i++] = e.getValue();
        }
        return new Centroid(ids, weights);
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
