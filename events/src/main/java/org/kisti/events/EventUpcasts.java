package org.kisti.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.kisti.events.loan.InstallmentPaid;
import org.kisti.events.loan.LoanDisbursed;
import org.kisti.events.origination.LoanProductVersioned;
import org.kisti.events.member.MemberEnrolled;
import org.kisti.events.savings.SavingsAccountOpened;
import org.kisti.events.savings.SavingsProductVersioned;

/**
 * How a stored or published event of an older version becomes the current one. Events are facts and are never
 * rewritten: the event store and the topics keep the old JSON, and every reader (Axon's upcaster chain, each Kafka
 * consumer) turns it into the current shape on the way in, by these steps and only these.
 *
 * <p>Bumping a type's version means adding its step here, keeping the old fixture ({@code Type.vN.json}) as the
 * stored JSON the step is tested on, and pinning the new one.
 */
public final class EventUpcasts {

    /** One change of a type's JSON from {@code fromVersion} to the next version. */
    public record Step(Class<? extends KistiEvent> type, int fromVersion, UnaryOperator<ObjectNode> change) {}

    private static final List<Step> STEPS = List.of(
            // v2 added the cohesion group; members enrolled before cohesion groups existed belong to none.
            new Step(MemberEnrolled.class, 1, json -> {
                json.putNull("cohesionGroupId");
                return json;
            }),
            // v2 added where a loan came from; a v1 loan was disbursed directly, from no application.
            new Step(LoanDisbursed.class, 1, json -> {
                json.putNull("origin");
                return json;
            }),
            // v3 added the savings a loan's product required (held as a lien); older loans record none.
            new Step(LoanDisbursed.class, 2, json -> {
                if (json.get("origin") instanceof ObjectNode origin) {
                    origin.putNull("savingsRequired");
                }
                return json;
            }),
            // v2 records the allocation rules and the split per instalment; a v1 payment was allocated by rules 1 in
            // date order, changed no other payment, and kept no per-instalment split.
            new Step(InstallmentPaid.class, 1, json -> {
                json.put("allocation", "kisti-allocation/1");
                json.putNull("splits");
                json.putArray("reallocated");
                return json;
            }),
            // v2 added the early-settlement rebate policy (products set before it rebate pro rata, the field's norm)
            // and the holiday rule for due dates (before it, due dates stayed where the calendar put them).
            new Step(LoanProductVersioned.class, 1, json -> {
                json.put("rebatePolicy", "PRO_RATA");
                json.put("holidayRule", "STAYS");
                return json;
            }),
            // v2 added the savings product; an account opened before products existed follows none.
            new Step(SavingsAccountOpened.class, 1, json -> {
                json.putNull("productId");
                return json;
            }),
            // v2 added a term savings product's term; versions recorded before it have none.
            new Step(SavingsProductVersioned.class, 1, json -> {
                json.putNull("termMonths");
                return json;
            }),
            // v3 added group-owned accounts (a self-help group's fund); every older account is a member's.
            new Step(SavingsAccountOpened.class, 2, json -> {
                json.putNull("groupId");
                return json;
            }));

    private EventUpcasts() {}

    /** Whether JSON of this version can be read as the current type: it is current, or steps lead there. */
    public static boolean readable(Class<? extends KistiEvent> type, int version) {
        int current = EventCatalog.typeOf(type).version();
        for (int v = version; v < current; v++) {
            if (step(type, v).isEmpty()) {
                return false;
            }
        }
        return version >= 1 && version <= current;
    }

    /** The JSON of a type at {@code version}, brought to the current version (the node itself is changed). */
    public static ObjectNode toCurrent(Class<? extends KistiEvent> type, int version, ObjectNode json) {
        ObjectNode result = json;
        for (int v = version; v < EventCatalog.typeOf(type).version(); v++) {
            int from = v;
            result = step(type, v).orElseThrow(() -> new IllegalArgumentException(
                    "no upcast of " + type.getSimpleName() + " from version " + from)).change().apply(result);
        }
        return result;
    }

    private static Optional<Step> step(Class<? extends KistiEvent> type, int fromVersion) {
        return STEPS.stream().filter(s -> s.type() == type && s.fromVersion() == fromVersion).findFirst();
    }
}
