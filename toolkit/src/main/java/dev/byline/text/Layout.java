package dev.byline.text;

import java.util.List;
import java.util.Optional;

/**
 * What a document's lines are: its title, its dateline, its boilerplate, and the ranges that are body
 * paragraphs. Found by {@link LayoutDetector}; every part is a span of the raw text.
 *
 * @param title       a first short line without a final period, if there is one
 * @param dateline    the dateline at the start of the body, if there is one
 * @param boilerplate lines excluded from analysis
 * @param paragraphs  {@code [start, end)} of each body paragraph, in order
 */
public record Layout(Optional<Span> title, Optional<Dateline> dateline, List<BoilerplateLine> boilerplate,
        List<int[]> paragraphs) {
    public Layout {
        boilerplate = List.copyOf(boilerplate);
        paragraphs = List.copyOf(paragraphs);
    }
}
