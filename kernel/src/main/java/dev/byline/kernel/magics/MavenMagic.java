package dev.byline.kernel.magics;

import dev.byline.kernel.eval.JavaEvaluator;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.repository.internal.MavenRepositorySystemUtils;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.artifact.DefaultArtifactType;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.util.artifact.DefaultArtifactTypeRegistry;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;
import org.eclipse.aether.util.repository.SimpleArtifactDescriptorPolicy;

/**
 * IJava's Maven magics with Maven's own resolver: {@code %maven group:artifact:version ...} (aliases
 * {@code %addMavenDependency}, {@code %addMavenDependencies}), {@code %mavenRepo id url} ({@code %addMavenRepo}),
 * and {@code %loadFromPOM} / {@code %%loadFromPOM} (see {@link PomDependencies}). Artifacts and their runtime
 * dependencies come from Maven Central and the repositories added, through the local repository
 * ({@code ~/.m2/repository}, or {@code -Dmaven.repo.local}); every jar is added to the session and printed.
 * Dependencies declared with {@code bundle} type (OSGi bundles such as Guava's and Avro's) are treated as jars, the
 * case IJava's Ivy path got wrong. Jars already on the kernel's class path are skipped. Resolving nothing is an
 * error, never silence. IJava's Ivy coordinates ({@code group#artifact;version}) still work, with a note.
 */
final class MavenMagic {
    private static final String CENTRAL = "https://repo.maven.apache.org/maven2/";
    private static final Pattern IVY = Pattern.compile("^([-\\w/._+=]*)#([-\\w/._+=]+)(?:#[-\\w/._+=]+)?;([-\\w/._+=,\\[\\]{}():@]+)$");
    private final JavaEvaluator java;
    private final PrintStream out;
    private final Set<Path> added = new LinkedHashSet<>();
    private final Map<String, RemoteRepository> repositories = new LinkedHashMap<>();
    private RepositorySystem system;

    MavenMagic(JavaEvaluator java, PrintStream out) {
        this.java = java;
        this.out = out;
        repositories.put("central", repository("central", CENTRAL));
    }

    /** {@code %maven coordinates...}: the jars added (paths), as {@code x = %maven ...} gets them. */
    Object maven(String args, String body) {
        List<String> coordinates = args.isBlank() ? List.of() : List.of(args.strip().split("\\s+"));
        if (coordinates.isEmpty()) {
            throw new MagicException("%maven needs coordinates, e.g. %maven com.google.guava:guava:33.4.8-jre");
        }
        List<Dependency> dependencies = new ArrayList<>();
        for (String c : coordinates) {
            dependencies.add(new Dependency(artifact(c), JavaScopes.RUNTIME));
        }
        return new Silent(resolve(dependencies, List.copyOf(repositories.values()), String.join(" ", coordinates)));
    }

    /** {@code %mavenRepo id url}: a repository searched by later {@code %maven} calls. */
    Object addRepository(String args, String body) {
        String[] parts = args.isBlank() ? new String[0] : args.strip().split("\\s+");
        if (parts.length != 2) {
            throw new MagicException("%mavenRepo needs an id and a URL: %mavenRepo jitpack https://jitpack.io");
        }
        repositories.put(parts[0], repository(parts[0], parts[1]));
        out.println("Maven repository " + parts[0] + " added: " + parts[1]);
        return null;
    }

