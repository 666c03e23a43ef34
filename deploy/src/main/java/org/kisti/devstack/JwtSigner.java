package org.kisti.devstack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Signs Kisti bearer tokens (RS256) with the JDK alone: the claims the services read are the issuer, the subject,
 * {@code groups} (roles) and {@code kisti_orgs} (the organisations the token may touch). Used by the dev stack and by
 * the tests, each with a key of its own; production tokens come from an OIDC provider instead.
 */
public final class JwtSigner {

    private final PrivateKey privateKey;
    private final String issuer;
    private final String keyId;
    private final Duration lifetime;

    public JwtSigner(PrivateKey privateKey, String issuer, String keyId, Duration lifetime) {
        this.privateKey = privateKey;
        this.issuer = issuer;
        this.keyId = keyId;
        this.lifetime = lifetime;
    }

    /** Reads a PKCS#8 RSA private key from PEM text. */
    public static PrivateKey privateKeyFromPem(String pem) throws GeneralSecurityException {
        byte[] pkcs8 = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    /** A token for {@code subject} (also its upn) with the given roles (groups) and organisations (kisti_orgs). */
    public String mint(String subject, List<String> roles, List<String> orgs) {
        return mint(subject, roles, orgs, List.of());
    }

    /** The same, for a funder's token: the funders whose loans it may see ({@code kisti_funders}), if any. */
    public String mint(String subject, List<String> roles, List<String> orgs, List<String> funders) {
        return mint(subject, roles, orgs, funders, Instant.now(), null);
    }

    /** The same, issued at the given moment and, if {@code audience} is not null, for that audience ({@code aud}). */
    public String mint(String subject, List<String> roles, List<String> orgs, Instant issuedAt, String audience) {
        return mint(subject, roles, orgs, List.of(), issuedAt, audience);
    }

    private String mint(String subject, List<String> roles, List<String> orgs, List<String> funders, Instant issuedAt,
            String audience) {
        long now = issuedAt.getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":" + json(keyId) + "}";
        String payload = "{"
                + "\"iss\":" + json(issuer) + ","
                + "\"sub\":" + json(subject) + ","
                + "\"upn\":" + json(subject) + ","
                + "\"groups\":" + json(roles) + ","
                + "\"kisti_orgs\":" + json(orgs) + ","
                + (funders.isEmpty() ? "" : "\"kisti_funders\":" + json(funders) + ",")
                + (audience == null ? "" : "\"aud\":" + json(audience) + ",")
                + "\"iat\":" + now + ","
                + "\"exp\":" + (now + lifetime.toSeconds())
                + "}";
        String signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(payload.getBytes(StandardCharsets.UTF_8));
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(privateKey);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64Url(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA256withRSA is part of every JDK", e);
        }
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String json(List<String> values) {
        return values.stream().map(JwtSigner::json).collect(Collectors.joining(",", "[", "]"));
    }

    private static String json(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
