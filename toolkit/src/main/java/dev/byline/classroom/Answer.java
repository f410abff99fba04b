package dev.byline.classroom;

import java.util.ArrayList;
import java.util.List;

/**
 * The right answers to one question as the tools computed them, in the clear: the teacher's view,
 * before hashing.
 *
 * <ul>
 * <li>{@link Kind#ONE}: any one of {@code forms} is right; a form may be a set (a pair of ids).</li>
 * <li>{@link Kind#SOME}: each form is one item; an answer is right when it holds at least {@code need}
 *     of them (and nothing else counts against it).</li>
 * </ul>
 *
 * <pre>{@code
 * Answer a = Answer.one(List.of(List.of("000_x", "001_y")), "compare: rewrite, cosine 0.60");
 * a.shown();   // "000_x + 001_y"
 * }</pre>
 *
 * @param kind     how forms are matched
 * @param forms    each right form, its items in normal form ({@link AnswerForm#items})
 * @param need     for {@link Kind#SOME}, how many items are needed; 1 for {@link Kind#ONE}
 * @param evidence what the tool showed, for the teacher's guide
 */
public record Answer(Kind kind, List<List<String>> forms, int need, String evidence) {
    /** How an answer is matched. */
    public enum Kind {
        /** One of the forms. */
        ONE,
        /** At least {@code need} of the items. */
        SOME
    }

    public Answer {
        if (forms.isEmpty()) {
            throw new IllegalArgumentException("an answer needs at least one right form");
        }
        List<List<String>> normal = new ArrayList<>();
        for (List<String> f : forms) {
            List<String> items = AnswerForm.items(f);
            if (!items.isEmpty() && !normal.contains(items)) {
                normal.add(items);
            }
        }
        forms = List.copyOf(normal);
        need = kind == Kind.ONE ? 1 : Math.min(need, forms.size());
    }

    /** Any one of {@code forms} (each a list of items: one item, or a set such as a pair). */
    public static Answer one(List<List<String>> forms, String evidence) {
        return new Answer(Kind.ONE, forms, 1, evidence);
    }

    /** At least {@code need} of {@code items} (fewer if there are fewer). */
    public static Answer some(List<String> items, int need, String evidence) {
        return new Answer(Kind.SOME, items.stream().map(List::of).toList(), need, evidence);
    }

    /** The answer as a teacher reads it: forms separated by " | ", items of a form by " + ". */
    public String shown() {
        StringBuilder b = new StringBuilder();
        if (kind == Kind.SOME) {
            b.append("any ").append(need).append(" of: ");
        }
        for (int i = 0; i < forms.size(); i++) {
            b.append(i == 0 ? "" : " | ").append(String.join(" + ", forms.get(i)));
        }
        return b.toString();
    }
}
