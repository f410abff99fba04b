package dev.byline.kernel.session;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * What a cell writes to {@code System.out} or {@code System.err}, sent to the notebook as
 * {@code stream} messages while the cell runs (the kernel flushes every few milliseconds and at
 * the end of the cell), not all at the end: many lines to a message, as ipykernel batches them, and
 * sooner when {@link #FLUSH_AT} bytes are waiting. A UTF-8 sequence cut by a flush waits for its end.
 */
final class OutputChannel extends OutputStream {
    /** Bytes waiting that are sent at once, without waiting for the next flush: a bound on the buffer. */
    static final int FLUSH_AT = 1 << 20;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final Consumer<String> publish;

    OutputChannel(Consumer<String> publish) {
        this.publish = publish;
    }

    @Override
    public void write(int b) {
        boolean full;
        synchronized (this) {
            buffer.write(b);
            full = buffer.size() >= FLUSH_AT;
        }
        if (full) {
            flush();
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        boolean full;
        synchronized (this) {
            buffer.write(b, off, len);
            full = buffer.size() >= FLUSH_AT;
        }
        if (full) {
            flush();
        }
    }

    /** Sends what has accumulated, if anything. */
    @Override
    public void flush() {
        String text;
        synchronized (this) {
            if (buffer.size() == 0) {
                return;
            }
            byte[] bytes = buffer.toByteArray();
            int end = completeUtf8Length(bytes);
            text = new String(bytes, 0, end, StandardCharsets.UTF_8);
            buffer.reset();
            buffer.write(bytes, end, bytes.length - end);
        }
        if (!text.isEmpty()) {
            publish.accept(text);
        }
    }

    /** The length of the longest prefix that does not end inside a multi-byte character. */
    static int completeUtf8Length(byte[] b) {
        int n = b.length;
        for (int back = 1; back <= Math.min(3, n); back++) {
            int c = b[n - back] & 0xFF;
            if ((c & 0xC0) == 0x80) {
                continue;   // continuation byte: look further back for the lead byte
            }
            int need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
            return need > back ? n - back : n;
        }
        return n;
    }
}
