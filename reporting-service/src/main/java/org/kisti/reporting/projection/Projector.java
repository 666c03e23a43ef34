package org.kisti.reporting.projection;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import org.kisti.events.KistiEvent;
import org.kisti.events.loan.InstallmentPaid;
import org.kisti.events.loan.LoanDisbursed;
import org.kisti.events.loan.LoanEvent;
import org.kisti.events.loan.LoanRecoveryReceived;
import org.kisti.events.loan.LoanRescheduled;
import org.kisti.events.loan.LoanSettledEarly;
import org.kisti.events.loan.LoanWrittenOff;
import org.kisti.events.loan.Reallocation;
import org.kisti.events.loan.RepaymentReversed;
import org.kisti.events.member.MemberEnrolled;
import org.kisti.events.member.MemberExited;
import org.kisti.events.member.MemberTransferred;
import org.kisti.events.organisation.BranchOpened;
import org.kisti.events.organisation.FederationUnitAffiliated;
import org.kisti.events.organisation.FederationUnitFormed;
import org.kisti.events.organisation.GroupAffiliated;
import org.kisti.events.organisation.GroupFormed;
import org.kisti.events.organisation.GroupOfficerAssigned;
import org.kisti.events.organisation.OrganisationEvent;
import org.kisti.events.origination.FundRegistered;
import org.kisti.events.savings.SavingsAccountOpened;
import org.kisti.events.savings.SavingsDeposited;
import org.kisti.events.savings.SavingsInterestPosted;
import org.kisti.events.savings.SavingsWithdrawn;

/**
 * Applies one event to the projection tables in one transaction, together with the aggregate's applied position, so
 * a crash leaves either the whole event applied or none of it, and a redelivered event is recognised and ignored.
 */
@ApplicationScoped
public class Projector {

    private static final Logger LOG = Logger.getLogger(Projector.class);

    /**
     * Moves the aggregate's position forward only if this event is newer. One statement, so two consumers racing on
     * the same aggregate (during a rebalance) cannot both claim it: the second waits on the row lock, then finds the
     * position already moved and updates nothing.
     */
    static final String CLAIM = """
            insert into applied_position (aggregate_id, last_sequence) values (:aggregateId, :sequence)
            on conflict (aggregate_id) do update set last_sequence = excluded.last_sequence
            where applied_position.last_sequence < excluded.last_sequence""";

    /** Moves a partition's provenance forward, never back (a replayed parked record is older than the head). */
    static final String ADVANCE = """
            insert into applied_offset (topic, kafka_partition, next_offset) values (?1, ?2, ?3)
            on conflict (topic, kafka_partition) do update set next_offset = excluded.next_offset
            where applied_offset.next_offset < excluded.next_offset""";

    /**
     * @param record where the event was read, moved as applied in the same transaction; null for a parked record's
     *     replay, which the partition's provenance has passed already
     * @return true if the event was applied, false if it had been applied before
     */
    public Uni<Boolean> apply(RecordPosition record, String aggregateId, long sequence, KistiEvent event) {
        return apply(record, aggregateId, sequence, event, null);
    }

    /**
     * The same, into the tables of another schema (a rebuild's), or the current ones if null.
     *
     * @param schema a name this service chose, never caller input: it goes into the statement as is
     */
    public Uni<Boolean> apply(RecordPosition record, String aggregateId, long sequence, KistiEvent event,
            String schema) {
        return Panache.withTransaction(() -> (schema == null ? Uni.createFrom().voidItem()
                : Statements.execute("set local search_path to " + schema))
                .chain(() -> claim(aggregateId, sequence))
                .chain(claimed -> claimed ? write(event).chain(() -> standing(event, schema)).replaceWith(true)
                        : Uni.createFrom().item(false))
                .call(() -> record == null ? Uni.createFrom().voidItem()
                        : Statements.execute(ADVANCE, record.topic(), record.partition(), record.offset() + 1)));
    }

    /** Where a record was read: topic, partition and its offset. */
    public record RecordPosition(String topic, int partition, long offset) {

        static RecordPosition of(org.apache.kafka.clients.consumer.ConsumerRecord<?, ?> record) {
            return new RecordPosition(record.topic(), record.partition(), record.offset());
        }
    }

    private static Uni<Boolean> claim(String aggregateId, long sequence) {
        return Panache.getSession()
                .chain(session -> session.createNativeMutationQuery(CLAIM)
                        .setParameter("aggregateId", aggregateId)
                        .setParameter("sequence", sequence)
                        .executeUpdate())
                .map(rows -> rows == 1);
    }

    /**
     * A loan fact changes the loan's standing: derived here, in the fact's transaction, on the live path; only marked
     * during a rebuild's replay, which derives every marked loan in batches before it switches (a loan's many facts
     * would otherwise derive it as many times).
     */
    private static Uni<Void> standing(KistiEvent event, String schema) {
        if (!(event instanceof LoanEvent loan) || !CHANGE_STANDING.contains(event.getClass())) {
            return Uni.createFrom().voidItem();
        }
        return schema == null ? LoanStandings.derive(loan.loanId()) : LoanStandings.mark(loan.loanId());
    }

    /** The loan facts the standing is derived from (LoanStandings reads their rows). */
    private static final Set<Class<?>> CHANGE_STANDING = Set.of(LoanDisbursed.class, LoanRescheduled.class,
            InstallmentPaid.class, LoanSettledEarly.class, LoanWrittenOff.class, RepaymentReversed.class);

