package org.kisti.platform.problem;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.kisti.platform.json.JsonRuleViolation;

/** Turns every refusal into RFC 9457 problem+json, naming the field and the rule where there is one. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        if (e.status() == 503) { // a refusal for now: say when to try again, as for an outage
            return Response.fromResponse(respond(e, uri)).header(HttpHeaders.RETRY_AFTER, "5").build();
        }
        return respond(e, uri);
    }

    @ServerExceptionMapper
    public Response ruleBroken(BusinessRuleViolation e, UriInfo uri) {
        return respond(ProblemException.ruleBroken(e.field(), e.rule()), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolated(ConstraintViolationException e, UriInfo uri) {
        List<FieldViolation> violations = e.getConstraintViolations().stream()
                .map(v -> new FieldViolation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::rule))
                .toList();
        return respond(ProblemException.invalid(violations), uri);
    }

    // Listed one by one: Quarkus ships its own mapper for MismatchedInputException (an empty 400), and the most
    // specific mapper wins.
    @ServerExceptionMapper({JsonProcessingException.class, JsonMappingException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class, ValueInstantiationException.class,
            JsonRuleViolation.class, StreamReadException.class, InputCoercionException.class,
            StreamConstraintsException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = JsonRules.fieldOf(e);
        return respond(ProblemException.invalid(field.isEmpty() ? "body" : field, JsonRules.ruleOf(e)), uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        ProblemException problem = ProblemException.about(401, "unauthenticated", "Unauthenticated",
                HttpHeaders.AUTHORIZATION, "must carry a valid bearer token, issued no later than now");
        return Response.fromResponse(respond(problem, uri)).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemException.forbidden("this token's roles do not allow this action"), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        // Quarkus's JSON reader wraps most Jackson refusals (syntax, duplicate keys, limits) in a bare 400; the cause
        // still says which field and which rule.
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        FieldViolation about = switch (status) {
            case 404 -> new FieldViolation("path", "matches no resource of this service");
            case 405 -> new FieldViolation("method", "is not allowed on this resource");
            case 406 -> new FieldViolation(HttpHeaders.ACCEPT, "must accept application/json");
            case 415 -> new FieldViolation(HttpHeaders.CONTENT_TYPE, "must be application/json in UTF-8");
            default -> new FieldViolation("request", title == null ? "cannot be served" : title.toLowerCase());
        };
        Response problem = respond(ProblemException.about(status, "http-" + status, title, about.field(), about.rule()),
                uri);
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? problem : Response.fromResponse(problem).header(HttpHeaders.ALLOW, allow).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (Outages.isOutage(e)) {
            LOG.warnf("a store this service depends on is unreachable: %s", e.getMessage());
            ProblemException unavailable = ProblemException.about(503, "unavailable", "Service unavailable", "request",
                    "cannot be served while a store this service depends on is unreachable; nothing was stored; retry");
            return Response.fromResponse(respond(unavailable, uri)).header(HttpHeaders.RETRY_AFTER, "5").build();
        }
        LOG.error("unexpected failure", e);
        return respond(new ProblemException(500, "internal", "Internal error",
                "the request failed unexpectedly; nothing was stored", List.of()), uri);
    }

    public static Response respond(ProblemException e, UriInfo uri) {
        return Response.status(e.status())
                .type(Problem.MEDIA_TYPE)
                .entity(e.toProblem(uri.getRequestUri().getRawPath()))
                .build();
    }

    /** The request field a violation is about: the property path without the method and parameter names. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                String name = node.getName() == null ? "" : node.getName();
                names.add(node.getIndex() != null ? name + "[" + node.getIndex() + "]" : name);
            }
        }
        if (names.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return String.join(".", names);
    }
}
