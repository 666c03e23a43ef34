package org.kisti.eventsourcing.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.kisti.platform.problem.ProblemException;
import org.kisti.platform.problem.ProblemMappers;

/** Axon's refusals in problem+json: an unknown aggregate is a 404, a lost race for the same aggregate a 409. */
public class AxonProblemMappers {

    @ServerExceptionMapper
    public Response aggregateNotFound(AggregateNotFoundException e, UriInfo uri) {
        return ProblemMappers.respond(ProblemException.notFound("no such resource: " + e.getAggregateIdentifier()), uri);
    }

    // AggregateStreamCreationException is not a ConcurrencyException in Axon 4.12: both mean another writer won.
    @ServerExceptionMapper({ConcurrencyException.class, AggregateStreamCreationException.class})
    public Response concurrentChange(RuntimeException e, UriInfo uri) {
        return ProblemMappers.respond(ProblemException.conflict("path",
                "the resource was changed by another request at the same moment; retry"), uri);
    }
}
