package dev.storyline.store;

import dev.storyline.events.DocumentFrequencies;
import dev.storyline.events.EventState;
import dev.storyline.events.KeyCounts;
import dev.storyline.events.StoryState;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Events and stories as compact bytes: the active window is read back at every start of ingestion, and parsing
 * its centroids as JSON was most of that time. Maps keep their order (sums over them must come out the same after
 * a restart). A field added to {@link EventState} or {@link StoryState} goes here too (the round-trip test fails
 * until it does), and the event stores' format version changes with the layout (older indexes are then rebuilt
 * from the articles).
 */
public final class StateCodec {

    private StateCodec() {
    }

    public static byte[] encode(EventState e) {
        return write(out -> {
            writeString(out, e.id());
            out.writeLong(e.sequence());
            writeString(out, e.storyId());
            out.writeInt(e.size());
            writeDay(out, e.first());
            writeDay(out, e.last());
            out.writeInt(e.centroid().size());
            for (Map.Entry<String, Double> c : e.centroid().entrySet()) {
                writeString(out, c.getKey());
                out.writeDouble(c.getValue());
            }
            writeStrings(out, e.surfaces());
            writeNullable(out, e.label());
            out.writeDouble(e.labelScore());
        });
    }

    public static EventState decodeEvent(byte[] bytes, int offset, int length) {
        return decodeEvent(bytes, offset, length, UnaryOperator.identity());
    }

    /** @param keys gives the instance to hold for a feature key (to share one String per key across the window) */
    public static EventState decodeEvent(byte[] bytes, int offset, int length, UnaryOperator<String> keys) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, offset, length));
            String id = readString(in);
            long sequence = in.readLong();
            String storyId = readString(in);
            int size = in.readInt();
            LocalDate first = readDay(in);
            LocalDate last = readDay(in);
            int n = in.readInt();
            Map<String, Double> centroid = new LinkedHashMap<>(n * 4 / 3 + 1);
            for (int i = 0; i < n; i++) centroid.put(keys.apply(readString(in)), in.readDouble());
            Map<String, String> surfaces = readStrings(in, keys);
            String label = readNullable(in);
            double labelScore = in.readDouble();
            return new EventState(id, sequence, storyId, size, first, last, centroid, surfaces, label, labelScore);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] encode(StoryState s) {
        return write(out -> {
            writeString(out, s.id());
            out.writeLong(s.sequence());
            out.writeInt(s.events().size());
            for (String event : s.events()) writeString(out, event);
            writeDay(out, s.first());
            writeDay(out, s.last());
            out.writeInt(s.profile().size());
            for (Map.Entry<String, Double> p : s.profile().entrySet()) {
                writeString(out, p.getKey());
                out.writeDouble(p.getValue());
            }
        });
    }

    public static StoryState decodeStory(byte[] bytes, int offset, int length) {
        return decodeStory(bytes, offset, length, UnaryOperator.identity());
    }

    public static StoryState decodeStory(byte[] bytes, int offset, int length, UnaryOperator<String> keys) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, offset, length));
            String id = readString(in);
            long sequence = in.readLong();
            int n = in.readInt();
            List<String> events = new ArrayList<>(n);
            for (int i = 0; i < n; i++) events.add(readString(in));
            LocalDate first = readDay(in);
            LocalDate last = readDay(in);
            int m = in.readInt();
            Map<String, Double> profile = new LinkedHashMap<>(m * 4 / 3 + 1);
            for (int i = 0; i < m; i++) profile.put(keys.apply(readString(in)), in.readDouble());
            return new StoryState(id, sequence, events, first, last, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    /** One week's document frequencies: its article count, then each key with its count. */
    public static byte[] encode(DocumentFrequencies.Bucket bucket) {
        return write(out -> {
            out.writeInt(bucket.documents());
            out.writeInt(bucket.keys().size());
            IOException[] failed = {null};
            bucket.keys().forEach((key, n) -> {
                try {
                    out.writeUTF(key);
                    out.writeInt(n);
                } catch (IOException e) {
                    failed[0] = e;
                }
            });
            if (failed[0] != null) throw failed[0];
        });
    }

    /** Restores into {@code frequencies} the week {@link #encode(DocumentFrequencies.Bucket)} wrote. */
    public static void restoreBucket(DocumentFrequencies frequencies, long week, byte[] bytes, int offset, int length) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, offset, length));
            int documents = in.readInt();
            int n = in.readInt();
            KeyCounts keys = new KeyCounts(n);
            for (int i = 0; i < n; i++) {
                String key = in.readUTF();
                keys.add(key, in.readInt());
            }
            frequencies.restore(week, documents, keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(Writer writer) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
            DataOutputStream out = new DataOutputStream(bytes);
            writer.write(out);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeDay(DataOutputStream out, LocalDate day) throws IOException {
        out.writeLong(day == null ? Long.MIN_VALUE : day.toEpochDay());
    }

    private static LocalDate readDay(DataInputStream in) throws IOException {
        long day = in.readLong();
        return day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
    }

    /** UTF-8 with an int length: titles and names may exceed writeUTF's 64 KB. */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] utf8 = new byte[in.readInt()];
        in.readFully(utf8);
        return new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) writeString(out, s);
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? readString(in) : null;
    }

    private static void writeStrings(DataOutputStream out, Map<String, String> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, String> e : map.entrySet()) {
            writeString(out, e.getKey());
            writeString(out, e.getValue());
        }
    }

    private static Map<String, String> readStrings(DataInputStream in, UnaryOperator<String> keys) throws IOException {
        int n = in.readInt();
        Map<String, String> map = new LinkedHashMap<>(n * 4 / 3 + 1);
        for (int i = 0; i < n; i++) map.put(keys.apply(readString(in)), readString(in));
        return map;
    }
}
