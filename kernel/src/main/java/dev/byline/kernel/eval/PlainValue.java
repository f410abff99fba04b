package dev.byline.kernel.eval;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises, from its text alone, a cell that is one expression whose value JShell would keep as {@code $N}, so the
 * evaluator can run it as {@code Object $bylineValue = (...);}: JShell compiles a declaration with a written type in
 * three javac tasks (parse, check, class) where an expression takes five (it first works out the expression's type
 * twice, to declare {@code $N}). The static type {@code $N} needs is then found later, off the cell's path
 * ({@link TempValues}).
 *
 * <p>The test errs towards "no": anything whose value or kind could depend on how JShell would have typed it takes
 * JShell's own path (a bare name or an assignment, which make no {@code $N}; lambdas, method references,
 * conditionals and switch expressions, whose value can depend on the target type; anonymous classes and array
 * initializers; comments; text that starts like a declaration or a statement). A void call passes the test, fails to
 * compile in the declaration, and then takes JShell's path, so it never runs twice.
 *
 * <pre>{@code
 * PlainValue.of("corpus.documents().first(5)")   // Optional[corpus.documents().first(5)]
 * PlainValue.of("x = 5")                         // Optional.empty: an assignment
 * }</pre>
 */
final class PlainValue {
    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*");
    /** A lone {@code =}: assignment or declaration (not {@code ==}, {@code !=}, {@code <=}, {@code >=}). */
    private static final Pattern ASSIGN = Pattern.compile("(?<![=!<>])=(?!=)");
    private static final Pattern FIRST_WORD = Pattern.compile("^[\\p{L}_$][\\p{L}\\p{N}_$-]*");
    /** Words that begin a declaration or a statement, never an expression. */
    private static final Set<String> NOT_AN_EXPRESSION = Set.of("abstract", "assert", "boolean", "break", "byte",
            "case", "char", "class", "continue", "default", "do", "double", "enum", "final", "float", "for", "if",
            "import", "int", "interface", "long", "module", "native", "non-sealed", "package", "private", "protected",
            "public", "record", "return", "sealed", "short", "static", "strictfp", "synchronized", "throw", "transient",
            "try", "var", "void", "volatile", "while", "yield");

    private PlainValue() {
    }

    /**
     * The name of the method an expression calls last, at its top level ({@code println} in {@code
     * System.out.println(x)}, {@code first} in {@code t.where(...).first(5)}); empty when it does not end in a call.
     * The evaluator remembers which names were void calls, so their cells skip the short path next time.
     */
    static Optional<String> lastCall(String expression) {
        String s = withoutLiterals(expression.strip());
        if (!s.endsWith(")")) {
            return Optional.empty();
        }
        int depth = 0;
        int i = s.length() - 1;
        for (; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                break;
            }
        }
        int end = i;
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isJavaIdentifierPart(s.charAt(begin - 1))) {
            begin--;
        }
        return begin < end ? Optional.of(s.substring(begin, end)) : Optional.empty();
    }

    /** The text with what stands inside string and character literals blanked, so brackets there do not count. */
    private static String withoutLiterals(String s) {
        StringBuilder sb = new StringBuilder(s);
        char quote = 0;
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (quote == 0) {
                if (c == '"' || c == '\'') {
                    quote = c;
                }
            } else if (c == '\\') {
                sb.setCharAt(i, ' ');
                if (i + 1 < sb.length()) {
                    sb.setCharAt(++i, ' ');
                }
            } else if (c == quote) {
                quote = 0;
            } else {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    /** The expression without a trailing semicolon if {@code source} is a plain value expression, else empty. */
    static Optional<String> of(String source) {
        String s = source.strip();
        if (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.isEmpty() || IDENTIFIER.matcher(s).matches() || ASSIGN.matcher(s).find()) {
            return Optional.empty();
        }
        if (s.contains("->") || s.contains("::") || s.contains("{") || s.contains("?") || s.contains("//")
                || s.contains("/*") || s.contains(";") || s.startsWith("@") || s.contains("switch")) {
            return Optional.empty();
        }
        var first = FIRST_WORD.matcher(s);
        if (first.find() && NOT_AN_EXPRESSION.contains(first.group())) {
            return Optional.empty();
        }
        return Optional.of(s);
    }
}
