package dev.byline.kernel;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.byline.display.MimeBundle;
import dev.byline.display.Renderers;
import dev.byline.kernel.eval.Completion;
import dev.byline.kernel.eval.EvaluatorStart;
import dev.byline.kernel.eval.JavaEvaluator;
import dev.byline.kernel.protocol.Channel;
import dev.byline.kernel.protocol.KernelLog;
import dev.byline.kernel.protocol.KernelServer;
import dev.byline.kernel.protocol.Message;
import dev.byline.kernel.session.CellOutput;
import dev.byline.kernel.session.KernelSession;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Byline kernel: builds the parts (the cell session over JShell, renderers, magics) and answers Jupyter's
 * requests by delegating to them. The protocol lives in {@link KernelServer}; cell execution in
 * {@link KernelSession}, whose typed outputs this class turns into Jupyter messages.
 */
public final class BylineKernel {
    private final History history = new History();
    private final KernelSession session;
    /** Requests that need JShell, received and not yet answered: the warm-up waits while there are any. */
    private final AtomicInteger userRequests = new AtomicInteger();
    private final String implementationVersion;
    private KernelServer server;
    private volatile Message current;
    private volatile boolean shuttingDown;
    private int executionCount;

    /** Starts JShell in the background at once (see {@link EvaluatorStart}). */
    public BylineKernel(List<String> startupSnippets, String implementationVersion) {
        this.implementationVersion = implementationVersion;
        KernelEnvironment env = KernelEnvironment.from(System.getenv());
        this.session = new KernelSession(EvaluatorStart.inBackground(env.withDefaultClasspath(), startupSnippets,
                env.compilerOptions(), () -> userRequests.get() > 0), Renderers.withDefaults(), env);
    }

    /** Serves the connection; returns at once, the channel threads do the work. */
    public void serve(KernelServer kernelServer) {
        this.server = kernelServer;
        // no auto-flush: a println would send a message of its own, and a cell printing in a loop would flood IOPub
        // (a PUB socket drops what its queue cannot hold); the flusher below sends what accumulated every 40 ms
        session.captureStandardStreams();
        System.setIn(new InputChannel(this::askForLine));
        Thread flusher = new Thread(() -> {
            while (!shuttingDown) {
                try {
                    Thread.sleep(40);
                } catch (InterruptedException e) {
                    return;
                }
                flushStreams();
            }
        }, "byline-output-flusher");
        flusher.setDaemon(true);
        flusher.start();
    }

    private void flushStreams() {
        session.flush();
    }

    private String askForLine() {
        Message parent = current;
        if (parent == null || !parent.bool("allow_stdin", true)) {
            KernelLog.warn("a cell read System.in but this front end does not accept input");
            return null;
        }
        flushStreams();
        return server.requestInput(parent, "", false);
    }

    /** Handles one request (called by the server's channel threads). */
    public void handle(Channel channel, Message request) {
        KernelLog.trace(request.type());
        boolean needsJava = switch (request.type()) {
            case "execute_request", "complete_request", "inspect_request", "is_complete_request" -> true;
            default -> false;
        };
        if (needsJava) {
            userRequests.incrementAndGet();
        }
        try {
            dispatch(channel, request);
        } finally {
            if (needsJava) {
                userRequests.decrementAndGet();
            }
        }
    }

    private void dispatch(Channel channel, Message request) {
        switch (request.type()) {
            case "kernel_info_request" -> server.reply(channel, request, "kernel_info_reply", KernelInfo.reply(implementationVersion));
            case "execute_request" -> execute(channel, request);
            case "complete_request" -> complete(channel, request);
            case "inspect_request" -> inspect(channel, request);
            case "is_complete_request" -> isComplete(channel, request);
            case "history_request" -> history(channel, request);
            case "comm_info_request" -> {
                JsonObject c = ok();
                c.add("comms", new JsonObject());
                server.reply(channel, request, "comm_info_reply", c);
            }
            case "interrupt_request" -> {
                interrupt();
                server.reply(channel, request, "interrupt_reply", ok());
            }
            case "shutdown_request" -> {
                JsonObject c = ok();
                c.addProperty("restart", request.bool("restart", false));
                server.reply(channel, request, "shutdown_reply", c);
                shutdown();
            }
            case "comm_open", "comm_msg", "comm_close" -> { } // no comm targets: ignoring is what the spec asks
            default -> KernelLog.warn("ignored a " + request.type() + " message: this kernel does not handle it");
        }
    }

