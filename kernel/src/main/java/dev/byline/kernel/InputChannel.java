package dev.byline.kernel;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * {@code System.in} for cells: when a cell reads and nothing is buffered, the kernel asks the
 * notebook for a line (an {@code input_request}); the line plus a newline is what the cell reads.
 * End of input when the front end cannot answer or the cell is interrupted.
 */
final class InputChannel extends InputStream {
    private final Supplier<String> askForLine;
    private byte[] pending = new byte[0];
    private int position;

    InputChannel(Supplier<String> askForLine) {
        this.askForLine = askForLine;
    }

    @Override
    public synchronized int read() {
        if (!fill()) {
            return -1;
        }
        return pending[position++] & 0xFF;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, pending.length - position);
        System.arraycopy(pending, position, b, off, n);
        position += n;
        return n;
    }

    @Override
    public synchronized int available() {
        return pending.length - position;
    }

    private boolean fill() {
        if (position < pending.length) {
            return true;
        }
        String line = askForLine.get();
        if (line == null) {
            return false;
        }
        pending = (line + "\n").getBytes(StandardCharsets.UTF_8);
        position = 0;
        return true;
    }
}
