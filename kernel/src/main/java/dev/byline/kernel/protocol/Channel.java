package dev.byline.kernel.protocol;

/** The two request channels of a Jupyter kernel. */
public enum Channel {
    /** Execution, completion, inspection, history: one request at a time. */
    SHELL,
    /** Interrupt, shutdown, kernel_info while the shell is busy. */
    CONTROL
}
