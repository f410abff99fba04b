package dev.byline.kernel.protocol;

import com.google.gson.JsonObject;
import java.util.List;

/**
 * One Jupyter message: routing identities, header, parent header, metadata and content.
 * Content stays JSON, so the protocol layer never needs a class per message type.
 */
public record Message(List<byte[]> identities, JsonObject header, JsonObject parentHeader,
                      JsonObject metadata, JsonObject content) {

    /** The {@code msg_type} of the header, e.g. {@code execute_request}. */
    public String type() {
        return header.get("msg_type").getAsString();
    }

    /** A string field of the content, or the fallback when absent or null. */
    public String string(String field, String fallback) {
        return content.has(field) && !content.get(field).isJsonNull() ? content.get(field).getAsString() : fallback;
    }

    /** A boolean field of the content, or the fallback when absent. */
    public boolean bool(String field, boolean fallback) {
        return content.has(field) && !content.get(field).isJsonNull() ? content.get(field).getAsBoolean() : fallback;
    }

    /** An int field of the content, or the fallback when absent. */
    public int integer(String field, int fallback) {
        return content.has(field) && !content.get(field).isJsonNull() ? content.get(field).getAsInt() : fallback;
    }
}
