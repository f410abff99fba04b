package dev.byline.kernel.magics;

/**
 * A magic's value that a {@code %magic} line on its own does not show (the magic printed what it did), while
 * {@code List<String> added = %jars lib/*.jar} and {@code lineMagic(...)} get it.
 */
public record Silent(Object value) {
}
