package dev.byline.jjava;

import dev.byline.display.DisplaySink;
import dev.byline.display.MimeBundle;
import dev.byline.display.Renderers;
import java.util.UUID;

/**
 * Byline's display helpers on a host kernel (JJava, IJava): values rendered by Byline's {@link Renderers}, sent
 * through the host's display with a display id of their own. A subclass says how a bundle reaches its host.
 */
abstract class HostDisplay implements DisplaySink {
    private final Renderers renderers = Renderers.withDefaults();
    private final String host;

    HostDisplay(String host) {
        this.host = host;
    }

    /** Shows a new output under {@code id}. */
    abstract void show(MimeBundle bundle, String id);

    /** Replaces the output shown under {@code id}. */
    abstract void replace(MimeBundle bundle, String id);

    @Override
    public final String display(Object value) {
        String id = UUID.randomUUID().toString();
        show(renderers.render(value), id);
        return id;
    }

    @Override
    public final void update(String displayId, Object value) {
        replace(renderers.render(value), displayId);
    }

    @Override
    public final void clear(boolean wait) {
        throw new UnsupportedOperationException("clearOutput is not available on " + host + " (its display has no clear_output)");
    }

    @Override
    public final Renderers renderers() {
        return renderers;
    }
}
