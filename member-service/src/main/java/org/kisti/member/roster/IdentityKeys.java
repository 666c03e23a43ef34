package org.kisti.member.roster;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The keyed hash under which a household id or national id is compared across members. A plain hash of a 10- or
 * 17-digit national id is reversed by trying them all; with a key kept in the deployment's secrets it is not, and the
 * tables that enforce uniqueness hold nothing a leak could read back.
 */
@ApplicationScoped
public class IdentityKeys {

    private final SecretKeySpec key;

    public IdentityKeys(@ConfigProperty(name = "kisti.member.identity-key") String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** 64 hex characters; the organisation is part of the input, so equal ids in two organisations never match. */
    public String of(String orgId, String kind, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(
                    mac.doFinal((orgId + "\n" + kind + "\n" + value).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
