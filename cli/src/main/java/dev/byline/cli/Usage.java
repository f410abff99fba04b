package dev.byline.cli;

import dev.byline.BylineException;
import dev.byline.terms.TermOptions;
import dev.byline.terms.Terms;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Usage errors found by Byline's own checks, reported as picocli reports its own: {@code byline: MESSAGE}, a
 * {@code Try 'byline X --help'} line, exit code 2 ({@link Main#BAD_USAGE}). A command or option mixin that checks
 * its values implements {@link Checked}; {@link Main} calls every check once the command line is parsed, before any
 * file is read, so a bad option value never costs a run over the corpus and never passes for bad input (exit 1).
 *
 * <pre>{@code
 * Usage.atLeast(command, "--top", top, 0);   // byline: --top must be 0 or more, not -1
 * }</pre>
 */
final class Usage {
    private Usage() {
    }

    /** Implemented by a command or a mixin whose option values need more than their type to be right. */
    interface Checked {
        /** Throws a {@link ParameterException} (see {@link Usage#error}) for the first wrong value. */
        void checkUsage(CommandSpec command);
    }

    /** The usage error {@code message} of {@code command}. */
    static ParameterException error(CommandSpec command, String message) {
        return new ParameterException(command.commandLine(), message);
    }

    /** {@code value} of {@code option} is at least {@code min}. */
    static void atLeast(CommandSpec command, String option, long value, long min) {
        if (value < min) {
            throw error(command, option + " must be " + (min == 0 ? "0 or more" : "at least " + min) + ", not " + value);
        }
    }

    /** {@code value} of {@code option} is from {@code min} to {@code max}. */
    static void between(CommandSpec command, String option, double value, double min, double max) {
        if (!(value >= min && value <= max)) {   // NaN too
            throw error(command, option + " must be from " + number(min) + " to " + number(max) + ", not " + number(value));
        }
    }

    /** {@code query} can match a term under {@code options} (not a stop word, say): {@link Terms#checkQuery}. */
    static void query(CommandSpec command, String query, TermOptions options) {
        try {
            Terms.checkQuery(query, options);
        } catch (BylineException e) {
            throw error(command, e.getMessage());
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) && !Double.isInfinite(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
