import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Peer for {@code byline-bench extraction}: boilerpipe 1.2's {@code ArticleExtractor} (Debian's libboilerpipe-java,
 * the shallow-text-features extractor of Kohlschütter et al.) over the same pages, its text written as JSON
 * {@code {page: text}} for {@code --texts}. DIR is readability's test-page folder (NAME/source.html) or trafilatura's
 * test folder (evaldata.json, eval/, cache/). Run as a source file with Debian's jars on the class path:
 * {@code java -cp /usr/share/java/boilerpipe.jar:/usr/share/java/nekohtml.jar:/usr/share/java/xercesImpl.jar
 * bench/extract/BoilerpipePeer.java DIR OUT.json}.
 */
public final class BoilerpipePeer {
    private static final Pattern CHARSET = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([\\w-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE = Pattern.compile("\"file\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Map<String, Path> pages = new TreeMap<>();
        Path evaldata = folder.resolve("evaldata.json");
        if (Files.isRegularFile(evaldata)) {
            Matcher m = FILE.matcher(Files.readString(evaldata));
            while (m.find()) {
                for (String sub : new String[] {"cache", "eval"}) {
                    Path p = folder.resolve(sub).resolve(m.group(1));
                    if (Files.isRegularFile(p)) {
                        pages.put(m.group(1), p);
                        break;
                    }
                }
            }
        } else {
            try (Stream<Path> s = Files.list(folder)) {
                s.filter(p -> Files.isRegularFile(p.resolve("source.html")))
                        .forEach(p -> pages.put(p.getFileName().toString(), p.resolve("source.html")));
            }
        }
        try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            out.write('{');
            boolean first = true;
            for (Map.Entry<String, Path> e : pages.entrySet()) {
                out.write((first ? "" : ",") + quote(e.getKey()) + ":" + quote(textOf(Files.readAllBytes(e.getValue()))));
                first = false;
            }
            out.write('}');
        }
        System.err.println(pages.size() + " pages");
    }

    /** The page decoded as its first 4 KB declare, else as UTF-8 (as Byline and the other peers read it). */
    static String textOf(byte[] raw) {
        Charset charset = StandardCharsets.UTF_8;
        Matcher m = CHARSET.matcher(new String(raw, 0, Math.min(raw.length, 4096), StandardCharsets.ISO_8859_1));
        if (m.find()) {
            try {
                charset = Charset.forName(m.group(1));
            } catch (RuntimeException unknown) {
                // UTF-8, as for a page that declares nothing
            }
        }
        try {
            return ArticleExtractor.INSTANCE.getText(new String(raw, charset));
        } catch (Exception | StackOverflowError failed) { // a page the library cannot read gives no text
            return "";
        }
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
