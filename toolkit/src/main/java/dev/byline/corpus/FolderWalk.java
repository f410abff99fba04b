package dev.byline.corpus;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The walk of a corpus folder: the supported files and the metadata sidecars under it. Hidden files and folders
 * (names starting with a dot) are skipped; symbolic links are followed (a linked folder, a linked file, or the
 * root itself), under the names they have in the folder walked, so a file's id does not depend on whether it is
 * a link. A link that leads back to a folder above it, a broken link and an unreadable folder are each reported
 * once, as a {@link LoadProblem} naming the path, and the walk goes on.
 *
 * <p>One walk for {@link Corpus#load} and {@link DocumentStream}, so both see the same files. The folders directly
 * under the root are walked in parallel (an archive is mostly files in folders).
 */
final class FolderWalk {
    private static final Set<FileVisitOption> FOLLOW_LINKS = EnumSet.of(FileVisitOption.FOLLOW_LINKS);

    private FolderWalk() {
    }

    /** The supported files and the metadata sidecars under a directory, each list in path order. */
    record Found(List<Path> files, List<Path> sidecars) {
    }

    /**
     * Walks {@code root}, adding the problems met to {@code problems} in path order (a path's own problems in the
     * order met), so that every run reports the same whichever thread walked which folder.
     */
    static Found find(Path root, List<LoadProblem> problems) {
        return find(root, problems, true);
    }

    /** {@link #find(Path, List)}, the root's entries looked at on several threads if {@code listed} (tests compare). */
    static Found find(Path root, List<LoadProblem> problems, boolean listed) {
        Walk top = new Walk(root, true, null, null);
        if (!listed || !top.runListed()) {
            top = new Walk(root, true, null, null);
            top.run();
        }
        Object rootKey = top.rootKey;
        List<Walk> below = top.folders.stream().sorted().map(folder -> new Walk(folder, false, root, rootKey)).toList();
        below.parallelStream().forEach(Walk::run);
        List<Path> files = new ArrayList<>(top.files);
        List<Path> sidecars = new ArrayList<>(top.sidecars);
        List<LoadProblem> met = new ArrayList<>(top.problems);
        for (Walk walk : below) {
            files.addAll(walk.files);
            sidecars.addAll(walk.sidecars);
            met.addAll(walk.problems);
        }
        Path[] inOrder = files.toArray(Path[]::new);
        Arrays.parallelSort(inOrder);   // paths are distinct: one order, on however many threads
        files = Arrays.asList(inOrder);
        sidecars.sort(null);
        met.sort(Comparator.comparing(LoadProblem::file));   // stable: a path's problems keep their order
        problems.addAll(met);
        return new Found(files, sidecars);
    }

    /**
     * One walk of a folder; with {@code stopAtFolders}, its subfolders are listed for walks of their own. The JDK's
     * walk stops at a link back to a folder it is walking; a walk of a subfolder also stops at a link back to
     * {@code above}, the root it was listed by, which is the one folder above it that its own walk does not hold.
     */
    private static final class Walk extends SimpleFileVisitor<Path> {
        private final Path root;
        private final boolean stopAtFolders;
        private final Path above;
        private final Object aboveKey;
        /** The root's file key (device and inode on Unix; null where the file system has none). */
        Object rootKey;
        final List<Path> files = new ArrayList<>();
        final List<Path> sidecars = new ArrayList<>();
        final List<Path> folders = new ArrayList<>();
        final List<LoadProblem> problems = new ArrayList<>();

        Walk(Path root, boolean stopAtFolders, Path above, Object aboveKey) {
            this.root = root;
            this.stopAtFolders = stopAtFolders;
            this.above = above;
            this.aboveKey = aboveKey;
        }

        void run() {
            try {
                Files.walkFileTree(root, FOLLOW_LINKS, Integer.MAX_VALUE, this);
            } catch (IOException e) {
                problems.add(new LoadProblem(root, "cannot read directory: " + LoadMessages.io(e)));
            }
        }

        /**
         * The walk of the root's own entries (this walk stops at folders) as {@link #run} makes it, with the entries
         * looked at on several threads: a flat archive is tens of thousands of files in one folder, each a file
         * system call (its attributes) before the first is read. The entries are listed first; each is then a
         * file taken or passed over as {@link #visitFile} decides, or, if it is anything else (a folder, a link, an
         * entry whose attributes cannot be read), visited afterwards as the JDK's walk visits it. False, having
         * changed nothing, if the root is not a folder that can be listed: {@link #run} then says what it is.
         */
        boolean runListed() {
            BasicFileAttributes rootAttributes;
            List<Path> entries = new ArrayList<>();
            try {
                rootAttributes = Files.readAttributes(root, BasicFileAttributes.class);
                if (!rootAttributes.isDirectory()) {
                    return false;
                }
                try (DirectoryStream<Path> listing = Files.newDirectoryStream(root)) {
                    for (Path entry : listing) {
                        entries.add(entry);
                    }
                }
            } catch (IOException | DirectoryIteratorException | SecurityException e) {
                return false;
            }
            if (preVisitDirectory(root, rootAttributes) != FileVisitResult.CONTINUE) {
                return true;
            }
            // per entry: 0 passed over, 1 a file, 2 a sidecar, 3 to be visited as the JDK's walk would
            byte[] kinds = new byte[entries.size()];
            InBatches.forEach(entries.size(), k -> kinds[k] = kindOf(entries.get(k)));
            for (int k = 0; k < kinds.length; k++) {
                switch (kinds[k]) {
                    case 1 -> files.add(entries.get(k));
                    case 2 -> sidecars.add(entries.get(k));
                    case 3 -> visitEntry(entries.get(k));
                    default -> { }
                }
            }
            return true;
        }

        /** What {@link #visitFile} makes of an entry that is a regular file or hidden; 3 for any other entry. */
        private static byte kindOf(Path entry) {
            if (hidden(entry)) {
                return 0;
            }
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(entry, BasicFileAttributes.class);
            } catch (IOException | RuntimeException e) {
                return 3;
            }
            if (!attributes.isRegularFile()) {
                return 3;
            }
            if (entry.getFileName().toString().equals(Metadata.SIDECAR)) {
                return 2;
            }
            return CorpusLoader.supported(entry) ? (byte) 1 : 0;
        }

        /**
         * One entry of the root visited as {@link Files#walkFileTree} visits it, following links: its attributes (a
         * link's own when its target's cannot be read), then a file visited, a folder entered (this walk always
         * skips what is under it) unless it leads back to the root or cannot be opened, or the failure reported.
         */
        private void visitEntry(Path entry) {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(entry, BasicFileAttributes.class);
            } catch (IOException followed) {
                try {
                    attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException own) {
                    visitFileFailed(entry, own);   // the JDK's walk reports the second failure
                    return;
                }
            }
            if (!attributes.isDirectory()) {
                visitFile(entry, attributes);
                return;
            }
            if (leadsBack(entry, attributes)) {
                visitFileFailed(entry, new FileSystemLoopException(entry.toString()));
                return;
            }
            try (DirectoryStream<Path> opened = Files.newDirectoryStream(entry)) {
                preVisitDirectory(entry, attributes);
            } catch (IOException e) {
                visitFileFailed(entry, e);
            }
        }

        /** True if the folder {@code dir} (an entry of the root) is the root itself, reached through a link. */
        private boolean leadsBack(Path dir, BasicFileAttributes attributes) {
            if (rootKey != null && attributes.fileKey() != null) {
                return rootKey.equals(attributes.fileKey());
            }
            try {
                return Files.isSameFile(dir, root);
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            boolean start = dir.equals(root);
            if (start) {
                rootKey = attrs.fileKey();
            }
            if (start && !stopAtFolders) {
                return FileVisitResult.CONTINUE;   // a folder the walk above this one has checked
            }
            if (!start && hidden(dir)) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            if (!start && leadsAbove(dir, attrs)) {
                problems.add(new LoadProblem(dir, LoadMessages.LINK_LOOP));
                return FileVisitResult.SKIP_SUBTREE;
            }
            if (!Files.isReadable(dir)) {
                problems.add(new LoadProblem(dir, "cannot read directory (permission denied)"));
                return FileVisitResult.SKIP_SUBTREE;
            }
            if (stopAtFolders && !start) {
                folders.add(dir);
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        /** True if {@code dir} is the folder this walk's root was listed by: reached again through a link. */
        private boolean leadsAbove(Path dir, BasicFileAttributes attrs) {
            if (above == null) {
                return false;
            }
            if (aboveKey != null && attrs.fileKey() != null) {
                return aboveKey.equals(attrs.fileKey());
            }
            try {
                return Files.isSameFile(dir, above);
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (hidden(file)) {
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isSymbolicLink()) {
                // the walk follows links, so a link's own attributes mean its target could not be read
                if (wanted(file)) {
                    problems.add(new LoadProblem(file, LoadMessages.unfollowedLink(file)));
                }
                return FileVisitResult.CONTINUE;
            }
            if (!attrs.isRegularFile()) {
                return FileVisitResult.CONTINUE;
            }
            if (file.getFileName().toString().equals(Metadata.SIDECAR)) {
                sidecars.add(file);
            } else if (CorpusLoader.supported(file)) {
                files.add(file);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (!file.equals(root) && hidden(file)) {
                return FileVisitResult.CONTINUE;
            }
            if (e instanceof FileSystemLoopException) {
                problems.add(new LoadProblem(file, LoadMessages.LINK_LOOP));
            } else {
                problems.add(new LoadProblem(file, "cannot read: " + LoadMessages.io(e)));
            }
            return FileVisitResult.CONTINUE;
        }
    }

    /**
     * True if a link whose target is missing would have been read: its name is a supported file's or the sidecar's,
     * or it has no extension, as a folder's name has not. A broken link named like a file Byline does not read
     * (a picture, say) is passed over as that file would be.
     */
    private static boolean wanted(Path link) {
        String name = link.getFileName().toString();
        return name.equals(Metadata.SIDECAR) || CorpusLoader.supported(link) || name.indexOf('.') < 0;
    }

    static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
