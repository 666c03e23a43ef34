package org.kisti.platform.http;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.kisti.events.Identifier;
import org.kisti.platform.problem.ProblemException;

/**
 * The {@code Idempotency-Key} header, for every endpoint at once: required on one that {@link MovesMoney} (428 when
 * missing or blank), optional elsewhere, and when sent, one identifier by the one rule (400). A blank key is never
 * read as no key: that would store a retried request twice.
 */
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 3)
    public void checkKey(ContainerRequestContext request, ResourceInfo resource) {
        boolean movesMoney = resource.getResourceMethod() != null
                && resource.getResourceMethod().isAnnotationPresent(MovesMoney.class);
        List<String> keys = request.getHeaders().get(HEADER);
        if (keys == null || keys.isEmpty() || (keys.size() == 1 && keys.get(0).isBlank())) {
            if (movesMoney) {
                throw ProblemException.preconditionRequired(HEADER, "is required for a request that moves money");
            }
            if (keys != null && !keys.isEmpty()) {
                throw ProblemException.invalid(HEADER, "must not be blank: send a key, or none");
            }
            return;
        }
        if (keys.size() > 1) {
            throw ProblemException.invalid(HEADER, "must be sent once");
        }
        if (!Identifier.isValid(keys.get(0))) {
            throw ProblemException.invalid(HEADER, Identifier.RULE);
        }
    }
}
