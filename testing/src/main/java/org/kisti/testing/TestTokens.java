package org.kisti.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RS256 tokens signed with the test key pair in this module's resources: a key for tests only, published on purpose,
 * trusted by nothing but test JVMs. Tokens never expire within a test run (one day).
 */
public final class TestTokens {

    public static final String ISSUER = "https://tests.kisti.local";
    static final String PUBLIC_KEY_RESOURCE = "org/kisti/testing/test-public.pem";
    private static final String PRIVATE_KEY_RESOURCE = "/org/kisti/testing/test-private.pem";
    private static final long LIFETIME_SECONDS = 24 * 3600;

    private TestTokens() {}

    public static String staff(String... orgs) {
        return mint("staff@" + String.join(",", orgs), List.of("org-staff"), List.of(orgs));
    }

    public static String funder(String... orgs) {
        return mint("funder@" + String.join(",", orgs), List.of("funder"), List.of(orgs));
    }

    public static String auditor(String... orgs) {
        return mint("auditor@" + String.join(",", orgs), List.of("auditor"), List.of(orgs));
    }

    public static String mint(String subject, List<String> roles, List<String> orgs) {
        long now = System.currentTimeMillis() / 1000;
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"kisti-test\"}";
        String claims = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject + "\""
                + ",\"groups\":" + jsonArray(roles) + ",\"kisti_orgs\":" + jsonArray(orgs)
                + ",\"iat\":" + now + ",\"exp\":" + (now + LIFETIME_SECONDS) + "}";
        String signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(privateKey());
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64Url(rs256.sign());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot sign a test token", e);
        }
    }

    private static PrivateKey privateKey() throws IOException, GeneralSecurityException {
        try (InputStream in = TestTokens.class.getResourceAsStream(PRIVATE_KEY_RESOURCE)) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        }
    }

    private static String jsonArray(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
