package org.kisti.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kisti.events.loan.InstallmentPaid;
import org.kisti.events.loan.LoanDisbursed;
import org.kisti.events.loan.LoanEvent;
import org.kisti.events.member.MemberEnrolled;
import org.kisti.events.member.MemberEvent;
import org.kisti.events.savings.SavingsAccountOpened;
import org.kisti.events.savings.SavingsDeposited;
import org.kisti.events.savings.SavingsEvent;

/** Every published event type, and the topic each stream goes to. The one place a consumer looks a type up. */
public final class EventCatalog {

    public static final String MEMBERS_TOPIC = "kisti.members.v1";
    public static final String SAVINGS_TOPIC = "kisti.savings.v1";
    public static final String LOANS_TOPIC = "kisti.loans.v1";
    public static final List<String> TOPICS = List.of(MEMBERS_TOPIC, SAVINGS_TOPIC, LOANS_TOPIC);

    private static final List<Class<? extends KistiEvent>> TYPES = List.of(
            MemberEnrolled.class,
            SavingsAccountOpened.class, SavingsDeposited.class,
            LoanDisbursed.class, InstallmentPaid.class);

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
        if (MemberEvent.class.isAssignableFrom(type)) {
            return MEMBERS_TOPIC;
        }
        if (SavingsEvent.class.isAssignableFrom(type)) {
            return SAVINGS_TOPIC;
        }
        if (LoanEvent.class.isAssignableFrom(type)) {
            return LOANS_TOPIC;
        }
        throw new IllegalArgumentException(type.getName() + " belongs to no context's topic");
    }

    public static Optional<Class<? extends KistiEvent>> byCeType(String ceType) {
        return Optional.ofNullable(BY_CE_TYPE.get(ceType));
    }
}
