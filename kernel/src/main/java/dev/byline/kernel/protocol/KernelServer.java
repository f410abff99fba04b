package dev.byline.kernel.protocol;

import com.google.gson.Gson;
import dev.byline.BylineException;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * The five ZeroMQ sockets of a Jupyter kernel (protocol 5.3) and the threads that serve them.
 *
 * <p>Each request channel has its own thread that blocks in {@code recv}: no polling interval, so
 * a request is handled the moment it arrives (basekernel 2.3.0 polls and sleeps 50 ms, which is
 * the whole latency budget of a trivial cell). Every incoming message's HMAC is checked; a missing
 * or wrong signature is logged and the message dropped. Sockets bind only to the connection
 * file's IP.
 *
 * <pre>{@code
 * KernelServer server = new KernelServer(ConnectionInfo.read(file), (channel, request) -> ...);
 * server.start();
 * }</pre>
 */
public final class KernelServer implements AutoCloseable {
    /** The messaging protocol version this kernel speaks. */
    public static final String PROTOCOL_VERSION = "5.3";
    private static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);
    private static final Gson GSON = new Gson();
    /**
     * How long a port found in use is tried again before the start fails: a front end's sockets connect before the
     * kernel binds and retry from ephemeral source ports, and one of those can hold a port the kernel needs for a
     * moment (the connection is refused and the port freed at once).
     */
    private static final long BIND_PATIENCE_NANOS = 3_000_000_000L;

    private final ConnectionInfo info;
    private final Signer signer;
    private final MessageHandler handler;
    private final String session = UUID.randomUUID().toString();
    private final ZContext context = new ZContext(1);
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean abortRequested;
    /** Requests taken off the shell channel when a cell failed, to abort (shell channel's thread only). */
    private final List<Message> toAbort = new ArrayList<>();
    private ZMQ.Socket shell;
    private ZMQ.Socket control;
    private ZMQ.Socket stdin;
    private ZMQ.Socket iopub;
    private ZMQ.Socket heartbeat;

    public KernelServer(ConnectionInfo info, MessageHandler handler) {
        this.info = info;
        this.signer = new Signer(info.key());
        this.handler = handler;
    }

    /** Binds every socket, starts the channel threads and publishes {@code status: starting}. */
    public void start() {
        heartbeat = bind(SocketType.REP, info.hbPort(), "hb_port");
        iopub = bind(SocketType.PUB, info.iopubPort(), "iopub_port");
        stdin = bind(SocketType.ROUTER, info.stdinPort(), "stdin_port");
        control = bind(SocketType.ROUTER, info.controlPort(), "control_port");
        shell = bind(SocketType.ROUTER, info.shellPort(), "shell_port");
        daemon("byline-heartbeat", this::echoHeartbeats);
        daemon("byline-control", () -> serve(control, Channel.CONTROL));
        daemon("byline-shell", () -> serve(shell, Channel.SHELL));
        publishStatus(null, "starting");
    }

    /**
     * Binds one channel's socket; a port that cannot be bound (another program holds it for over three seconds, or
     * the IP is not this machine's) is a {@link BylineException} naming the channel, the endpoint and the reason, and the sockets bound
     * so far are released.
     */
    private ZMQ.Socket bind(SocketType type, int port, String channel) {
        ZMQ.Socket socket = context.createSocket(type);
        socket.setLinger(1000);
        if (type == SocketType.PUB) {
            // IOPub: a PUB socket silently drops what is beyond its high-water mark (1,000 messages by default), the
            // idle status among them; the output is batched, so its queue stays short: never drop
            socket.setSndHWM(0);
        }
        long giveUp = System.nanoTime() + BIND_PATIENCE_NANOS;
        while (true) {
            try {
                socket.bind(info.address(port));
                return socket;
            } catch (ZMQException e) {
                boolean inUse = e.getErrorCode() == zmq.ZError.EADDRINUSE;
                if (inUse && System.nanoTime() < giveUp) {
                    // a client's connect retry may hold the port as its source port for a moment: try again shortly
                    LockSupport.parkNanos(50_000_000L);
                    continue;
                }
                context.destroy();
                String why = inUse ? "the address is already in use (another program holds the port; Jupyter picks "
                        + "new ports when it restarts the kernel)" : e.getMessage();
                throw new BylineException("cannot listen on " + info.address(port) + " (" + channel + " of the "
                        + "connection file): " + why);
            }
        }
    }

    private static void daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
    }

    private void echoHeartbeats() {
        try {
            while (!closed.get()) {
                byte[] ping = heartbeat.recv(0);
                if (ping != null) {
                    heartbeat.send(ping, 0);
                }
            }
        } catch (ZMQException | IllegalStateException e) {
            // the context was closed: the kernel is shutting down
        }
    }

    private void serve(ZMQ.Socket socket, Channel channel) {
        while (!closed.get()) {
            Message request;
            try {
                request = receive(socket, channel, 0);
            } catch (ZMQException | IllegalStateException e) {
                return; // the context was closed
            }
            if (request != null) {
                dispatch(channel, request);
            }
        }
    }

    private void dispatch(Channel channel, Message request) {
        publishStatus(request, "busy");
        try {
            handler.handle(channel, request);
        } catch (RuntimeException | Error e) {
            KernelLog.warn("unexpected failure handling " + request.type() + ": " + e);
            e.printStackTrace(KernelLog.originalErr());
        } finally {
            publishStatus(request, "idle");
        }
        if (channel == Channel.SHELL && abortRequested) {
            abortRequested = false;
            abortQueuedExecuteRequests();
        }
    }

    /**
     * Takes the execute requests waiting on the shell channel now, to be answered {@code aborted} once the
     * current request is finished (see {@link #abortQueuedExecuteRequests}). Call it on the shell channel's
     * thread before sending the failing cell's reply: a request the client sends after it has seen that
     * reply is then run, not aborted (it arrives after this snapshot).
     */
    public void requestAbortOfQueuedExecutions() {
        while (!closed.get()) {
            Message queued = receive(shell, Channel.SHELL, ZMQ.DONTWAIT);
            if (queued == null) {
                break;
            }
            toAbort.add(queued);
        }
        abortRequested = true;
    }

    /**
     * After a cell failed with {@code stop_on_error}, answers the execute requests that were waiting when it
     * failed with {@code status: aborted} instead of running them, as IPython does: "Run All" stops at the
     * first error. Other requests taken with them are handled as usual. Runs on the shell channel's thread.
     */
    private void abortQueuedExecuteRequests() {
        List<Message> queuedAtFailure = new ArrayList<>(toAbort);
        toAbort.clear();
        for (Message queued : queuedAtFailure) {
            if (queued.type().equals("execute_request")) {
                publishStatus(queued, "busy");
                JsonObject aborted = new JsonObject();
                aborted.addProperty("status", "aborted");
                reply(Channel.SHELL, queued, "execute_reply", aborted);
                publishStatus(queued, "idle");
            } else {
                dispatch(Channel.SHELL, queued);
            }
        }
    }

    /** Reads one multipart message; returns null (after logging) when it is malformed or badly signed. */
    private Message receive(ZMQ.Socket socket, Channel channel, int flags) {
        List<byte[]> frames = new ArrayList<>();
        do {
            byte[] frame = socket.recv(frames.isEmpty() ? flags : 0);
            if (frame == null) {
                return null;
            }
            frames.add(frame);
        } while (socket.hasReceiveMore());
        if (!frames.isEmpty() && frames.size() < 6 + delimiterIndex(frames)) {
            KernelLog.warn("dropped a malformed message on " + channel + " (" + frames.size() + " frames)");
            return null;
        }
        return parse(frames, channel.toString());
    }

    private static int delimiterIndex(List<byte[]> frames) {
        int d = 0;
        while (d < frames.size() && !Arrays.equals(frames.get(d), DELIMITER)) {
            d++;
        }
        return d;
    }

    private static JsonObject object(byte[] json) {
        JsonElement e = JsonParser.parseString(new String(json, StandardCharsets.UTF_8));
        return e.isJsonObject() ? e.getAsJsonObject() : new JsonObject();
    }

    /** Sends a reply to a request on the channel it came from. */
    public void reply(Channel channel, Message request, String type, JsonObject content) {
        send(channel == Channel.SHELL ? shell : control, request.identities(), request, type, content, new JsonObject());
    }

    /** Publishes a message on IOPub; {@code parent} may be null for messages not caused by a request. */
    public void publish(Message parent, String type, JsonObject content) {
        send(iopub, List.of(type.getBytes(StandardCharsets.UTF_8)), parent, type, content, new JsonObject());
    }

    /** Publishes {@code status} with an execution state: starting, busy or idle. */
    public void publishStatus(Message parent, String state) {
        JsonObject c = new JsonObject();
        c.addProperty("execution_state", state);
        publish(parent, "status", c);
    }

    /**
     * Asks the front end for a line of input on the stdin channel and waits for the reply.
     * Returns null when the wait was interrupted (the cell was interrupted) or the kernel closed.
     */
    public String requestInput(Message parent, String prompt, boolean password) {
        JsonObject c = new JsonObject();
        c.addProperty("prompt", prompt);
        c.addProperty("password", password);
        synchronized (stdin) {
            send(stdin, parent.identities(), parent, "input_request", c, new JsonObject());
            stdin.setReceiveTimeOut(100);
            while (!closed.get() && !Thread.currentThread().isInterrupted()) {
                byte[] first;
                try {
                    first = stdin.recv(0);
                } catch (ZMQException e) {
                    return null;
                }
                if (first == null) {
                    continue;
                }
                List<byte[]> frames = new ArrayList<>();
                frames.add(first);
                while (stdin.hasReceiveMore()) {
                    frames.add(stdin.recv(0));
                }
                Message reply = parse(frames, "stdin");
                if (reply != null && reply.type().equals("input_reply")) {
                    return reply.string("value", "");
                }
            }
            return null;
        }
    }

    private Message parse(List<byte[]> frames, String channel) {
        int d = delimiterIndex(frames);
        if (frames.size() < d + 6) {
            return null;
        }
        String signature = new String(frames.get(d + 1), StandardCharsets.US_ASCII);
        byte[] header = frames.get(d + 2);
        byte[] parent = frames.get(d + 3);
        byte[] metadata = frames.get(d + 4);
        byte[] content = frames.get(d + 5);
        if (!signer.verify(signature, header, parent, metadata, content)) {
            KernelLog.warn("dropped a message on " + channel + " with a "
                    + (signature.isEmpty() ? "missing" : "wrong") + " signature: it was not executed");
            return null;
        }
        try {
            return new Message(List.copyOf(frames.subList(0, d)), object(header), object(parent),
                    object(metadata), object(content));
        } catch (RuntimeException e) {
            KernelLog.warn("dropped a message on " + channel + " that is not JSON: " + e.getMessage());
            return null;
        }
    }

    private void send(ZMQ.Socket socket, List<byte[]> identities, Message parent, String type,
                      JsonObject content, JsonObject metadata) {
        JsonObject header = new JsonObject();
        header.addProperty("msg_id", UUID.randomUUID().toString());
        header.addProperty("session", session);
        header.addProperty("username", "byline");
        header.addProperty("date", Instant.now().toString());
        header.addProperty("msg_type", type);
        header.addProperty("version", PROTOCOL_VERSION);
        byte[] h = GSON.toJson(header).getBytes(StandardCharsets.UTF_8);
        byte[] p = parent == null ? "{}".getBytes(StandardCharsets.UTF_8)
                : GSON.toJson(parent.header()).getBytes(StandardCharsets.UTF_8);
        byte[] m = GSON.toJson(metadata).getBytes(StandardCharsets.UTF_8);
        byte[] c = GSON.toJson(content).getBytes(StandardCharsets.UTF_8);
        String signature = signer.sign(h, p, m, c);
        synchronized (socket) {
            if (closed.get()) {
                return;
            }
            for (byte[] id : identities) {
                socket.sendMore(id);
            }
            socket.sendMore(DELIMITER);
            socket.sendMore(signature.getBytes(StandardCharsets.US_ASCII));
            socket.sendMore(h);
            socket.sendMore(p);
            socket.sendMore(m);
            socket.send(c, 0);
        }
    }

    /** Closes every socket, letting queued messages out for up to a second. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            context.close();
        }
    }
}
