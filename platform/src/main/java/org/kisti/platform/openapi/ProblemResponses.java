package org.kisti.platform.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the refusals every endpoint shares, once, instead of on each resource: 401 and 403 everywhere; 400, 413
 * and 415 where a body is read; 400 where a path names an id; 428 where an Idempotency-Key is required. A resource
 * still documents its own 404 and 422, which say something about that resource.
 */
public class ProblemResponses implements OASFilter {

    private static final String PROBLEM = "application/problem+json";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(operation -> {
            APIResponses responses = operation.getResponses();
            if (responses == null) {
                return;
            }
            add(responses, "401", "No valid bearer token");
            add(responses, "403", "The token's roles or organisations do not allow this");
            if (path.contains("{")) {
                add(responses, "400", "A path id breaks the identifier rule, or the input breaks a rule; nothing stored");
            }
            if (operation.getRequestBody() != null) {
                add(responses, "400", "The body breaks the input contract; the problem names the field; nothing stored");
                add(responses, "413", "The body is larger than 64 KiB");
                add(responses, "415", "The body is not application/json in UTF-8");
            }
            if (requiresIdempotencyKey(operation)) {
                add(responses, "428", "No Idempotency-Key: a request that moves money must carry one");
            }
        }));
    }

    private static boolean requiresIdempotencyKey(Operation operation) {
        List<Parameter> parameters = operation.getParameters();
        return parameters != null && parameters.stream()
                .anyMatch(p -> "Idempotency-Key".equals(p.getName()) && Boolean.TRUE.equals(p.getRequired()));
    }

    private static void add(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        APIResponse response = OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(PROBLEM, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))));
        responses.addAPIResponse(status, response);
    }
}
