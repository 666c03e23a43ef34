package org.kisti.member.infra;

import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.kisti.eventsourcing.axon.AxonModule;
import org.kisti.member.branch.Branch;
import org.kisti.member.eligibility.EligibilityPolicy;
import org.kisti.member.enrolment.Member;
import org.kisti.member.group.Group;

@Singleton
public class MemberAxonModule implements AxonModule {

    @Override
    public void configure(Configurer configurer) {
        configurer.configureAggregate(Member.class);
        configurer.configureAggregate(Branch.class);
        configurer.configureAggregate(Group.class);
        configurer.configureAggregate(EligibilityPolicy.class);
    }
}
