package dev.byline.kernel.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputChannelTest {
    @Test
    void multiByteCharacterCutByAFlushIsSentWholeWithTheNextFlush() {
        List<String> sent = new ArrayList<>();
        OutputChannel out = new OutputChannel(sent::add);
        byte[] bytes = "Estonia’s".getBytes(StandardCharsets.UTF_8);   // ’ is three bytes
        out.write(bytes, 0, 8);   // "Estonia" + the first byte of ’
        out.flush();
        out.write(bytes, 8, bytes.length - 8);
        out.flush();
        assertEquals(List.of("Estonia", "’s"), sent);
    }
}
