package dev.storyline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a process's CPU went, by kind of thread: the analysis's threads, the JVM's garbage collector, its JIT compilers, the common fork-join
 * pool, the calling ("main") thread and the rest of the JVM's own threads, read from Linux's {@code /proc/self/task}
 * (the JVM's management beans see neither GC nor compiler threads). What {@code bench pipeline} splits the CPU it
 * does not find in the analysis's stages by. Threads that start and end between two snapshots (a batch's own
 * threads) are not seen: their CPU is the process's less what the snapshots account for.
 */
record ThreadGroupCpu(Map<Long, Task> tasks) {

    /** Kinds of thread, recognised by the name Linux keeps of them (15 characters at most). */
    enum Group {
        ANALYSIS, GC, JIT, COMMON_POOL, CALLING_THREAD, OTHER_JVM;

        static Group of(String name) {
            if (name.startsWith("storyline-anal")) return ANALYSIS;
            if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("VM Thread")) return GC;
            if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) return JIT;
            if (name.startsWith("ForkJoinPool.co")) return COMMON_POOL;
            // HotSpot leaves the launcher's name on the thread that runs main (the primordial thread only waits).
            if (name.equals("java") || name.equals("main")) return CALLING_THREAD;
            return OTHER_JVM;
        }
    }

    record Task(String name, long cpuNanos) {
    }

    /** USER_HZ: the unit of {@code utime} and {@code stime}, 100 on every Linux build in use. */
    private static final long NANOS_PER_TICK = 10_000_000L;
    private static final Path TASKS = Path.of("/proc/self/task");

    /** Whether this system lets a process read its threads' CPU (Linux). */
    static boolean available() {
        return Files.isDirectory(TASKS);
    }

    /** The CPU spent so far by every thread of this process alive now. */
    static ThreadGroupCpu now() {
        Map<Long, Task> tasks = new HashMap<>();
        try (Stream<Path> dirs = Files.list(TASKS)) {
            dirs.forEach(dir -> {
                Task task = read(dir.resolve("stat"));
                if (task != null) tasks.put(Long.parseLong(dir.getFileName().toString()), task);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + TASKS, e);
        }
        return new ThreadGroupCpu(Map.copyOf(tasks));
    }

    /** CPU nanoseconds per group from {@code before} to this snapshot, over the threads alive now. */
    Map<Group, Long> since(ThreadGroupCpu before) {
        Map<Group, Long> spent = new EnumMap<>(Group.class);
        for (Group g : Group.values()) spent.put(g, 0L);
        tasks.forEach((tid, task) -> {
            Task earlier = before.tasks().get(tid);
            long base = earlier != null && earlier.name().equals(task.name()) ? earlier.cpuNanos() : 0;
            spent.merge(Group.of(task.name()), task.cpuNanos() - base, Long::sum);
        });
        return spent;
    }

    /** A thread's name and user + system CPU from its {@code stat} line; null when it ended meanwhile. */
    private static Task read(Path stat) {
        String line;
        try {
            line = Files.readString(stat);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            // A thread ending while its file is read fails the read with ESRCH ("No such process"), not as missing.
            if (!Files.exists(stat)) return null;
            throw new UncheckedIOException("cannot read " + stat, e);
        }
        return parse(line);
    }

    /** Parses a {@code stat} line: "tid (name) state ..." where utime and stime are the 14th and 15th fields. */
    static Task parse(String line) {
        int open = line.indexOf('('), close = line.lastIndexOf(')'); // a name may hold spaces and parentheses
        String[] fields = line.substring(close + 2).trim().split(" ");
        // fields[0] is the 3rd field (state), so utime (14th) is fields[11], stime (15th) fields[12]
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return new Task(line.substring(open + 1, close), ticks * NANOS_PER_TICK);
    }
}
