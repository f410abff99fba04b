package dev.byline.kernel.magics;

import dev.byline.kernel.eval.JavaEvaluator;
import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
import org.eclipse.aether.util.repository.SimpleArtifactDescriptorPolicy;
import org.eclipse.aether.util.filter.DependencyFilterUtils;

/**
 * {@code %maven group:artifact:version ...}: resolves artifacts and their runtime dependencies from
 * Maven Central (into the user's {@code ~/.m2/repository}) with Maven's own resolver and adds every
 * jar to the session, printing each. Dependencies declared with {@code bundle} type (OSGi bundles
 * such as Guava's and Avro's) are treated as jars, the case IJava's Ivy path got wrong. Jars
 * already on the kernel's class path are skipped. Resolving nothing is an error, never silence.
 */
final class MavenMagic {
    private static final String CENTRAL = "https://repo.maven.apache.org/maven2/";
    private final JavaEvaluator java;
    private final PrintStream out;
    private final Set<Path> added = new LinkedHashSet<>();
    private RepositorySystem system;

    MavenMagic(JavaEvaluator java, PrintStream out) {
        this.java = java;
        this.out = out;
    }

    Object run(String args, String body) {
        List<String> coordinates = args.isBlank() ? List.of() : List.of(args.strip().split("\\s+"));
        if (coordinates.isEmpty()) {
            throw new MagicException("%maven needs coordinates, e.g. %maven com.google.guava:guava:33.4.8-jre");
        }
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
        Path local = Path.of(System.getProperty("user.home"), ".m2", "repository");
        session.setLocalRepositoryManager(system.newLocalRepositoryManager(session, new LocalRepository(local.toFile())));
        RemoteRepository central = new RemoteRepository.Builder("central", "default", CENTRAL).build();
        CollectRequest collect = new CollectRequest();
        for (String c : coordinates) {
            try {
                collect.addDependency(new Dependency(new DefaultArtifact(c), JavaScopes.RUNTIME));
            } catch (IllegalArgumentException e) {
                throw new MagicException("%maven: '" + c + "' is not group:artifact:version (" + e.getMessage() + ")");
            }
        }
        collect.setRepositories(List.of(central));
        List<ArtifactResult> results;
        try {
            results = system.resolveDependencies(session,
                    new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME))).getArtifactResults();
        } catch (DependencyResolutionException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            throw new MagicException("%maven could not resolve " + String.join(" ", coordinates) + ": " + e.getMessage()
                    + (root != e ? " (" + root.getMessage() + ")" : ""));
        }
        Set<String> onClasspath = Set.of(System.getProperty("java.class.path", "").split(File.pathSeparator));
        List<Path> jars = new ArrayList<>();
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
            jars.add(jar);
            out.println("Added " + r.getArtifact() + " (" + jar + ")");
        }
        if (results.isEmpty()) {
            throw new MagicException("%maven resolved nothing for " + String.join(" ", coordinates));
        }
        return null;
    }
}
