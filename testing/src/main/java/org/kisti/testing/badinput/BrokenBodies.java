package org.kisti.testing.badinput;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Whole bodies that break the contract however valid their fields: not one JSON document, not UTF-8, not
 * {@code application/json} (or a Content-Type that is no media type at all), or larger than any request needs
 * (64 KiB, and the HTTP server's own 128 KiB). Each oversized or mis-encoded body also goes out chunked, so the server
 * meets it without a Content-Length to judge by. And a valid body asking for an answer in a type the API never
 * gives.
 */
final class BrokenBodies {

    private static final List<String> WRONG_CONTENT_TYPES = List.of("*/*", "application/*", "text/plain",
            "text/json", "application/x-json", "application/merge-patch+json", "application/json-patch+json",
            "application/problem+json", "application/vnd.kisti+json", "application/json; charset=utf-16",
            "application/json;charset=UTF-16LE", "application/json; charset=utf-32",
            "application/json; charset=iso-8859-1", "application/json; charset=utf-8; profile=x",
            "application/json, text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
            "application/xml", "application/octet-stream", "", "invalid", "application/", "application\\json",
            "/json");
    private static final int KIB = 1024;

    private BrokenBodies() {}

    static List<BadRequest> of(Endpoint endpoint) {
        List<BadRequest> requests = new ArrayList<>();
        requests.addAll(notOneDocument(endpoint));
        requests.addAll(tooLarge(endpoint));
        requests.addAll(notUtf8(endpoint));
        requests.addAll(notJson(endpoint));
        return requests;
    }

    private static List<BadRequest> notOneDocument(Endpoint endpoint) {
        String valid = JsonText.text(endpoint.body());
        String firstKey = endpoint.body().fieldNames().next();
        return List.of(
                endpoint.withBody("trailing garbage", valid + " x"),
                endpoint.withBody("a trailing NUL byte", valid + "\u0000"),
                endpoint.withBody("two documents", valid + valid),
                endpoint.withBody("two documents on two lines", valid + "\n" + valid),
                endpoint.withBody("a duplicated key", JsonText.withFirstFieldTwice(endpoint.body())),
                endpoint.withBody("an unknown field", JsonText.withUnknownField(endpoint.body())),
                endpoint.withBody("a field name in another case", JsonText.withFirstNameCapitalised(endpoint.body())),
                endpoint.withBody("an empty body", ""),
                endpoint.withBody("a body of spaces", "   "),
                endpoint.withBytes("an empty body", Endpoint.JSON, new byte[0]).chunked("sent chunked"),
                endpoint.withBody("a null body", "null"),
                endpoint.withBody("an array body", "[]"),
                endpoint.withBody("the body inside an array", "[" + valid + "]"),
                endpoint.withBody("the body inside another object", "{\"request\":" + valid + "}"),
                endpoint.withBody("a string body", "\"x\""),
                endpoint.withBody("a number body", "1"),
                endpoint.withBody("not JSON", "{" + firstKey + ": x}"),
                endpoint.withBody("single quotes", valid.replace('"', '\'')),
                endpoint.withBody("a trailing comma", valid.substring(0, valid.length() - 1) + ",}"),
                endpoint.withBody("a comment", "/* x */" + valid),
                endpoint.withBody("a truncated body", valid.substring(0, valid.length() / 2)),
                endpoint.withBody("a raw NUL inside a string", valid.replaceFirst("\":\"", "\":\"\u0000")),
                endpoint.withBody("deep nesting", "[".repeat(5000) + "]".repeat(5000)),
                endpoint.withBody("nesting 17 deep around the body", "[".repeat(16) + valid + "]".repeat(16)));
    }

    private static List<BadRequest> tooLarge(Endpoint endpoint) {
        String valid = JsonText.text(endpoint.body());
        String just = " ".repeat(64 * KIB + 1 - valid.length()) + valid;
        String beyondServer = " ".repeat(200 * KIB) + valid;
        List<BadRequest> requests = new ArrayList<>();
        for (BadRequest big : List.of(
                endpoint.withBody("a valid body padded with spaces to 64 KiB + 1 byte", just),
                endpoint.withBody("a valid body padded with spaces to 200 KiB, beyond the HTTP server's limit",
                        beyondServer),
                endpoint.withBody("a 70 KB string in an unknown field",
                        "{\"pad\":\"" + "x".repeat(70_000) + "\"," + valid.substring(1)),
                endpoint.withBody("a 2 MB string in an unknown field",
                        "{\"pad\":\"" + "x".repeat(2_000_000) + "\"," + valid.substring(1)))) {
            requests.add(big);
            requests.add(big.chunked("sent chunked"));
        }
        return requests;
    }

    private static List<BadRequest> notUtf8(Endpoint endpoint) {
        String valid = JsonText.text(endpoint.body());
        List<BadRequest> requests = new ArrayList<>();
        for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16,
                Charset.forName("UTF-32BE"), Charset.forName("UTF-32LE"), Charset.forName("UTF-32"))) {
            BadRequest encoded = endpoint.withBytes(charset.name() + (charset == StandardCharsets.UTF_16
                    ? " with its byte-order mark" : ""), Endpoint.JSON, valid.getBytes(charset));
            requests.add(encoded);
            requests.add(encoded.chunked("sent chunked"));
        }
        requests.add(endpoint.withBytes("UTF-16 labelled so", "application/json; charset=utf-16",
                valid.getBytes(StandardCharsets.UTF_16LE)));
        requests.add(endpoint.withBytes("a UTF-8 byte-order mark", Endpoint.JSON,
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, JsonText.utf8(valid))));
        requests.add(endpoint.withBytes("a Latin-1 byte in a string", Endpoint.JSON,
                intoFirstString(valid, new byte[] {(byte) 0xE9})));
        requests.add(endpoint.withBytes("a truncated UTF-8 sequence in a string", Endpoint.JSON,
                intoFirstString(valid, new byte[] {(byte) 0xC3, '('})));
        requests.add(endpoint.withBytes("an overlong UTF-8 encoding of '/' in a string", Endpoint.JSON,
                intoFirstString(valid, new byte[] {(byte) 0xC0, (byte) 0xAF})));
        requests.add(endpoint.withBytes("a UTF-8 encoded surrogate in a string", Endpoint.JSON,
                intoFirstString(valid, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})));
        return requests;
    }

    private static List<BadRequest> notJson(Endpoint endpoint) {
        byte[] valid = JsonText.utf8(JsonText.text(endpoint.body()));
        List<BadRequest> requests = new ArrayList<>();
        requests.add(endpoint.withBytes("no content type", null, valid));
        for (String type : WRONG_CONTENT_TYPES) {
            requests.add(endpoint.withBytes("content type '" + type + "'", type, valid));
        }
        List<BadRequest.Header> twoTypes = new ArrayList<>(endpoint.validHeaders());
        twoTypes.add(new BadRequest.Header("Content-Type", "text/plain"));
        requests.add(BadRequest.post("two Content-Type headers, application/json and text/plain", endpoint.path(),
                Endpoint.JSON, twoTypes, valid));
        for (String accept : BadAccepts.VALUES) {
            List<BadRequest.Header> headers = new ArrayList<>(endpoint.validHeaders());
            headers.add(new BadRequest.Header("Accept", accept));
            requests.add(BadRequest.post("Accept '" + accept + "'", endpoint.path(), Endpoint.JSON, headers, valid));
        }
        return requests;
    }

    /**
     * The body's bytes with these bytes at the start of its first string value: the reader meets them while it reads
     * the document, before any field's own rule could refuse the value.
     */
    private static byte[] intoFirstString(String valid, byte[] inserted) {
        int at = valid.indexOf("\":\"") + 3;
        return concat(concat(JsonText.utf8(valid.substring(0, at)), inserted), JsonText.utf8(valid.substring(at)));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
