package dev.byline.kernel.install;

import java.nio.file.Path;

/**
 * What {@link KernelSpecInstaller#install} did: the kernelspec folder, and the start-up cache in one line (its file,
 * size and how long the training run took, or "none: " and why, since a kernel without it starts slower).
 */
public record Installed(Path dir, String startupCache) {
}
