package dev.byline.bench.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The machine a benchmark ran on, for the results header. */
public record Machine(int cores, String memory, String cpu, String jdk, String python, String date, String load) {
    /** Describes this machine; {@code python} is asked for its own and scikit-learn's versions. */
    public static Machine describe(Path python) {
        return new Machine(Runtime.getRuntime().availableProcessors(), memInfo(), cpuModel(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + " ("
                        + System.getProperty("java.vendor") + ")",
                ask(List.of(python.toString(), "-c",
                        "import sys\ntry:\n import sklearn; v=sklearn.__version__\nexcept Exception: v='not installed'\n"
                                + "print('Python %s, scikit-learn %s' % (sys.version.split()[0], v))")),
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                loadAverage());
    }

    /** A Markdown paragraph. */
    public String markdown() {
        return "- Date: " + date + "\n- Machine: " + cores + " cores (" + cpu + "), " + memory + " memory; load average "
                + "at start " + load + "\n- JDK: " + jdk + "\n- Peers: " + python + "; GNU coreutils wc\n";
    }

    private static String memInfo() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return String.format("%.0f GiB", kb / 1024.0 / 1024.0);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: say so below
        }
        return "unknown";
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return System.getProperty("os.arch");
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            return "unknown";
        }
    }

    private static String ask(List<String> argv) {
        try {
            Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : "unavailable (" + argv.get(0) + ")";
        } catch (IOException e) {
            return "unavailable (" + argv.get(0) + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
