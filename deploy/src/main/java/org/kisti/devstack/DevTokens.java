package org.kisti.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mints RS256 JWTs that the services accept (they verify with dev-public.pem and the issuer below), using the JDK
 * only. The key pair is made once and kept in the home, so tokens printed earlier stay valid across restarts.
 * Dev tooling only: the private key sits unprotected on disk.
 */
public final class DevTokens {
    public static final String ISSUER = "https://devstack.kisti.local";
    public static final String KEY_ID = "kisti-dev";
    public static final Duration LIFETIME = Duration.ofHours(12);

    /**
     * What a token grants: roles (the groups claim), the organisations it may touch (kisti_orgs) and, for a funder,
     * the funders whose loans it sees (kisti_funders).
     */
    record Grant(List<String> roles, List<String> orgs, List<String> funders) {
        Grant(List<String> roles, List<String> orgs) {
            this(roles, orgs, List.of());
        }
    }

    /** The tokens the dev stack mints on every start, by name (also the subject). */
    static final Map<String, Grant> STANDARD = standard();

    private final JwtSigner signer;
    private final Path publicKeyPem;

    private DevTokens(PrivateKey privateKey, Path publicKeyPem) {
        this.signer = new JwtSigner(privateKey, ISSUER, KEY_ID, LIFETIME);
        this.publicKeyPem = publicKeyPem;
    }

    private static Map<String, Grant> standard() {
        Map<String, Grant> tokens = new LinkedHashMap<>();
        tokens.put("staff", new Grant(List.of("org-staff"), List.of("org-demo")));
        tokens.put("funder", new Grant(List.of("funder"), List.of("org-demo"), List.of("pksf")));
        tokens.put("auditor", new Grant(List.of("auditor"), List.of("org-demo")));
        tokens.put("admin", new Grant(List.of("admin"), List.of("org-demo")));
        // Same role in another organisation: for checking that one tenant cannot touch another's data.
        tokens.put("other-staff", new Grant(List.of("org-staff"), List.of("org-other")));
        return tokens;
    }

    /** Loads the key pair from {@code keyDir}, generating dev-private.pem and dev-public.pem on first use. */
    public static DevTokens loadOrCreate(Path keyDir) throws IOException, GeneralSecurityException {
        Path privatePem = keyDir.resolve("dev-private.pem");
        Path publicPem = keyDir.resolve("dev-public.pem");
        if (!Files.exists(privatePem) || !Files.exists(publicPem)) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(keyDir);
            // getEncoded(): PKCS#8 for the private key, X.509 SubjectPublicKeyInfo for the public one.
            Files.writeString(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.setPosixFilePermissions(privatePem, PosixFilePermissions.fromString("rw-------"));
            Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        }
        return new DevTokens(JwtSigner.privateKeyFromPem(Files.readString(privatePem)), publicPem);
    }

    /** The public key the services verify with (mp.jwt.verify.publickey.location). */
    public Path publicKeyPem() {
        return publicKeyPem;
    }

    /** A token for {@code subject} (also its upn) with the given roles (groups) and organisations (kisti_orgs). */
    public String mint(String subject, List<String> roles, List<String> orgs) {
        return signer.mint(subject, roles, orgs);
    }

    /** Mints the standard tokens and writes each to {@code dir}/&lt;name&gt;.jwt; returns name to token. */
    Map<String, String> mintStandard(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, String> tokens = new LinkedHashMap<>();
        for (var entry : STANDARD.entrySet()) {
            String token = signer.mint(entry.getKey(), entry.getValue().roles(), entry.getValue().orgs(),
                    entry.getValue().funders());
            Files.writeString(dir.resolve(entry.getKey() + ".jwt"), token);
            tokens.put(entry.getKey(), token);
        }
        return tokens;
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
