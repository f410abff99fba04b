package dev.byline.kernel.magics;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The registry of line magics ({@code %name}) and cell magics ({@code %%name}).
 *
 * <pre>{@code
 * Magics magics = new Magics();
 * magics.registerLine("hello", (args, body) -> "Hello, " + args);
 * }</pre>
 */
public final class Magics {
    private final Map<String, Magic> line = new TreeMap<>();
    private final Map<String, Magic> cell = new TreeMap<>();

    public synchronized void registerLine(String name, Magic magic) {
        line.put(name, magic);
    }

    public synchronized void registerCell(String name, Magic magic) {
        cell.put(name, magic);
    }

    public synchronized Optional<Magic> line(String name) {
        return Optional.ofNullable(line.get(name));
    }

    public synchronized Optional<Magic> cell(String name) {
        return Optional.ofNullable(cell.get(name));
    }

    public synchronized Set<String> lineNames() {
        return Set.copyOf(line.keySet());
    }

    public synchronized Set<String> cellNames() {
        return Set.copyOf(cell.keySet());
    }

    /** "%classpath %jars … / %%html %%markdown …", as %lsmagic and unknown-magic errors show it. */
    public synchronized String describe() {
        StringBuilder sb = new StringBuilder("Line magics:");
        line.keySet().forEach(n -> sb.append(" %").append(n));
        sb.append("\nCell magics:");
        cell.keySet().forEach(n -> sb.append(" %%").append(n));
        return sb.toString();
    }
}
