package org.kisti.member.holiday;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kisti.events.organisation.HolidayDeclared;
import org.kisti.events.organisation.OrganisationEvent;
import org.kisti.events.organisation.WeeklyDaysOffSet;
import org.kisti.eventsourcing.history.EventHistory;
import org.kisti.eventsourcing.idempotency.Created;
import org.kisti.eventsourcing.idempotency.IdempotentCreation;
import org.kisti.member.branch.BranchView;
import org.kisti.platform.input.PlainText;
import org.kisti.platform.input.ValidId;
import org.kisti.platform.problem.ProblemException;
import org.kisti.platform.security.Roles;

/** Declared holidays, published so loan-service can move due dates off them. */
@Path("/v1/orgs/{orgId}/holidays")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Holidays")
public class HolidayResource {

    @Schema(name = "HolidayRequest", description = "A day no group meets")
    public record HolidayRequest(
            @Schema(example = "2026-03-26") @NotNull LocalDate date,
            @Schema(example = "Independence Day", maxLength = 200) @NotNull @PlainText(max = 200) String name,
            @Schema(description = "Only this branch's groups; the whole organisation when absent") @ValidId
            String branchId) {}

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;
    private final EventHistory history;

    public HolidayResource(CommandGateway commands, IdempotentCreation idempotent, EventHistory history) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.history = history;
    }

    @POST
    @RolesAllowed({Roles.ORG_STAFF, Roles.ADMIN})
    @Operation(summary = "Declare a holiday for the organisation or one branch")
    public Response declare(@PathParam("orgId") String orgId,
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey, @Valid @NotNull HolidayRequest request) {
        if (request.branchId() != null
                && BranchView.from(history.factsIfAny(orgId, request.branchId(), OrganisationEvent.class)) == null) {
            throw ProblemException.ruleBroken("branchId", "names no branch of this organisation");
        }
        return idempotent.create(orgId, idempotencyKey, "declare-holiday", request, () -> {
            String holidayId = UUID.randomUUID().toString();
            commands.sendAndWait(new DeclareHoliday(orgId, HolidayCalendar.idOf(orgId), holidayId,
                    request.branchId(), request.date(), request.name()));
            return new Created(URI.create("/v1/orgs/" + orgId + "/holidays"),
                    new HolidayDeclared(orgId, holidayId, request.branchId(), request.date(), request.name()));
        });
    }

    @GET
    @RolesAllowed({Roles.ORG_STAFF, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Every declared holiday, in date order")
    public List<HolidayDeclared> holidays(@PathParam("orgId") String orgId) {
        return calendar(orgId, HolidayDeclared.class).stream()
                .sorted(Comparator.comparing(HolidayDeclared::date)).toList();
    }

    @Schema(name = "WeeklyDaysOffRequest", description = "The organisation's weekly days off from a date on")
    public record DaysOffRequest(
            @Schema(example = "2026-01-01") @NotNull LocalDate effectiveFrom,
            @Schema(example = "[\"FRIDAY\"]") @NotNull @Size(max = 6) List<@NotNull DayOfWeek> days) {}

    @PUT
    @Path("/weekly-days-off")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set the organisation's weekly days off from a date on (none until set)")
    public List<WeeklyDaysOffSet> setDaysOff(@PathParam("orgId") String orgId,
            @Valid @NotNull DaysOffRequest request) {
        commands.sendAndWait(new SetWeeklyDaysOff(orgId, HolidayCalendar.idOf(orgId), request.effectiveFrom(),
                request.days()));
        return daysOff(orgId);
    }

    @GET
    @Path("/weekly-days-off")
    @RolesAllowed({Roles.ORG_STAFF, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Every version of the weekly days off")
    public List<WeeklyDaysOffSet> daysOff(@PathParam("orgId") String orgId) {
        return calendar(orgId, WeeklyDaysOffSet.class);
    }

    /** The calendar's facts of one kind: holidays and days off share the organisation's calendar. */
    private <E extends OrganisationEvent> List<E> calendar(String orgId, Class<E> type) {
        return history.factsIfAny(orgId, HolidayCalendar.idOf(orgId), OrganisationEvent.class).stream()
                .filter(type::isInstance).map(type::cast).toList();
    }
}
