package dev.byline.bench.quotes;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the command line's {@code main} with the given arguments, and at exit prints to stderr the CPU of each live
 * thread (user and system ticks from {@code /proc/self/task/N/stat}, grouped by name), the CPU of the threads that
 * had ended, and the JVM's compilation time, collections and loaded classes. Linux only. Run by
 * {@code bench/quotes/decompose.sh}.
 */
public final class ThreadCpu {
    public static void main(String[] args) throws Exception {
        long t0 = procCpuTicks();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                long tick = 100;   // USER_HZ
                Map<String, long[]> by = new TreeMap<>();
                long live = 0;
                try (var ds = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
                    for (Path t : ds) {
                        String s = Files.readString(t.resolve("stat"));
                        String comm = s.substring(s.indexOf('(') + 1, s.lastIndexOf(')'));
                        String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
                        long u = Long.parseLong(f[11]), sy = Long.parseLong(f[12]);
                        String key = comm.replaceAll("[0-9]+$", "#");
                        long[] c = by.computeIfAbsent(key, k -> new long[3]);
                        c[0] += u; c[1] += sy; c[2]++;
                        live += u + sy;
                    }
                }
                long total = procCpuTicks();
                StringBuilder o = new StringBuilder("== CPU by thread (s, user+sys), main entered at " + t0 / (double) tick + " s\n");
                by.forEach((k, c) -> o.append(String.format("  %-24s %3d thr  %6.2f user %6.2f sys%n", k, c[2], c[0] / 100.0, c[1] / 100.0)));
                o.append(String.format("  %-24s        %6.2f (threads that ended)%n", "ended", (total - live) / 100.0));
                o.append(String.format("  %-24s        %6.2f%n", "process total", total / 100.0));
                o.append(String.format("  JIT compile time (JMX, wall of compiler threads) %.2f s%n",
                        ManagementFactory.getCompilationMXBean().getTotalCompilationTime() / 1000.0));
                for (var g : ManagementFactory.getGarbageCollectorMXBeans()) {
                    o.append(String.format("  GC %s: %d collections, %.2f s%n", g.getName(), g.getCollectionCount(), g.getCollectionTime() / 1000.0));
                }
                var cl = ManagementFactory.getClassLoadingMXBean();
                o.append(String.format("  classes loaded %d%n", cl.getTotalLoadedClassCount()));
                System.err.print(o);
            } catch (Exception e) {
                e.printStackTrace();
            }
        }));
        dev.byline.cli.Main.main(args);
    }

    static long procCpuTicks() {
        try {
            String s = Files.readString(Path.of("/proc/self/stat"));
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
        } catch (Exception e) {
            return -1;
        }
    }
}
