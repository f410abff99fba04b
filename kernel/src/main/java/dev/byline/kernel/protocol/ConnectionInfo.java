package dev.byline.kernel.protocol;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.byline.BylineException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The connection file Jupyter writes for a kernel: where to bind and how to sign.
 *
 * <pre>{@code
 * ConnectionInfo info = ConnectionInfo.read(Path.of("kernel-1234.json"));
 * info.address(info.shellPort());   // "tcp://127.0.0.1:53794"
 * }</pre>
 */
public record ConnectionInfo(String transport, String ip, int shellPort, int controlPort, int stdinPort,
                             int iopubPort, int hbPort, String key, String signatureScheme) {

    /** Reads and checks a connection file; a one-line {@link BylineException} names what is wrong. */
    public static ConnectionInfo read(Path file) {
        try {
            JsonObject o = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
            String scheme = o.has("signature_scheme") ? o.get("signature_scheme").getAsString() : "hmac-sha256";
            if (!scheme.equals("hmac-sha256")) {
                throw new BylineException("connection file " + file + ": unsupported signature_scheme " + scheme
                        + " (Byline supports hmac-sha256)");
            }
            return new ConnectionInfo(
                    o.has("transport") ? o.get("transport").getAsString() : "tcp",
                    o.get("ip").getAsString(),
                    o.get("shell_port").getAsInt(), o.get("control_port").getAsInt(),
                    o.get("stdin_port").getAsInt(), o.get("iopub_port").getAsInt(), o.get("hb_port").getAsInt(),
                    o.has("key") ? o.get("key").getAsString() : "", scheme);
        } catch (IOException e) {
            throw new BylineException("cannot read connection file " + file + ": " + e.getMessage());
        } catch (RuntimeException e) {
            if (e instanceof BylineException b) {
                throw b;
            }
            throw new BylineException("connection file " + file + " is not a Jupyter connection file: " + e.getMessage());
        }
    }

    /** The ZeroMQ endpoint for a port on the connection file's IP (only that IP is bound). */
    public String address(int port) {
        return transport.equals("ipc") ? "ipc://" + ip + "-" + port : transport + "://" + ip + ":" + port;
    }
}
