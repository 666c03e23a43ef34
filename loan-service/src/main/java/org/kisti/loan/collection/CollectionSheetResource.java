package org.kisti.loan.collection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kisti.events.Money;
import org.kisti.events.collection.CollectionSheetPosted;
import org.kisti.events.collection.HeldCashResolved;
import org.kisti.eventsourcing.idempotency.Created;
import org.kisti.eventsourcing.idempotency.IdempotentCreation;
import org.kisti.platform.http.MovesMoney;
import org.kisti.platform.problem.FieldViolation;
import org.kisti.platform.problem.Problem;
import org.kisti.platform.problem.ProblemException;
import org.kisti.platform.security.Roles;

@Path("/v1/orgs/{orgId}/collection-sheets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Collection sheets")
public class CollectionSheetResource {

    private static final String KEY_DOC = "Required: money moves once per key; a retry with the same key returns the"
            + " first answer";

    private final IdempotentCreation idempotent;
    private final GroupRoster roster;
    private final SheetBook book;
    private final SheetPosting posting;
    private final SheetOutcomes outcomes;

    public CollectionSheetResource(IdempotentCreation idempotent, GroupRoster roster, SheetBook book,
            SheetPosting posting, SheetOutcomes outcomes) {
        this.idempotent = idempotent;
        this.roster = roster;
        this.book = book;
        this.posting = posting;
        this.outcomes = outcomes;
    }

    @POST
    @MovesMoney
    @RolesAllowed({Roles.ORG_STAFF, Roles.ADMIN})
    @Operation(summary = "Post a filled collection sheet: checked whole before any money moves, then recorded, each"
            + " repayment paid on its loan, each savings line moved by savings-service; a line whose money can no"
            + " longer apply is held, never dropped. The same sheet id posted again changes nothing and answers the"
            + " sheet's result")
    @APIResponse(responseCode = "201", description = "Posted; the result per line (savings lines PENDING until"
            + " savings-service has moved them)",
            content = @Content(schema = @Schema(implementation = SheetResult.class)))
    @APIResponse(responseCode = "200", description = "This sheet was posted before: its result, nothing changed",
            content = @Content(schema = @Schema(implementation = SheetResult.class)))
    @APIResponse(responseCode = "409", description = "The group already has a sheet for the meeting and this one is"
            + " not marked supplementary, or the sheet id is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A line or the cash total is wrong, naming the line's field;"
            + " nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response post(@PathParam("orgId") String orgId,
            @Parameter(required = true, description = KEY_DOC) @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull SheetRequests.FilledSheet sheet) {
        URI location = URI.create("/v1/orgs/" + orgId + "/collection-sheets/" + sheet.sheetId());
        String owner = book.ownerOf(sheet.sheetId());
        if (orgId.equals(owner)) {
            // Posted before, from this device or another: the money moved once; answer what became of it.
            return Response.ok(outcomes.of(orgId, sheet.sheetId())).location(location).build();
        }
        if (owner != null) {
            throw ProblemException.conflict("sheetId", "is taken; a sheet id is a fresh UUID");
        }
        return idempotent.create(orgId, key, "collection-sheet", sheet, () -> {
            post(orgId, sheet);
            return new Created(location, outcomes.of(orgId, sheet.sheetId()));
        });
    }

    private void post(String orgId, SheetRequests.FilledSheet sheet) {
        if (!roster.knows(orgId, sheet.groupId())) {
            throw ProblemException.ruleBroken("groupId", "is not a group of this organisation known to this"
                    + " service");
        }
        if (!sheet.isSupplementary()) {
            book.primaryOf(orgId, sheet.groupId(), sheet.meetingDate()).ifPresent(primary -> {
                throw ProblemException.conflict("supplementary", "group " + sheet.groupId() + " already has sheet "
                        + primary + " for " + sheet.meetingDate() + "; post another only as supplementary: true");
            });
        }
        List<SheetChecks.NumberedLine> lines = SheetChecks.lines(sheet);
        List<FieldViolation> violations = SheetChecks.violations(sheet, lines,
                roster.seats(orgId, sheet.groupId()));
        if (!violations.isEmpty()) {
            throw ProblemException.rulesBroken(violations);
        }
        posting.post(new SheetCommands.PostCollectionSheet(orgId, sheet.sheetId(), sheet.groupId(),
                sheet.meetingDate(), sheet.officerId(), sheet.version(), sheet.isSupplementary(),
                new Money(sheet.cashCollected(), sheet.currency()),
                sheet.members().stream().map(row -> new CollectionSheetPosted.Attendance(row.memberId(),
                        row.present())).toList(),
                lines.stream().map(SheetChecks.NumberedLine::line).toList()));
    }

