package org.kisti.member.infra;

import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.kisti.eventsourcing.axon.AxonModule;
import org.kisti.member.branch.Branch;
import org.kisti.member.eligibility.EligibilityPolicy;
import org.kisti.member.enrolment.Member;
import org.kisti.member.federation.Federation;
import org.kisti.member.federation.FederationUnit;
import org.kisti.member.group.Group;
import org.kisti.member.holiday.HolidayCalendar;
import org.kisti.member.roster.RosterFollower;

@Singleton
public class MemberAxonModule implements AxonModule {

    private final RosterFollower rosterFollower;

    public MemberAxonModule(RosterFollower rosterFollower) {
        this.rosterFollower = rosterFollower;
    }

    @Override
    public void configure(Configurer configurer) {
        configurer.configureAggregate(Member.class);
        configurer.configureAggregate(Branch.class);
        configurer.configureAggregate(Group.class);
        configurer.configureAggregate(EligibilityPolicy.class);
        configurer.configureAggregate(Federation.class);
        configurer.configureAggregate(FederationUnit.class);
        configurer.configureAggregate(HolidayCalendar.class);
        // The command-side tables follow their facts in the transaction that appends them: a subscribing processor,
        // and a failure there fails the command rather than being logged and skipped.
        configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(RosterFollower.GROUP)
                .registerEventHandler(c -> rosterFollower)
                .registerListenerInvocationErrorHandler(RosterFollower.GROUP, c -> PropagatingErrorHandler.instance()));
    }
}
