package org.kisti.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kisti.events.collection.CollectionEvent;
import org.kisti.events.collection.CollectionLineHeld;
import org.kisti.events.collection.CollectionSheetPosted;
import org.kisti.events.collection.HeldCashResolved;
import org.kisti.events.loan.InstallmentPaid;
import org.kisti.events.loan.LoanDisbursed;
import org.kisti.events.loan.LoanEvent;
import org.kisti.events.loan.LoanRepaid;
import org.kisti.events.loan.LoanReopened;
import org.kisti.events.loan.LoanRescheduled;
import org.kisti.events.loan.LoanRecoveryReceived;
import org.kisti.events.loan.LoanSettledEarly;
import org.kisti.events.loan.LoanWrittenOff;
import org.kisti.events.loan.WriteOffPolicySet;
import org.kisti.events.loan.RepaymentReversed;
import org.kisti.events.member.MemberEnrolled;
import org.kisti.events.member.MemberEvent;
import org.kisti.events.member.MemberExitRequested;
import org.kisti.events.member.MemberExited;
import org.kisti.events.member.MemberTrainingCompleted;
import org.kisti.events.member.MemberTransferred;
import org.kisti.events.member.PersonalDataErased;
import org.kisti.events.organisation.BranchClosed;
import org.kisti.events.organisation.BranchOpened;
import org.kisti.events.organisation.CohesionGroupFormed;
import org.kisti.events.organisation.EligibilityPolicySet;
import org.kisti.events.organisation.FederationLevelsNamed;
import org.kisti.events.organisation.FederationUnitAffiliated;
import org.kisti.events.organisation.FederationUnitFormed;
import org.kisti.events.organisation.GroupAffiliated;
import org.kisti.events.organisation.GroupClosed;
import org.kisti.events.organisation.GroupFormed;
import org.kisti.events.organisation.GroupMeetingChanged;
import org.kisti.events.organisation.GroupOfficerAssigned;
import org.kisti.events.organisation.HolidayDeclared;
import org.kisti.events.organisation.WeeklyDaysOffSet;
import org.kisti.events.organisation.OrganisationEvent;
import org.kisti.events.origination.FundRegistered;
import org.kisti.events.origination.LendingPolicySet;
import org.kisti.events.origination.LoanApplied;
import org.kisti.events.origination.LoanApproved;
import org.kisti.events.origination.LoanProductVersioned;
import org.kisti.events.origination.LoanRejected;
import org.kisti.events.origination.LoanWithdrawn;
import org.kisti.events.origination.OriginationEvent;
import org.kisti.events.savings.SavingsAccountClosed;
import org.kisti.events.savings.SavingsAccountOpened;
import org.kisti.events.savings.SavingsCollectionLineHeld;
import org.kisti.events.savings.SavingsDeposited;
import org.kisti.events.savings.SavingsEvent;
import org.kisti.events.savings.SavingsInterestPosted;
import org.kisti.events.savings.SavingsLienPlaced;
import org.kisti.events.savings.SavingsLienReleased;
import org.kisti.events.savings.SavingsProductVersioned;
import org.kisti.events.savings.SavingsWithdrawn;

/** Every published event type, and the topic each stream goes to. The one place a consumer looks a type up. */
public final class EventCatalog {

    public static final String MEMBERS_TOPIC = "kisti.members.v1";
    public static final String SAVINGS_TOPIC = "kisti.savings.v1";
    public static final String LOANS_TOPIC = "kisti.loans.v1";
    public static final List<String> TOPICS = List.of(MEMBERS_TOPIC, SAVINGS_TOPIC, LOANS_TOPIC);

    private static final List<Class<? extends KistiEvent>> TYPES = List.of(
            MemberEnrolled.class, MemberTrainingCompleted.class, MemberTransferred.class, MemberExitRequested.class,
            MemberExited.class, PersonalDataErased.class,
            BranchOpened.class, BranchClosed.class, GroupFormed.class, GroupMeetingChanged.class,
            GroupOfficerAssigned.class, GroupClosed.class, CohesionGroupFormed.class, EligibilityPolicySet.class,
            HolidayDeclared.class, FederationLevelsNamed.class, FederationUnitFormed.class,
            FederationUnitAffiliated.class, GroupAffiliated.class, WeeklyDaysOffSet.class,
            SavingsAccountOpened.class, SavingsDeposited.class, SavingsWithdrawn.class, SavingsAccountClosed.class,
            SavingsProductVersioned.class, SavingsInterestPosted.class, SavingsLienPlaced.class,
            SavingsLienReleased.class, SavingsCollectionLineHeld.class,
            LoanDisbursed.class, InstallmentPaid.class, LoanRepaid.class, RepaymentReversed.class,
            LoanReopened.class, LoanSettledEarly.class, LoanWrittenOff.class, LoanRecoveryReceived.class,
            WriteOffPolicySet.class, LoanRescheduled.class,
            LoanProductVersioned.class, LendingPolicySet.class, FundRegistered.class, LoanApplied.class,
            LoanApproved.class, LoanRejected.class, LoanWithdrawn.class,
            CollectionSheetPosted.class, CollectionLineHeld.class, HeldCashResolved.class);

