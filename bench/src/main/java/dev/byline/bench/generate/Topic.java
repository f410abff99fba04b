package dev.byline.bench.generate;

import java.util.List;

/**
 * A news story line that many articles share: its words, its people, its places (datelines) and
 * organisations. Articles on one topic but from different originals are the hard negatives.
 */
public record Topic(int id, List<String> words, List<Person> people, List<String[]> places,
                    List<String> organisations) {
}
