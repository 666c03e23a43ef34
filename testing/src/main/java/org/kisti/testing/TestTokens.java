package org.kisti.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.kisti.devstack.JwtSigner;

/**
 * Tokens signed with the test key pair in this module's resources: a key for tests only, published on purpose,
 * trusted by nothing but test JVMs. Tokens never expire within a test run (one day).
 */
public final class TestTokens {

    public static final String ISSUER = "https://tests.kisti.local";
    /** The funder a {@link #funder} token names. */
    public static final String FUNDER = "pksf";
    static final String PUBLIC_KEY_RESOURCE = "org/kisti/testing/test-public.pem";
    private static final String PRIVATE_KEY_RESOURCE = "/org/kisti/testing/test-private.pem";
    private static final JwtSigner SIGNER = signer();

    private TestTokens() {}

    public static String staff(String... orgs) {
        return mint("staff@" + String.join(",", orgs), List.of("org-staff"), List.of(orgs));
    }

    /** A funder's token seeing the loans of the funder {@value #FUNDER}. */
    public static String funder(String... orgs) {
        return funderOf(List.of(FUNDER), orgs);
    }

    /** A funder's token seeing the loans of these funders ({@code kisti_funders}; none: the claim left out). */
    public static String funderOf(List<String> funders, String... orgs) {
        return SIGNER.mint("funder@" + String.join(",", orgs), List.of("funder"), List.of(orgs), funders);
    }

    public static String auditor(String... orgs) {
        return mint("auditor@" + String.join(",", orgs), List.of("auditor"), List.of(orgs));
    }

    public static String mint(String subject, List<String> roles, List<String> orgs) {
        return SIGNER.mint(subject, roles, orgs);
    }

    /** A staff token issued at the given moment, for the given audience (none if null). */
    public static String staffIssuedAt(Instant issuedAt, String audience, String... orgs) {
        return SIGNER.mint("staff@" + String.join(",", orgs), List.of("org-staff"), List.of(orgs), issuedAt, audience);
    }

    private static JwtSigner signer() {
        try (InputStream in = TestTokens.class.getResourceAsStream(PRIVATE_KEY_RESOURCE)) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            return new JwtSigner(JwtSigner.privateKeyFromPem(pem), ISSUER, "kisti-test", Duration.ofDays(1));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the test signing key", e);
        }
    }
}
