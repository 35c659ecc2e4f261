package dev.storyline.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThreadGroupCpuTest {

    /** Fields 14 and 15 (utime, stime, in 1/100 s) after a name that may hold spaces and parentheses. */
    @Test
    void readsTheNameAndUserPlusSystemCpuOfAStatLine() {
        String line = "4242 (C2 CompilerThre) S 1 1 1 0 -1 1077936192 9 0 0 0 1234 56 0 0 20 0 1 0 100 0 0\n";
        assertEquals(new ThreadGroupCpu.Task("C2 CompilerThre", 12_900_000_000L), ThreadGroupCpu.parse(line));
        assertEquals("a (b) c", ThreadGroupCpu.parse("7 (a (b) c) R 1 1 1 0 -1 0 0 0 0 0 3 4 0 0").name());
    }

    @Test
    void groupsThreadsByTheNamesTheJvmGivesThem() {
        assertEquals(ThreadGroupCpu.Group.GC, ThreadGroupCpu.Group.of("GC Thread#1"));
        assertEquals(ThreadGroupCpu.Group.GC, ThreadGroupCpu.Group.of("G1 Conc#0"));
        assertEquals(ThreadGroupCpu.Group.JIT, ThreadGroupCpu.Group.of("C1 CompilerThre"));
        assertEquals(ThreadGroupCpu.Group.COMMON_POOL, ThreadGroupCpu.Group.of("ForkJoinPool.co"));
        assertEquals(ThreadGroupCpu.Group.ANALYSIS, ThreadGroupCpu.Group.of("storyline-anal"));
        assertEquals(ThreadGroupCpu.Group.CALLING_THREAD, ThreadGroupCpu.Group.of("java"));
        assertEquals(ThreadGroupCpu.Group.OTHER_JVM, ThreadGroupCpu.Group.of("Service Thread"));
    }

    /** CPU spent between two snapshots lands on the thread's group; a thread new since the first counts whole. */
    @Test
    void chargesTheCpuSinceTheEarlierSnapshotToEachGroup() {
        ThreadGroupCpu before = new ThreadGroupCpu(Map.of(1L, new ThreadGroupCpu.Task("java", 100), 2L, new ThreadGroupCpu.Task("GC Thread#0", 50)));
        ThreadGroupCpu after = new ThreadGroupCpu(Map.of(1L, new ThreadGroupCpu.Task("java", 180), 2L, new ThreadGroupCpu.Task("GC Thread#0", 50),
                3L, new ThreadGroupCpu.Task("C2 CompilerThre", 30)));
        Map<ThreadGroupCpu.Group, Long> spent = after.since(before);
        assertEquals(80L, spent.get(ThreadGroupCpu.Group.CALLING_THREAD));
        assertEquals(0L, spent.get(ThreadGroupCpu.Group.GC));
        assertEquals(30L, spent.get(ThreadGroupCpu.Group.JIT));
    }

    @Test
    void seesThisProcesssOwnThreadsOnLinux() {
        Assumptions.assumeTrue(ThreadGroupCpu.available(), "no /proc/self/task (not Linux): skipped");
        assertTrue(ThreadGroupCpu.now().tasks().size() > 1, "a JVM runs several threads");
    }
}
