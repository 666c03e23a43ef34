package org.kisti.loan.facts;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.kisti.events.EventCatalog;
import org.kisti.events.member.MemberTrainingCompleted;
import org.kisti.events.organisation.EligibilityPolicySet;
import org.kisti.eventsourcing.inbox.InboxEvent;
import org.kisti.eventsourcing.inbox.InboxView;

/** Members' trainings and how many weeks count as trained, from the members topic, for the training rule. */
@Singleton
public class TrainingView implements InboxView {

    @Override
    public String topic() {
        return EventCatalog.MEMBERS_TOPIC;
    }

    @Override
    public void apply(InboxEvent event, Connection connection) throws SQLException {
        if (event.data() instanceof MemberTrainingCompleted training) {
            try (PreparedStatement insert = connection.prepareStatement("insert into member_training (org_id,"
                    + " member_id, training_id, weeks, completed_on, seen_event_id) values (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, training.orgId());
                insert.setString(2, training.memberId());
                insert.setString(3, training.trainingId());
                insert.setInt(4, training.weeks());
                insert.setObject(5, training.completedOn());
                insert.setString(6, event.eventId());
                insert.executeUpdate();
            }
        } else if (event.data() instanceof EligibilityPolicySet policy) {
            try (PreparedStatement insert = connection.prepareStatement("insert into training_threshold (org_id,"
                    + " effective_from, weeks, seen_event_id) values (?, ?, ?, ?)")) {
                insert.setString(1, policy.orgId());
                insert.setObject(2, policy.effectiveFrom());
                insert.setObject(3, policy.trainedAfterWeeks());
                insert.setString(4, event.eventId());
                insert.executeUpdate();
            }
        }
    }
}
