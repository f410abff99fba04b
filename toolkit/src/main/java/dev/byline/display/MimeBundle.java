package dev.byline.display;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One value in several representations keyed by MIME type, as Jupyter displays it. Every bundle
 * the kernel sends has {@code text/plain}, so every front end can show something.
 *
 * <pre>{@code
 * MimeBundle b = MimeBundle.text("3 rows").with("text/html", "<b>3</b> rows");
 * }</pre>
 */
public record MimeBundle(Map<String, String> data) {
    public MimeBundle {
        data = Map.copyOf(data);
    }

    /** A bundle with only {@code text/plain}. */
    public static MimeBundle text(String plain) {
        return new MimeBundle(Map.of("text/plain", plain));
    }

    /** A new bundle with one more (or a replaced) representation. */
    public MimeBundle with(String mimeType, String content) {
        Map<String, String> copy = new LinkedHashMap<>(data);
        copy.put(mimeType, content);
        return new MimeBundle(copy);
    }
}
