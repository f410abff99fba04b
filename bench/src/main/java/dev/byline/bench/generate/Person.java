package dev.byline.bench.generate;

/** A person who gets quoted: full name, surname, pronoun and an appositive ("director of …"). */
public record Person(String fullName, String surname, String pronoun, String appositive) {
}
