package dev.byline.kernel.protocol;

/** What the kernel does with a verified request; the protocol layer publishes busy/idle around it. */
@FunctionalInterface
public interface MessageHandler {
    /**
     * Handles one request that arrived on the shell or control channel.
     *
     * @param channel the channel it came on, so replies go back the same way
     * @param request the request, its signature already checked
     */
    void handle(Channel channel, Message request);
}
