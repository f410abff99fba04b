package dev.byline.bench.polnear;

import java.util.List;

/**
 * A PolNeAR train article: its text, the annotation file read, its attributions and which part of
 * the train split it belongs to.
 */
record GoldArticle(String name, String text, String annotationFile, List<GoldAttribution> attributions,
                   TrainSplit.Part part) {
}
