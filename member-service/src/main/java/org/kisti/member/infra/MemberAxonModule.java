package org.kisti.member.infra;

import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.kisti.eventsourcing.axon.AxonModule;
import org.kisti.member.enrolment.Member;

@Singleton
public class MemberAxonModule implements AxonModule {

    @Override
    public void configure(Configurer configurer) {
        configurer.configureAggregate(Member.class);
    }
}
