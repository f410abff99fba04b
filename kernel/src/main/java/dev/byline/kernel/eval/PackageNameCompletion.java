package dev.byline.kernel.eval;

import java.util.regex.Pattern;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Completion of a package name ({@code java.util.conc|} → {@code concurrent.}) waits for JShell's class index.
 *
 * <p>JShell knows which packages exist only from its class index, built on a thread of its own; until that is done it
 * completes a package name with nothing, and says nothing about why (plain {@code jshell} does the same for the first
 * second or so). Byline builds the index only once the session is quiet ({@link ClassIndexGate}), so a user who types
 * {@code java.util.conc} and presses Tab soon after a cell would get no answer. When a completion that looks like a
 * qualified name finds nothing and the index is not up to date, the gate is opened for it and the completion waits (at
 * most {@link #MAX_WAIT_MILLIS}) for the index, then asks again: one slow answer instead of a wrong one.
 *
 * <pre>{@code
 * if (matches.isEmpty() && PackageNameCompletion.looksQualified(before)
 *         && PackageNameCompletion.awaitIndex(analysis, gate)) {
 *     // ask JShell again: the packages are known now
 * }
 * }</pre>
 */
final class PackageNameCompletion {
    /** The longest a completion waits for the index (it takes 0.3 s of CPU on an idle machine). */
    static final long MAX_WAIT_MILLIS = 10_000;
    private static final long POLL_MILLIS = 25;
    /** A dotted name up to the cursor: {@code java.util.conc}, {@code java.}, {@code org.apache.commons.c}. */
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?:^|[^\\p{javaJavaIdentifierPart}.])\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
                    + "(?:\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*\\.\\p{javaJavaIdentifierPart}*$");

    private PackageNameCompletion() {
    }

    /** Whether the text before the cursor ends in a dotted name that could be part of a package's name. */
    static boolean looksQualified(String before) {
        int from = Math.max(0, before.length() - 512);
        return QUALIFIED.matcher(before).region(from, before.length()).find();
    }

    /** Whether JShell's class index reflects the session's current class path. */
    static boolean indexUpToDate(SourceCodeAnalysis analysis) {
        return analysis.listQualifiedNames("String", "String".length()).isUpToDate();
    }

    /**
     * Lets JShell's indexer through {@code gate} and waits until the index is up to date; false when it already was
     * (asking again would change nothing) or when it did not finish in time.
     */
    static boolean awaitIndex(SourceCodeAnalysis analysis, ClassIndexGate gate) {
        if (indexUpToDate(analysis)) {
            return false;
        }
        gate.wanted();
        long deadline = System.nanoTime() + MAX_WAIT_MILLIS * 1_000_000L;
        try {
            while (System.nanoTime() < deadline) {
                Thread.sleep(POLL_MILLIS);
                if (indexUpToDate(analysis)) {
                    return true;
                }
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            gate.settled();
        }
    }
}