    @GET
    @Path("/{sheetId}")
    @RolesAllowed({Roles.ORG_STAFF, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "A posted sheet's outcome per line (APPLIED, HELD, RESOLVED, PENDING) with the events each"
            + " line's money made; collected = applied + held + refunded + pending")
    public SheetResult result(@PathParam("orgId") String orgId, @PathParam("sheetId") String sheetId) {
        return outcomes.of(orgId, sheetId);
    }

    @POST
    @Path("/{sheetId}/lines/{line}/resolution")
    @MovesMoney
    @RolesAllowed({Roles.ORG_STAFF, Roles.ADMIN})
    @Operation(summary = "Decide what becomes of a held line's money: apply it to one of her loans, deposit it to"
            + " (or, for a withdrawal never made, withdraw it from) one of her accounts, or record it refunded")
    @APIResponse(responseCode = "201", description = "Resolved",
            content = @Content(schema = @Schema(implementation = HeldCashResolved.class)))
    @APIResponse(responseCode = "422", description = "The line holds nothing, or the loan or account is not hers or"
            + " refuses the money; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response resolve(@PathParam("orgId") String orgId, @PathParam("sheetId") String sheetId,
            @PathParam("line") int line, @Context SecurityContext user,
            @Parameter(required = true, description = KEY_DOC) @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull SheetRequests.Resolution request) {
        return idempotent.create(orgId, key, "resolve:" + sheetId + ":" + line, request, () -> {
            CollectionSheetPosted sheet = (CollectionSheetPosted) outcomes.facts(orgId, sheetId).get(0);
            CollectionSheetPosted.Line held = sheet.lines().stream().filter(l -> l.line() == line).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("sheet " + sheetId + " has no line " + line));
            requireHers(orgId, sheet.groupId(), held, request);
            HeldCashResolved resolved = posting.resolve(new SheetCommands.ResolveHeldCash(orgId, sheetId, line,
                    request.resolution(), request.targetId(), request.note(), user.getUserPrincipal().getName(),
                    request.resolvedOn()), held);
            return new Created(URI.create("/v1/orgs/" + orgId + "/collection-sheets/" + sheetId), resolved);
        });
    }

    /** Held money goes only to her own loan, or her own open account in the sheet's currency. */
    private void requireHers(String orgId, String groupId, CollectionSheetPosted.Line line,
            SheetRequests.Resolution request) {
        if (request.targetId() == null) {
            return;
        }
        GroupRoster.Seat seat = roster.seats(orgId, groupId).get(line.memberId());
        Map<String, GroupRoster.Loan> loans = seat == null ? Map.of() : seat.loans();
        Map<String, GroupRoster.Account> accounts = seat == null ? Map.of() : seat.accounts();
        if (request.resolution() == HeldCashResolved.Resolution.APPLIED_TO_LOAN) {
            if (!loans.containsKey(request.targetId())) {
                throw ProblemException.ruleBroken("targetId", "is not a loan of member " + line.memberId());
            }
        } else {
            GroupRoster.Account account = accounts.get(request.targetId());
            if (account == null || !account.currency().equals(line.amount().currency())) {
                throw ProblemException.ruleBroken("targetId", "is not a savings account of member "
                        + line.memberId() + " in " + line.amount().currency());
            }
        }
    }
}