    /** {@code %loadFromPOM pom.xml [scopes...]} or {@code %%loadFromPOM [scopes...]} over a POM or POM fragments. */
    Object loadFromPom(String args, String body) {
        List<String> words = args.isBlank() ? List.of() : List.of(args.strip().split("\\s+"));
        String xml;
        List<String> scopes;
        String what;
        if (body == null) {
            if (words.isEmpty()) {
                throw new MagicException("%loadFromPOM needs a POM file: %loadFromPOM pom.xml [scopes...]");
            }
            Path pom = Path.of(words.get(0)).toAbsolutePath();
            try {
                xml = Files.readString(pom);
            } catch (IOException e) {
                throw new MagicException("%loadFromPOM: cannot read " + pom + ": " + e.getMessage());
            }
            scopes = words.subList(1, words.size());
            what = pom.toString();
        } else {
            xml = body;
            scopes = words;
            what = "the cell's POM";
        }
        PomDependencies pom = PomDependencies.parse(xml, what);
        List<Dependency> dependencies = pom.dependencies(scopes.isEmpty() ? PomDependencies.DEFAULT_SCOPES : scopes);
        if (dependencies.isEmpty()) {
            throw new MagicException("%loadFromPOM: " + what + " declares no dependency in the scopes "
                    + (scopes.isEmpty() ? PomDependencies.DEFAULT_SCOPES : scopes));
        }
        List<RemoteRepository> repos = new ArrayList<>();
        repos.add(repositories.get("central"));   // IJava: a POM names its own repositories; %mavenRepo ones do not apply
        pom.repositories().forEach((id, url) -> repos.add(repository(id, url)));
        return new Silent(resolve(dependencies, repos, what));
    }

    private DefaultArtifact artifact(String coordinates) {
        Matcher ivy = IVY.matcher(coordinates);
        if (ivy.matches()) {
            String maven = ivy.group(1) + ":" + ivy.group(2) + ":" + ivy.group(3);
            out.println("Note: '" + coordinates + "' is IJava's old Ivy form (group#artifact;version), deprecated; write "
                    + maven);
            return new DefaultArtifact(maven);
        }
        try {
            return new DefaultArtifact(coordinates);
        } catch (IllegalArgumentException e) {
            throw new MagicException("%maven: '" + coordinates + "' is not group:artifact:version (" + e.getMessage() + ")");
        }
    }

    private static RemoteRepository repository(String id, String url) {
        return new RemoteRepository.Builder(id, "default", url).build();
    }

    /** The local repository: {@code -Dmaven.repo.local} as Maven takes it, else {@code ~/.m2/repository}. */
    static Path localRepository() {
        String configured = System.getProperty("maven.repo.local");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    private List<String> resolve(List<Dependency> dependencies, List<RemoteRepository> repos, String what) {
        if (system == null) {
            system = new RepositorySystemSupplier().get();
        }
        DefaultRepositorySystemSession session = MavenRepositorySystemUtils.newSession();
        if (session.getArtifactTypeRegistry() instanceof DefaultArtifactTypeRegistry types) {
            types.add(new DefaultArtifactType("bundle", "jar", "", "java"));
        }
        // Maven's default silently treats an unreadable POM as "no dependencies" (IJava #88, #161):
        // fail instead, naming the POM. POM profiles activate on java.version etc., as in Maven.
        session.setArtifactDescriptorPolicy(new SimpleArtifactDescriptorPolicy(true, false));
        session.setSystemProperties(System.getProperties());
        session.setLocalRepositoryManager(system.newLocalRepositoryManager(session,
                new LocalRepository(localRepository().toFile())));
        CollectRequest collect = new CollectRequest();
        dependencies.forEach(collect::addDependency);
        collect.setRepositories(repos);
        List<ArtifactResult> results;
        try {
            results = system.resolveDependencies(session,
                    new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME))).getArtifactResults();
        } catch (DependencyResolutionException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            throw new MagicException("could not resolve " + what + ": " + e.getMessage()
                    + (root != e ? " (" + root.getMessage() + ")" : ""));
        }
        Set<String> onClasspath = Set.of(System.getProperty("java.class.path", "").split(File.pathSeparator));
        List<String> jars = new ArrayList<>();
        for (ArtifactResult r : results) {
            File file = r.getArtifact() == null ? null : r.getArtifact().getFile();
            if (file == null) {
                continue;
            }
            Path jar = file.toPath().toAbsolutePath();
            if (onClasspath.contains(jar.toString()) || added.contains(jar)) {
                out.println("Already on the class path: " + r.getArtifact());
                continue;
            }
            java.addToClasspath(jar);
            added.add(jar);
            jars.add(jar.toString());
            out.println("Added " + r.getArtifact() + " (" + jar + ")");
        }
        if (results.isEmpty()) {
            throw new MagicException("resolved nothing for " + what);
        }
        return jars;
    }
}
