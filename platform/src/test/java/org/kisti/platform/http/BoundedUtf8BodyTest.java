package org.kisti.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.kisti.platform.problem.ProblemException;

class BoundedUtf8BodyTest {

    @Test
    void wellFormedUtf8InEveryLengthIsReadWhole() throws IOException {
        byte[] body = "{\"name\":\"Rahima বেগম ₹ 𝄞\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(readAll(body, 1)).isEqualTo(body);
        assertThat(readAll(body, 64)).isEqualTo(body);
    }

    @Test
    void anOverlongSlashIsRefusedNamingTheBody() {
        assertRefused(new byte[] {'"', (byte) 0xC0, (byte) 0xAF, '"'});
        assertRefused(new byte[] {'"', (byte) 0xE0, (byte) 0x80, (byte) 0xAF, '"'});
        assertRefused(new byte[] {'"', (byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF, '"'});
    }

    @Test
    void anEncodedSurrogateALatin1ByteAndACutSequenceAreRefused() {
        assertRefused(new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'});
        assertRefused(new byte[] {'"', (byte) 0xE9, '"'});
        assertRefused(new byte[] {'"', (byte) 0xC3});
        assertRefused(new byte[] {'"', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"'});
    }

    private static void assertRefused(byte[] body) {
        for (int chunk : new int[] {1, 2, 64}) {
            assertThatThrownBy(() -> readAll(body, chunk)).isInstanceOf(ProblemException.class)
                    .hasMessageContaining("UTF-8");
        }
    }

    private static byte[] readAll(byte[] body, int chunk) throws IOException {
        try (BoundedUtf8Body in = new BoundedUtf8Body(new ByteArrayInputStream(body), 1024)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[chunk];
            for (int n = in.read(buffer, 0, chunk); n >= 0; n = in.read(buffer, 0, chunk)) {
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }
}