    /** Stops the running cell; message and signal interrupts both end here. */
    public void interrupt() {
        session.interrupt();
    }

    /** Ends the process after replies have gone out. */
    public void shutdown() {
        shuttingDown = true;
        flushStreams();
        Thread exit = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException ignored) {
                // exit anyway
            }
            server.close();
            Runtime.getRuntime().halt(0);
        }, "byline-exit");
        exit.start();
    }

    /** Whether a shutdown was asked for by Jupyter (as opposed to a cell ending the process). */
    public boolean isShuttingDown() {
        return shuttingDown;
    }

    private void execute(Channel channel, Message request) {
        String code = request.string("code", "");
        boolean silent = request.bool("silent", false);
        boolean store = request.bool("store_history", !silent) && !silent;
        if (store) {
            executionCount++;
            history.add(executionCount, code);
        }
        int count = executionCount;
        JsonObject input = new JsonObject();
        input.addProperty("code", code);
        input.addProperty("execution_count", count);
        server.publish(request, "execute_input", input);
        current = request;
        JsonObject reply = isHelpRequest(code) ? page(code.strip().substring(0, code.strip().length() - 1))
                : run(request, code, count, store, silent);
        reply.addProperty("execution_count", count);
        reply.add("user_expressions", new JsonObject());
        if (!reply.has("payload")) {
            reply.add("payload", new JsonArray());
        }
        if (reply.get("status").getAsString().equals("error") && request.bool("stop_on_error", true)) {
            // before the reply: what the client sends once it has seen the error is a new request, not Run All's queue
            server.requestAbortOfQueuedExecutions();
        }
        server.reply(channel, request, "execute_reply", reply);
        KernelLog.trace("execute_reply sent");
    }

    /** Runs the cell through the session, publishes its outputs, and returns the reply's content. */
    private JsonObject run(Message request, String code, int count, boolean store, boolean silent) {
        Optional<CellOutput.Error> error = session.run(code, count, output -> publish(request, output, count, store, silent));
        if (error.isEmpty()) {
            return ok();
        }
        JsonObject c = error.get().content();
        c.addProperty("status", "error");
        return c;
    }

    /** One typed output as its Jupyter message. */
    private void publish(Message request, CellOutput output, int count, boolean store, boolean silent) {
        switch (output) {
            case CellOutput.Stream s -> {
                JsonObject c = new JsonObject();
                c.addProperty("name", s.name());
                c.addProperty("text", s.text());
                server.publish(current, "stream", c);
            }
            case CellOutput.Display d -> server.publish(current, "display_data", withDisplayId(bundleJson(d.bundle()), d.id()));
            case CellOutput.Update u -> server.publish(current, "update_display_data",
                    withDisplayId(bundleJson(u.bundle()), u.id()));
            case CellOutput.Clear clear -> {
                JsonObject c = new JsonObject();
                c.addProperty("wait", clear.untilNextOutput());
                server.publish(current, "clear_output", c);
            }
            case CellOutput.Result r -> {
                if (silent) {
                    return;
                }
                if (store) {
                    history.setOutput(count, r.bundle().data().get("text/plain"));
                }
                JsonObject result = bundleJson(r.bundle());
                result.addProperty("execution_count", count);
                server.publish(request, "execute_result", result);
            }
            case CellOutput.Error e -> server.publish(request, "error", e.content());
        }
    }

    private static JsonObject withDisplayId(JsonObject content, String id) {
        JsonObject transientPart = new JsonObject();
        transientPart.addProperty("display_id", id);
        content.add("transient", transientPart);
        return content;
    }

    /** IPython's {@code name?}: one line ending in '?' asks for the documentation, shown in the pager. */
    private static boolean isHelpRequest(String code) {
        String s = code.strip();
        return s.endsWith("?") && !s.contains("\n") && s.length() > 1 && !s.startsWith("%");
    }

    private JsonObject page(String expression) {
        JsonObject reply = ok();
        JsonArray payload = new JsonArray();
        String doc = session.evaluator().inspect(expression, expression.length()).orElse("No documentation found for " + expression);
        JsonObject page = new JsonObject();
        page.addProperty("source", "page");
        JsonObject data = new JsonObject();
        data.addProperty("text/plain", doc);
        page.add("data", data);
        page.addProperty("start", 0);
        payload.add(page);
        reply.add("payload", payload);
        return reply;
    }

    private void complete(Channel channel, Message request) {
        String code = request.string("code", "");
        int cursor = Math.min(code.length(), request.integer("cursor_pos", code.length()));
        JsonObject c = ok();
        JsonArray matches = new JsonArray();
        Completion completion = session.complete(code, cursor);
        completion.matches().forEach(matches::add);
        c.add("matches", matches);
        c.addProperty("cursor_start", completion.start());
        c.addProperty("cursor_end", cursor);
        c.add("metadata", new JsonObject());
        server.reply(channel, request, "complete_reply", c);
    }

    private void inspect(Channel channel, Message request) {
        String code = request.string("code", "");
        int cursor = Math.min(code.length(), request.integer("cursor_pos", code.length()));
        JsonObject c = ok();
        var doc = session.inspect(code, cursor);
        c.addProperty("found", doc.isPresent());
        JsonObject data = new JsonObject();
        doc.ifPresent(d -> data.addProperty("text/plain", d));
        c.add("data", data);
        c.add("metadata", new JsonObject());
        server.reply(channel, request, "inspect_reply", c);
    }

    private void isComplete(Channel channel, Message request) {
        String code = request.string("code", "");
        JsonObject c = new JsonObject();
        String status = switch (session.completeness(code)) {
            case COMPLETE -> "complete";
            case INCOMPLETE -> "incomplete";
            case INVALID -> "invalid";
            case UNKNOWN -> "unknown";
        };
        c.addProperty("status", status);
        if (status.equals("incomplete")) {
            c.addProperty("indent", "    ");
        }
        server.reply(channel, request, "is_complete_reply", c);
    }

    private void history(Channel channel, Message request) {
        JsonObject c = ok();
        boolean output = request.bool("output", false);
        JsonArray entries = switch (request.string("hist_access_type", "tail")) {
            case "range" -> history.range(request.integer("start", 0), request.integer("stop", 0), output);
            case "search" -> history.search(request.string("pattern", "*"), request.integer("n", 0),
                    request.bool("unique", false), output);
            default -> history.tail(request.integer("n", 10), output);
        };
        c.add("history", entries);
        server.reply(channel, request, "history_reply", c);
    }

    private static JsonObject ok() {
        JsonObject c = new JsonObject();
        c.addProperty("status", "ok");
        return c;
    }

    private static JsonObject bundleJson(MimeBundle bundle) {
        JsonObject data = new JsonObject();
        for (Map.Entry<String, String> e : bundle.data().entrySet()) {
            data.addProperty(e.getKey(), e.getValue());
        }
        JsonObject c = new JsonObject();
        c.add("data", data);
        c.add("metadata", new JsonObject());
        return c;
    }

    /** The message being executed now, for output that arrives outside a request (shutdown hook). */
    Message current() {
        return current;
    }

    KernelServer server() {
        return server;
    }
}
