package dev.byline.jjava;

import dev.byline.display.Html;
import dev.byline.display.Markdown;
import dev.byline.display.MimeBundle;
import dev.byline.display.Svg;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * The types Byline shows richly on a host kernel (JJava, IJava), each with the MIME types its renderer makes, so the
 * host's {@code display(x, "text/html")} finds them. Rendering itself is {@link dev.byline.display.Renderers}'s.
 */
record Shown(Class<?> type, List<String> mimeTypes) {
    static final List<Shown> ALL = List.of(
            new Shown(Table.class, List.of("text/html")),
            new Shown(Html.class, List.of("text/html")),
            new Shown(Svg.class, List.of("image/svg+xml", "text/html")),
            new Shown(Markdown.class, List.of("text/markdown", "text/html")),
            new Shown(MimeBundle.class, List.of()));   // any type: a bundle is what it holds

    String[] preferred() {
        return mimeTypes.toArray(String[]::new);
    }

    static String startupSource() {
        return String.join("\n", dev.byline.display.StartupImports.forHostKernel());
    }
}
