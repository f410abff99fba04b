package dev.byline.kernel.install;

/**
 * One line of {@code byline doctor}: what was checked, whether it is fine, and what was found or
 * what to do.
 */
public record Check(String what, Status status, String detail) {
    /** OK: fine; WARN: works but worth knowing; MISSING: something the kernel needs is absent. */
    public enum Status { OK, WARN, MISSING }
}
