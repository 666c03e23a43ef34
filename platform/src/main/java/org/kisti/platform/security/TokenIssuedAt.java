package org.kisti.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A token issued in the future is refused (401): a clock that far off, or a token minted to outlive its lifetime, is
 * not one to trust. SmallRye JWT checks expiry with a skew, but not the issue time; the same skew
 * ({@code kisti.security.clock-skew}, a minute) applies here. A token without {@code iat} is refused too: MicroProfile
 * JWT requires the claim.
 */
public class TokenIssuedAt {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @ConfigProperty(name = "kisti.security.clock-skew", defaultValue = "PT60S")
    Duration skew;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 2)
    public void refuseTokensFromTheFuture() {
        if (identity.isAnonymous()) {
            return; // @RolesAllowed answers 401 for the missing token
        }
        long issuedAt = token.getIssuedAtTime();
        if (issuedAt <= 0 || Instant.ofEpochSecond(issuedAt).isAfter(Instant.now().plus(skew))) {
            throw new AuthenticationFailedException("the token's iat is missing or in the future");
        }
    }
}
