package dev.byline.kernel;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.byline.kernel.protocol.ConnectionInfo;
import dev.byline.kernel.protocol.KernelServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * The install-time training run ({@code KernelLauncher --train}): a real kernel on loopback ports,
 * driven over ZeroMQ like Jupyter drives it (kernel_info, a first cell, a Table cell, completion,
 * is_complete), so the class-data archive recorded from this run holds what a real start loads:
 * JShell and javac, the toolkit, the renderers, Gson, JeroMQ's sockets and the HMAC signing.
 */
final class Training {
    private static final Gson GSON = new Gson();
    private static final long REPLY_MILLIS = 60_000;

    private Training() {
    }

    static void run(List<String> startup) throws IOException {
        int[] ports = new int[5];
        for (int i = 0; i < ports.length; i++) {
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                ports[i] = s.getLocalPort();
            }
        }
        String key = UUID.randomUUID().toString();
        ConnectionInfo info = new ConnectionInfo("tcp", "127.0.0.1", ports[0], ports[1], ports[2], ports[3], ports[4],
                key, "hmac-sha256");
        BylineKernel kernel = new BylineKernel(startup, "train");
        KernelServer server = new KernelServer(info, kernel::handle);
        kernel.serve(server);
        server.start();
        try (ZContext context = new ZContext()) {
            ZMQ.Socket shell = context.createSocket(SocketType.DEALER);
            shell.setLinger(0);
            shell.setReceiveTimeOut((int) REPLY_MILLIS);
            shell.connect("tcp://127.0.0.1:" + ports[0]);
            Training client = new Training();
            client.ask(shell, key, "kernel_info_request", new JsonObject());
            for (String cell : List.of("1 + 1", "Table t = Table.create(\"t\", IntColumn.create(\"n\", 1, 2, 3));\nt")) {
                JsonObject reply = client.ask(shell, key, "execute_request", execute(cell));
                if (!reply.has("status") || !reply.get("status").getAsString().equals("ok")) {
                    throw new IllegalStateException("training cell failed: " + cell + ": " + reply);
                }
            }
            client.ask(shell, key, "complete_request", cursorAtEnd("Table.cr"));
            client.ask(shell, key, "complete_request", cursorAtEnd("Strin"));
            client.ask(shell, key, "is_complete_request", cursorAtEnd("for (int i = 0; i < 2; i++) {"));
            client.ask(shell, key, "inspect_request", cursorAtEnd("Math.max"));
        } finally {
            server.close();
        }
    }

    private static JsonObject execute(String code) {
        JsonObject c = new JsonObject();
        c.addProperty("code", code);
        c.addProperty("silent", false);
        c.addProperty("store_history", true);
        c.add("user_expressions", new JsonObject());
        c.addProperty("allow_stdin", false);
        return c;
    }

    private static JsonObject cursorAtEnd(String code) {
        JsonObject c = new JsonObject();
        c.addProperty("code", code);
        c.addProperty("cursor_pos", code.length());
        return c;
    }

    /** Sends a signed request and returns its reply's content (the only traffic on this socket). */
    private JsonObject ask(ZMQ.Socket shell, String key, String type, JsonObject content) {
        JsonObject header = new JsonObject();
        header.addProperty("msg_id", UUID.randomUUID().toString());
        header.addProperty("session", "training");
        header.addProperty("username", "byline");
        header.addProperty("date", Instant.now().toString());
        header.addProperty("msg_type", type);
        header.addProperty("version", KernelServer.PROTOCOL_VERSION);
        byte[][] frames = {GSON.toJson(header).getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8),
            "{}".getBytes(StandardCharsets.UTF_8), GSON.toJson(content).getBytes(StandardCharsets.UTF_8)};
        shell.sendMore("<IDS|MSG>");
        shell.sendMore(sign(key, frames));
        for (int i = 0; i < 3; i++) {
            shell.sendMore(frames[i]);
        }
        shell.send(frames[3], 0);
        byte[] last;
        do {
            last = shell.recv(0);
            if (last == null) {
                throw new IllegalStateException("the training kernel did not answer a " + type);
            }
        } while (shell.hasReceiveMore());
        return JsonParser.parseString(new String(last, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    private static String sign(String key, byte[][] frames) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            for (byte[] f : frames) {
                mac.update(f);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable in this JDK", e);
        }
    }
}
