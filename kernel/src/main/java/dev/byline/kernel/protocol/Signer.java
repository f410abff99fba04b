package dev.byline.kernel.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 signatures over the four JSON frames of a message. An empty key means the
 * connection is unsigned (Jupyter's convention) and every signature is then the empty string.
 */
final class Signer {
    private final byte[] key;

    Signer(String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    String sign(byte[]... frames) {
        if (key.length == 0) {
            return "";
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (byte[] f : frames) {
                mac.update(f);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable in this JDK", e);
        }
    }

    /** Constant-time comparison, so a forger learns nothing from timing. */
    boolean verify(String signature, byte[]... frames) {
        String expected = sign(frames);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
