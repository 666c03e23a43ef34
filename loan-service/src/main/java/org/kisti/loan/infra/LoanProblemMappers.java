package org.kisti.loan.infra;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.kisti.loan.schedule.InvalidLoanTermsException;
import org.kisti.platform.problem.ProblemException;
import org.kisti.platform.problem.ProblemMappers;

public class LoanProblemMappers {

    /** Terms the engine refuses are bad input: 400, naming the field as the engine does. */
    @ServerExceptionMapper
    public Response invalidTerms(InvalidLoanTermsException e, UriInfo uri) {
        return ProblemMappers.respond(ProblemException.invalid(e.field(), e.rule()), uri);
    }
}
