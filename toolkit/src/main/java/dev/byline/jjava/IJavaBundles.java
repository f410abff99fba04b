package dev.byline.jjava;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * IJava 1.3.0's {@code %maven} resolves with Ivy and downloads dependencies published with {@code bundle}
 * packaging (Guava and its failureaccess, which Tablesaw needs) but never adds them to the class path (IJava
 * issue #60). Ivy's resolve report for the toolkit names them; this adds the ones it downloaded.
 *
 * <pre>{@code
 * IJavaBundles.skipped()   // [~/.ivy2/cache/com.google.guava/guava/bundles/guava-33.0.0-jre.jar, ...]
 * }</pre>
 */
final class IJavaBundles {
    private IJavaBundles() {
    }

    /** The bundle jars of the toolkit's last IJava resolve, or none when there is no report. */
    static List<Path> skipped() {
        Path report = Path.of(System.getProperty("user.home"), ".ivy2", "cache",
                "dev.byline-byline-toolkit-caller-runtime.xml");
        List<Path> jars = new ArrayList<>();
        if (!Files.isRegularFile(report)) {
            return jars;
        }
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList artifacts = factory.newDocumentBuilder().parse(report.toFile()).getElementsByTagName("artifact");
            for (int i = 0; i < artifacts.getLength(); i++) {
                Element a = (Element) artifacts.item(i);
                Path jar = a.getAttribute("location").isEmpty() ? null : Path.of(a.getAttribute("location"));
                if ("bundle".equals(a.getAttribute("type")) && "jar".equals(a.getAttribute("ext"))
                        && jar != null && Files.isRegularFile(jar) && !jars.contains(jar)) {
                    jars.add(jar);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read IJava's resolve report " + report + ": " + e.getMessage(), e);
        }
        return jars;
    }
}
