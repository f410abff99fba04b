package dev.byline.kernel;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.byline.kernel.eval.JavaEvaluator;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * A minimal Jupyter client for tests: starts the kernel as its own process (as Jupyter does) and
 * speaks the wire protocol to it over ZeroMQ, signing with the connection file's key.
 */
final class KernelClient implements AutoCloseable {
    private static final Gson GSON = new Gson();
    private final Process process;
    private final ZContext context = new ZContext();
    private final ZMQ.Socket shell;
    private final ZMQ.Socket control;
    private final ZMQ.Socket stdin;
    private final ZMQ.Socket iopub;
    private final byte[] key;
    private final Path stderr;
    private final String session = UUID.randomUUID().toString();

    /** A received message: header, parent header and content as JSON. */
    record Msg(JsonObject header, JsonObject parent, JsonObject content) {
        String type() {
            return header.get("msg_type").getAsString();
        }

        String parentId() {
            return parent.has("msg_id") ? parent.get("msg_id").getAsString() : "";
        }
    }

    KernelClient(Path dir) throws IOException {
        this(dir, freePorts(5));
    }

    /** A kernel given these ports (shell, control, stdin, iopub, heartbeat) in its connection file. */
    KernelClient(Path dir, int[] ports) throws IOException {
        String k = UUID.randomUUID().toString();
        key = k.getBytes(StandardCharsets.UTF_8);
        Path connection = dir.resolve("connection-" + UUID.randomUUID() + ".json");
        Files.writeString(connection, """
                {"transport": "tcp", "ip": "127.0.0.1", "shell_port": %d, "control_port": %d, "stdin_port": %d,
                 "iopub_port": %d, "hb_port": %d, "key": "%s", "signature_scheme": "hmac-sha256"}
                """.formatted(ports[0], ports[1], ports[2], ports[3], ports[4], k));
        String cp = JavaEvaluator.defaultClasspath().stream().map(Path::toString)
                .collect(Collectors.joining(java.io.File.pathSeparator));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        if (Runtime.version().feature() >= 24) {
            cmd.add("--sun-misc-unsafe-memory-access=allow");
        }
        cmd.addAll(List.of("-cp", cp, KernelLauncher.class.getName(), connection.toString()));
        stderr = dir.resolve("kernel-stderr-" + UUID.randomUUID() + ".txt");
        process = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile()).start();
        byte[] identity = UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8);
        shell = connect(SocketType.DEALER, ports[0], identity);
        control = connect(SocketType.DEALER, ports[1], null);
        stdin = connect(SocketType.DEALER, ports[2], identity);
        iopub = connect(SocketType.SUB, ports[3], null);
        iopub.subscribe(new byte[0]);
    }

    /**
     * Free ports below the system's ephemeral range where it can be read (Linux), so that no outgoing connection can be
     * given one of them as its source port before the kernel binds it: this client's own sockets retry their connects
     * from ephemeral ports while the kernel starts, and one of those once took a port the kernel was about to bind.
     */
    static int[] freePorts(int count) throws IOException {
        int below = 32768;
        try {
            // readAllLines: Files.readString returns only the first byte of this /proc file (it reports a size of 0)
            below = Integer.parseInt(Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).trim()
                    .split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            // not Linux: the JDK's own choice below
        }
        int[] ports = new int[count];
        java.util.Random random = new java.util.Random();
        int found = 0;
        for (int tries = 0; found < count && tries < 200 && below > 12_000; tries++) {
            int port = 10_000 + random.nextInt(below - 10_000);
            if (java.util.Arrays.stream(ports, 0, found).noneMatch(p -> p == port) && canBind(port)) {
                ports[found++] = port;
            }
        }
        for (; found < count; found++) {
            try (ServerSocket s = new ServerSocket(0)) {
                ports[found] = s.getLocalPort();
            }
        }
        return ports;
    }

    private static boolean canBind(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private ZMQ.Socket connect(SocketType type, int port, byte[] identity) {
        ZMQ.Socket s = context.createSocket(type);
        if (identity != null) {
            s.setIdentity(identity);
        }
        s.setLinger(0);
        s.connect("tcp://127.0.0.1:" + port);
        return s;
    }

    Process process() {
        return process;
    }

    /**
     * Sends kernel_info until the kernel answers (it is up) or the timeout passes, again every two seconds as Jupyter's
     * own clients do, so a request sent while the kernel was still binding its sockets cannot leave the wait hanging.
     * A kernel that exits or never answers fails the wait with the end of its standard error.
     */
    Msg awaitReady(Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        java.util.Set<String> sent = new java.util.HashSet<>();
        Instant next = Instant.now();
        while (Instant.now().isBefore(end)) {
            if (!Instant.now().isBefore(next)) {
                sent.add(send(shell, "kernel_info_request", new JsonObject(), true));
                next = Instant.now().plusSeconds(2);
            }
            Msg m = receive(shell, 200);
            if (m != null && sent.contains(m.parentId())) {
                return m;
            }
            if (!process.isAlive()) {
                throw new AssertionError("the kernel exited (" + process.exitValue() + ") before answering kernel_info; "
                        + stderrTail());
            }
        }
        throw new AssertionError("kernel did not answer kernel_info within " + timeout + "; " + stderrTail());
    }

    private String stderrTail() {
        try {
            String all = Files.readString(stderr);
            return "its stderr ends: " + all.substring(Math.max(0, all.length() - 2000));
        } catch (IOException e) {
            return "its stderr could not be read: " + e;
        }
    }

    String execute(String code, boolean allowStdin) {
        JsonObject c = new JsonObject();
        c.addProperty("code", code);
        c.addProperty("silent", false);
        c.addProperty("store_history", true);
        c.add("user_expressions", new JsonObject());
        c.addProperty("allow_stdin", allowStdin);
        c.addProperty("stop_on_error", true);
        return send(shell, "execute_request", c, true);
    }

    String sendShell(String type, JsonObject content, boolean correctlySigned) {
        return send(shell, type, content, correctlySigned);
    }

    String sendControl(String type, JsonObject content) {
        return send(control, type, content, true);
    }

    void sendInput(String value) {
        JsonObject c = new JsonObject();
        c.addProperty("value", value);
        send(stdin, "input_reply", c, true);
    }

    /** The next shell reply to {@code msgId}, or null after {@code millis}. */
    Msg shellReply(String msgId, long millis) {
        return replyOn(shell, msgId, millis);
    }

    Msg controlReply(String msgId, long millis) {
        return replyOn(control, msgId, millis);
    }

    Msg stdinRequest(long millis) {
        return receive(stdin, millis);
    }

    private Msg replyOn(ZMQ.Socket socket, String msgId, long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            Msg m = receive(socket, Math.max(1, end - System.currentTimeMillis()));
            if (m != null && m.parentId().equals(msgId)) {
                return m;
            }
        }
        return null;
    }

    /** IOPub messages caused by {@code msgId}, up to and including its {@code idle} status. */
    List<Msg> outputs(String msgId, long millis) {
        List<Msg> out = new ArrayList<>();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            Msg m = receive(iopub, Math.max(1, end - System.currentTimeMillis()));
            if (m == null || !m.parentId().equals(msgId)) {
                continue;
            }
            out.add(m);
            if (m.type().equals("status") && m.content().get("execution_state").getAsString().equals("idle")) {
                return out;
            }
        }
        return out;
    }

    private String send(ZMQ.Socket socket, String type, JsonObject content, boolean correctlySigned) {
        JsonObject header = new JsonObject();
        String id = UUID.randomUUID().toString();
        header.addProperty("msg_id", id);
        header.addProperty("session", session);
        header.addProperty("username", "test");
        header.addProperty("date", Instant.now().toString());
        header.addProperty("msg_type", type);
        header.addProperty("version", "5.3");
        byte[][] frames = {GSON.toJson(header).getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8),
            "{}".getBytes(StandardCharsets.UTF_8), GSON.toJson(content).getBytes(StandardCharsets.UTF_8)};
        String signature = sign(frames);
        if (!correctlySigned) {
            signature = signature.substring(1) + (signature.charAt(0) == 'a' ? 'b' : 'a');
        }
        socket.sendMore("<IDS|MSG>");
        socket.sendMore(signature);
        socket.sendMore(frames[0]);
        socket.sendMore(frames[1]);
        socket.sendMore(frames[2]);
        socket.send(frames[3], 0);
        return id;
    }

    private String sign(byte[][] frames) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (byte[] f : frames) {
                mac.update(f);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Msg receive(ZMQ.Socket socket, long millis) {
        socket.setReceiveTimeOut((int) Math.min(Integer.MAX_VALUE, millis));
        List<byte[]> frames = new ArrayList<>();
        byte[] f = socket.recv(0);
        if (f == null) {
            return null;
        }
        frames.add(f);
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv(0));
        }
        int d = 0;
        while (!new String(frames.get(d), StandardCharsets.UTF_8).equals("<IDS|MSG>")) {
            d++;
        }
        byte[][] signed = {frames.get(d + 2), frames.get(d + 3), frames.get(d + 4), frames.get(d + 5)};
        if (!sign(signed).equals(new String(frames.get(d + 1), StandardCharsets.US_ASCII))) {
            throw new AssertionError("the kernel sent a message with a bad signature");
        }
        return new Msg(json(signed[0]), json(signed[1]), json(signed[3]));
    }

    private static JsonObject json(byte[] b) {
        return JsonParser.parseString(new String(b, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    @Override
    public void close() {
        process.destroyForcibly();
        context.close();
    }
}
