package dev.byline.bench.accuracy;

import com.google.gson.JsonObject;

/** A planted relation: {@code b} derives from {@code a} (or, for same-topic, merely shares its topic). */
public record TruthRelation(String a, String b, String relation, JsonObject changes) {
}
