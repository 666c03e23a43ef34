package org.kisti.platform.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.kisti.platform.problem.ProblemException;

/**
 * A request body read at most to its limit (413 past it), refused as soon as its first bytes show a byte-order mark or
 * a NUL: the marks of UTF-16 and UTF-32, which the JSON reader would otherwise detect and decode silently.
 */
final class BoundedUtf8Body extends FilterInputStream {

    private final int limit;
    private long read;

    BoundedUtf8Body(InputStream body, int limit) {
        super(body);
        this.limit = limit;
    }

    static ProblemException tooLarge() {
        return ProblemException.tooLarge("body", "must be at most " + JsonBodies.MAX_BODY_BYTES + " bytes");
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            check(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            check(buffer, offset, n);
        }
        return n;
    }

    private void check(byte[] buffer, int offset, int n) {
        for (int i = 0; i < n && read + i < 4; i++) {
            int b = buffer[offset + i] & 0xFF;
            if (b == 0x00 || (read + i == 0 && (b == 0xEF || b == 0xFE || b == 0xFF))) {
                throw ProblemException.unsupportedMediaType("body", "must be UTF-8 JSON without a byte-order mark");
            }
        }
        read += n;
        if (read > limit) {
            throw tooLarge();
        }
    }
}