    private static final Map<String, Class<? extends KistiEvent>> BY_CE_TYPE =
            TYPES.stream().collect(Collectors.toUnmodifiableMap(EventCatalog::ceType, Function.identity()));

    private EventCatalog() {}

    public static List<Class<? extends KistiEvent>> types() {
        return TYPES;
    }

    public static EventType typeOf(Class<?> eventClass) {
        EventType type = eventClass.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not a published event (no @EventType)");
        }
        return type;
    }

    /** The CloudEvents type: the published name with its version, e.g. {@code org.kisti.loans.LoanDisbursed.v1}. */
    public static String ceType(Class<?> eventClass) {
        EventType type = typeOf(eventClass);
        return type.name() + ".v" + type.version();
    }

    /** The topic a type's stream goes to, by the context it belongs to. */
    public static String topicOf(Class<? extends KistiEvent> type) {
        if (MemberEvent.class.isAssignableFrom(type) || OrganisationEvent.class.isAssignableFrom(type)) {
            return MEMBERS_TOPIC;
        }
        if (SavingsEvent.class.isAssignableFrom(type) || type == SavingsProductVersioned.class) {
            return SAVINGS_TOPIC;
        }
        if (LoanEvent.class.isAssignableFrom(type) || OriginationEvent.class.isAssignableFrom(type)
                || CollectionEvent.class.isAssignableFrom(type) || type == WriteOffPolicySet.class) {
            return LOANS_TOPIC;
        }
        throw new IllegalArgumentException(type.getName() + " belongs to no context's topic");
    }

    /** The type published under a CloudEvents type, current version or any older one an upcast leads from. */
    public static Optional<Class<? extends KistiEvent>> byCeType(String ceType) {
        Class<? extends KistiEvent> current = BY_CE_TYPE.get(ceType);
        if (current != null) {
            return Optional.of(current);
        }
        return olderVersion(ceType).map(VersionedType::type);
    }

    /**
     * Reads a published or stored event of any readable version as the current type: the one way every consumer turns
     * bytes into a fact, so an older version's JSON goes through {@link EventUpcasts} and never straight to a record.
     *
     * @return empty when no version of the type is known to this build
     */
    public static Optional<KistiEvent> read(ObjectMapper json, String ceType, byte[] value) throws IOException {
        Class<? extends KistiEvent> current = BY_CE_TYPE.get(ceType);
        if (current != null) {
            return Optional.of(json.readValue(value, current));
        }
        Optional<VersionedType> older = olderVersion(ceType);
        if (older.isEmpty()) {
            return Optional.empty();
        }
        JsonNode tree = json.readTree(value);
        if (!(tree instanceof ObjectNode object)) {
            throw new IOException(ceType + " is not a JSON object");
        }
        ObjectNode upcast = EventUpcasts.toCurrent(older.get().type(), older.get().version(), object);
        return Optional.of(json.treeToValue(upcast, older.get().type()));
    }

    private record VersionedType(Class<? extends KistiEvent> type, int version) {}

    private static Optional<VersionedType> olderVersion(String ceType) {
        int dot = ceType == null ? -1 : ceType.lastIndexOf(".v");
        if (dot < 0 || !ceType.substring(dot + 2).matches("[1-9][0-9]{0,2}")) {
            return Optional.empty();
        }
        String name = ceType.substring(0, dot);
        int version = Integer.parseInt(ceType.substring(dot + 2));
        return TYPES.stream().filter(type -> typeOf(type).name().equals(name))
                .filter(type -> EventUpcasts.readable(type, version))
                .map(type -> new VersionedType(type, version)).findFirst();
    }
}
