package org.kisti.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
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

/** Turns every refusal into RFC 9457 problem+json, naming the field and the rule where there is one. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
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
            InvalidFormatException.class, UnrecognizedPropertyException.class, ValueInstantiationException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
        String rule;
        if (e instanceof InvalidFormatException format) {
            rule = "cannot read " + quoted(format.getValue()) + " as " + format.getTargetType().getSimpleName();
        } else if (e instanceof UnrecognizedPropertyException) {
            rule = "is not a known field";
        } else if (e instanceof ValueInstantiationException instantiation && instantiation.getCause() != null) {
            rule = instantiation.getCause().getMessage();
        } else if (e instanceof JsonMappingException) {
            rule = "has the wrong type or shape";
        } else {
            rule = "the body is not valid JSON";
        }
        return respond(ProblemException.invalid(field.isEmpty() ? "body" : field, rule), uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        ProblemException problem = new ProblemException(401, "unauthenticated", "Unauthenticated",
                "a valid bearer token is required", List.of());
        return Response.fromResponse(respond(problem, uri)).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemException.forbidden("this token's roles do not allow this action"), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        return respond(new ProblemException(status, "http-" + status, title, e.getMessage(), List.of()), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
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

    static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        // Some deserialisers lose the path; the parser still knows which field it was reading.
        if (path.isEmpty() && e.getProcessor() instanceof JsonParser parser) {
            try {
                return parser.currentName() == null ? "" : parser.currentName();
            } catch (java.io.IOException ignored) {
                return "";
            }
        }
        return path.toString();
    }

    private static String quoted(Object value) {
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }
}
