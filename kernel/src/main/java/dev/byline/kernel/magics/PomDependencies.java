package dev.byline.kernel.magics;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.Exclusion;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The dependencies and repositories of a POM, or of POM fragments pasted from a README (IJava's
 * {@code %%loadFromPOM}): every {@code <dependency>} and {@code <repository>}, loose or inside their lists, with
 * {@code ${property}} values from {@code <properties>}. Dependencies under {@code <dependencyManagement>} or a
 * plugin are not the project's and are skipped.
 *
 * <pre>{@code
 * PomDependencies pom = PomDependencies.parse("<dependency><groupId>g</groupId>...</dependency>", "the cell");
 * pom.dependencies(PomDependencies.DEFAULT_SCOPES)
 * }</pre>
 */
final class PomDependencies {
    /** IJava's default: the scopes a program runs with. */
    static final List<String> DEFAULT_SCOPES = List.of("compile", "runtime", "system", "import");
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");
    private final Element root;
    private final Map<String, String> properties = new HashMap<>();
    private final String what;

    private PomDependencies(Element root, String what) {
        this.root = root;
        this.what = what;
        NodeList props = root.getElementsByTagName("properties");
        for (int i = 0; i < props.getLength(); i++) {
            for (Node n = props.item(i).getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    properties.put(e.getTagName(), e.getTextContent().strip());
                }
            }
        }
    }

    /** Parses a whole POM ({@code <project>}) or fragments; a malformed one is a {@link MagicException} naming it. */
    static PomDependencies parse(String xml, String what) {
        String text = xml.strip().replaceFirst("^<\\?xml[^>]*\\?>", "");
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            var doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader("<fragments>" + text + "</fragments>")));
            return new PomDependencies(doc.getDocumentElement(), what);
        } catch (Exception e) {
            throw new MagicException("%loadFromPOM: " + what + " is not well-formed XML: " + e.getMessage());
        }
    }

    /** The dependencies in the given scopes (a dependency without a scope is compile). */
    List<Dependency> dependencies(List<String> scopes) {
        List<Dependency> out = new ArrayList<>();
        NodeList all = root.getElementsByTagName("dependency");
        for (int i = 0; i < all.getLength(); i++) {
            Element d = (Element) all.item(i);
            if (under(d, "dependencyManagement") || under(d, "plugin")) {
                continue;
            }
            String scope = valueOr(d, "scope", "compile");
            if (!scopes.contains(scope)) {
                continue;
            }
            String group = required(d, "groupId");
            String artifact = required(d, "artifactId");
            String version = required(d, "version");
            String type = valueOr(d, "type", "jar");
            String extension = type.equals("bundle") || type.equals("test-jar") ? "jar" : type;
            String classifier = valueOr(d, "classifier", type.equals("test-jar") ? "tests" : "");
            List<Exclusion> exclusions = new ArrayList<>();
            NodeList ex = d.getElementsByTagName("exclusion");
            for (int j = 0; j < ex.getLength(); j++) {
                Element e = (Element) ex.item(j);
                exclusions.add(new Exclusion(valueOr(e, "groupId", "*"), valueOr(e, "artifactId", "*"), "*", "*"));
            }
            out.add(new Dependency(new DefaultArtifact(group, artifact, classifier, extension, version), scope, false, exclusions));
        }
        return out;
    }

    /** The repositories declared, id to URL, in order. */
    Map<String, String> repositories() {
        Map<String, String> out = new LinkedHashMap<>();
        NodeList all = root.getElementsByTagName("repository");
        for (int i = 0; i < all.getLength(); i++) {
            Element r = (Element) all.item(i);
            String url = required(r, "url");
            out.put(valueOr(r, "id", "repository-" + (i + 1)), url);
        }
        return out;
    }

    private static boolean under(Node n, String tag) {
        for (Node p = n.getParentNode(); p != null; p = p.getParentNode()) {
            if (p instanceof Element e && e.getTagName().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private String required(Element parent, String tag) {
        String v = valueOr(parent, tag, null);
        if (v == null || v.isBlank()) {
            throw new MagicException("%loadFromPOM: a <" + parent.getTagName() + "> in " + what + " has no <" + tag + ">");
        }
        return v;
    }

    private String valueOr(Element parent, String tag, String otherwise) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return interpolate(e.getTextContent().strip());
            }
        }
        return otherwise;
    }

    private String interpolate(String value) {
        Matcher m = PROPERTY.matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = properties.get(m.group(1));
            if (v == null) {
                throw new MagicException("%loadFromPOM: " + what + " uses ${" + m.group(1) + "}, which its <properties> do not set");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        return m.appendTail(sb).toString();
    }
}
