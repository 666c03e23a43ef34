package org.kisti.platform.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.kisti.platform.problem.ProblemException;

/**
 * A request body read at most to its limit (413 past it), refused as soon as its first bytes show a byte-order mark or
 * a NUL: the marks of UTF-16 and UTF-32, which the JSON reader would otherwise detect and decode silently. Every byte
 * must also be well-formed UTF-8 (RFC 3629): the JSON reader decodes an overlong form such as C0 AF as '/', and an
 * encoded surrogate or a truncated sequence as whatever it makes of it, so a free-text field would store a character
 * the client never sent in that form.
 */
final class BoundedUtf8Body extends FilterInputStream {

    private final int limit;
    private long read;
    /** Continuation bytes still expected in the current sequence, and the range the next one must fall in. */
    private int pending;
    private int lowest = 0x80;
    private int highest = 0xBF;

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
        } else {
            endOfBody();
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            check(buffer, offset, n);
        } else if (n < 0) {
            endOfBody();
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
        for (int i = 0; i < n; i++) {
            wellFormed(buffer[offset + i] & 0xFF);
        }
        read += n;
        if (read > limit) {
            throw tooLarge();
        }
    }

    /** RFC 3629's table of well-formed byte sequences, one byte at a time. */
    private void wellFormed(int b) {
        if (pending > 0) {
            if (b < lowest || b > highest) {
                throw notUtf8();
            }
            pending--;
            lowest = 0x80;
            highest = 0xBF;
            return;
        }
        if (b < 0x80) {
            return;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            pending = 2;
            lowest = b == 0xE0 ? 0xA0 : 0x80; // E0 80..9F would be overlong
            highest = b == 0xED ? 0x9F : 0xBF; // ED A0..BF would encode a surrogate
        } else if (b >= 0xF0 && b <= 0xF4) {
            pending = 3;
            lowest = b == 0xF0 ? 0x90 : 0x80; // F0 80..8F would be overlong
            highest = b == 0xF4 ? 0x8F : 0xBF; // F4 90.. would be above U+10FFFF
        } else {
            throw notUtf8(); // a stray continuation byte, C0 or C1 (always overlong), F5..FF
        }
    }

    private void endOfBody() {
        if (pending > 0) {
            throw notUtf8();
        }
    }

    private static ProblemException notUtf8() {
        return ProblemException.invalid("body", "must be well-formed UTF-8 (no overlong forms, surrogates or cut"
                + " sequences)");
    }
}