    /** Each payment whose split a later fact changed takes the split that fact records, one update at a time. */
    private static Uni<Void> reallocate(List<Reallocation> changed) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Reallocation split : changed) {
            chain = chain.chain(() -> Statements.execute("update loan_repayment set principal_paid = ?1,"
                    + " interest_paid = ?2, fee_paid = ?3 where payment_id = ?4", split.principalPaid().amount(),
                    split.interestPaid().amount(), split.feePaid().amount(), split.paymentId()));
        }
        return chain;
    }

    /** The organisation's structure, as far as a roll-up attributes by it. */
    private static Uni<Void> organisation(OrganisationEvent event) {
        if (event instanceof BranchOpened opened) {
            return AttributionRows.branch(opened);
        }
        if (event instanceof GroupFormed formed) {
            return AttributionRows.group(formed);
        }
        if (event instanceof GroupOfficerAssigned assigned) {
            return AttributionRows.officer(assigned);
        }
        if (event instanceof FederationUnitFormed unit) {
            return AttributionRows.unit(unit);
        }
        if (event instanceof GroupAffiliated affiliated) {
            return AttributionRows.affiliation(affiliated);
        }
        if (event instanceof FederationUnitAffiliated affiliated) {
            return AttributionRows.affiliation(affiliated);
        }
        LOG.debugf("no projection for %s", event.getClass().getSimpleName());
        return Uni.createFrom().voidItem();
    }

    private static Uni<Void> write(KistiEvent event) {
        if (event instanceof MemberEnrolled enrolled) {
            return Rows.member(enrolled).persist().chain(() -> AttributionRows.memberGroup(enrolled));
        }
        if (event instanceof MemberExited exited) {
            return Statements.execute("update member set exit_date = ?1 where member_id = ?2", exited.exitDate(),
                    exited.memberId());
        }
        if (event instanceof MemberTransferred transferred) {
            return Statements.execute("update member set group_id = ?1 where member_id = ?2",
                    transferred.toGroupId(), transferred.memberId())
                    .chain(() -> AttributionRows.memberGroup(transferred));
        }
        if (event instanceof OrganisationEvent organisation) {
            return organisation(organisation);
        }
        if (event instanceof FundRegistered fund) {
            return AttributionRows.fund(fund);
        }
        if (event instanceof SavingsAccountOpened opened) {
            return Rows.savingsAccount(opened).persist().replaceWithVoid();
        }
        if (event instanceof SavingsDeposited deposited) {
            return Rows.deposit(deposited).persist().replaceWithVoid();
        }
        if (event instanceof SavingsWithdrawn withdrawn) {
            return Rows.withdrawal(withdrawn).persist().replaceWithVoid();
        }
        if (event instanceof SavingsInterestPosted posted) {
            return Rows.interest(posted).persist().replaceWithVoid();
        }
        if (event instanceof LoanDisbursed disbursed) {
            return Rows.loan(disbursed).persist()
                    .chain(() -> ArrearsRows.schedule(disbursed.loanId(), disbursed.disbursedOn(), disbursed.schedule()));
        }
        if (event instanceof LoanRescheduled rescheduled) {
            return ArrearsRows.reschedule(rescheduled.loanId(), rescheduled.effectiveOn(), rescheduled.schedule());
        }
        if (event instanceof InstallmentPaid paid) {
            return Rows.repayment(paid).persist().chain(() -> reallocate(paid.reallocated()))
                    .chain(() -> ArrearsRows.splits(paid.paymentId(), paid.loanId(), paid.paidOn(), paid.splits()))
                    .chain(() -> ArrearsRows.reallocated(paid.loanId(), paid.reallocated()));
        }
        if (event instanceof LoanSettledEarly settled) {
            // Her settlement is a repayment like any other; what was rebated was never owed principal, and with
            // what she paid it settles every instalment from that day.
            return Rows.settlement(settled).persist()
                    .chain(() -> Statements.execute("update loan set rebated = true where loan_id = ?1",
                            settled.loanId()))
                    .chain(() -> ArrearsRows.splits(settled.paymentId(), settled.loanId(), settled.settledOn(),
                            settled.splits()))
                    .chain(() -> ArrearsRows.splits("rebate:" + settled.paymentId(), settled.loanId(),
                            settled.settledOn(), settled.rebated()));
        }
        if (event instanceof LoanWrittenOff writtenOff) {
            return Statements.execute("update loan set written_off_on = ?1, principal_written_off = ?2"
                    + " where loan_id = ?3", writtenOff.writtenOffOn(), writtenOff.principal().amount(),
                    writtenOff.loanId());
        }
        if (event instanceof LoanRecoveryReceived recovery) {
            return Statements.execute("insert into loan_recovery (recovery_id, loan_id, org_id, amount, currency,"
                    + " recovered_on) values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing", recovery.recoveryId(),
                    recovery.loanId(), recovery.orgId(), recovery.amount().amount(), recovery.amount().currency(),
                    recovery.recoveredOn());
        }
        if (event instanceof RepaymentReversed reversal) {
            // A reversed payment counts at no date: its row goes, and the payments it shifted take their new splits.
            return Statements.execute("delete from loan_repayment where payment_id = ?1", reversal.paymentId())
                    .chain(() -> reallocate(reversal.reallocated()))
                    .chain(() -> ArrearsRows.delete(reversal.paymentId()))
                    .chain(() -> ArrearsRows.reallocated(reversal.loanId(), reversal.reallocated()));
        }
        // A catalogued type no figure needs yet: its position still moves, so it is not looked at again.
        LOG.debugf("no projection for %s", event.getClass().getSimpleName());
        return Uni.createFrom().voidItem();
    }
}
