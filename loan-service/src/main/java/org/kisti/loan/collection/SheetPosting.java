package org.kisti.loan.collection;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.kisti.events.collection.CollectionEvent;
import org.kisti.events.collection.CollectionSheetPosted;
import org.kisti.events.collection.CollectionSheetPosted.LineKind;
import org.kisti.events.collection.HeldCashResolved;
import org.kisti.platform.problem.BusinessRuleViolation;

/**
 * Posting a sheet, inside the request's one transaction (ADR 0016): the sheet is recorded first, then each repayment
 * line is paid on its loan under the line's id, and the lines a loan refused are held on the sheet with its reason.
 * So the sheet, its loans' payments and its holds commit together or not at all, and a crash at any point leaves
 * either everything or nothing. Savings lines move in savings-service, from the sheet's published fact.
 */
@ApplicationScoped
public class SheetPosting {

    private final CommandGateway commands;

    public SheetPosting(CommandGateway commands) {
        this.commands = commands;
    }

    public void post(SheetCommands.PostCollectionSheet sheet) {
        commands.sendAndWait(sheet);
        List<SheetCommands.Hold> holds = new ArrayList<>();
        for (CollectionSheetPosted.Line line : sheet.lines()) {
            if (line.kind() == LineKind.LOAN_REPAYMENT) {
                String paymentId = CollectionEvent.lineId(sheet.sheetId(), line.line());
                String refusal = pay(sheet.orgId(), line.accountId(), paymentId, line, sheet.meetingDate(),
                        sheet.sheetId());
                if (refusal != null) {
                    holds.add(new SheetCommands.Hold(line.line(), paymentId, refusal));
                }
            }
        }
        if (!holds.isEmpty()) {
            commands.sendAndWait(new SheetCommands.HoldLines(sheet.orgId(), sheet.sheetId(), holds,
                    sheet.meetingDate()));
        }
    }

    /**
     * Staff's decision on held money. Applied to a loan, the payment is recorded in the same transaction, and a loan
     * that refuses it refuses the decision (422, nothing stored): staff are there to choose otherwise.
     */
    public HeldCashResolved resolve(SheetCommands.ResolveHeldCash command, CollectionSheetPosted.Line line) {
        HeldCashResolved resolved = commands.sendAndWait(command);
        if (resolved.resolution() == HeldCashResolved.Resolution.APPLIED_TO_LOAN) {
            String refusal = pay(command.orgId(), command.targetId(), resolved.movementId(), line,
                    command.resolvedOn(), command.sheetId());
            if (refusal != null) {
                throw new BusinessRuleViolation("targetId", "the loan refused the money: " + refusal);
            }
        }
        return resolved;
    }

    private String pay(String orgId, String loanId, String paymentId, CollectionSheetPosted.Line line,
            LocalDate paidOn, String sheetId) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(new LinePayments.ApplyLinePayment(orgId,
                loanId, paymentId, line.amount(), paidOn))
                .andMetaData(Map.of("seen.sheet", "collection sheet " + sheetId + " line " + line.line())));
    }
}
