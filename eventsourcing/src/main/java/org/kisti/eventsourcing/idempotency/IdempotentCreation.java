package org.kisti.eventsourcing.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.kisti.platform.problem.ProblemException;

/**
 * Runs a creating command at most once per {@code Idempotency-Key}: field apps on weak mobile networks retry, and a
 * retried deposit must not become two deposits. The first answer is stored in the same transaction as the events the
 * command appends, so either both are kept or neither; a repeat gets the stored answer and stores nothing new.
 */
@Singleton
public class IdempotentCreation {

    public static final String HEADER = org.kisti.platform.http.IdempotencyKeys.HEADER;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    /**
     * Runs the creation, once per key when there is one. Whether a key is required (an endpoint that
     * {@link org.kisti.platform.http.MovesMoney}) and what a key may be is checked before the request gets here, by
     * {@link org.kisti.platform.http.IdempotencyKeys}; without a key a retry creates a second.
     */
    @Transactional
    public Response create(String orgId, String key, String operation, Object request, Supplier<Created> command) {
        if (key == null) {
            return respond(command.get());
        }
        String fingerprint = fingerprint(operation, request);
        Optional<Response> earlier = earlierAnswer(orgId, key, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Created created = command.get();
        remember(orgId, key, fingerprint, created);
        return respond(created);
    }

    private Response respond(Created created) {
        return Response.created(created.location()).entity(created.body()).type(MediaType.APPLICATION_JSON).build();
    }

    private Optional<Response> earlierAnswer(String orgId, String key, String fingerprint) {
        String sql = "select fingerprint, location, body from idempotent_request where org_id = ? and idempotency_key = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, orgId);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                if (!row.getString("fingerprint").equals(fingerprint)) {
                    throw ProblemException.ruleBroken(HEADER, "was already used for a different request");
                }
                return Optional.of(Response.created(URI.create(row.getString("location")))
                        .entity(row.getString("body"))
                        .type(MediaType.APPLICATION_JSON)
                        .build());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read idempotency keys", e);
        }
    }

    private void remember(String orgId, String key, String fingerprint, Created created) {
        String sql = "insert into idempotent_request (org_id, idempotency_key, fingerprint, location, body)"
                + " values (?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, orgId);
            insert.setString(2, key);
            insert.setString(3, fingerprint);
            insert.setString(4, created.location().toString());
            insert.setString(5, json.writeValueAsString(created.body()));
            insert.executeUpdate();
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                // A concurrent retry with the same key won the race; this attempt rolls back, events included.
                throw ProblemException.conflict(HEADER, "a request with this key is being processed; retry");
            }
            throw new IllegalStateException("cannot store the idempotency key", e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the answer", e);
        }
    }

    private String fingerprint(String operation, Object request) {
        try {
            byte[] canonical = (operation + "\n" + json.writeValueAsString(request)).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }
}
