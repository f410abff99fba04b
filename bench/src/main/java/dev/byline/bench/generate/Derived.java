package dev.byline.bench.generate;

import java.util.Map;

/** A derived article and what was done to it (for truth.jsonl's relation line). */
record Derived(Article article, String relation, Map<String, Object> changes) {
}
