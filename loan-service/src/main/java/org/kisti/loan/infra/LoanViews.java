package org.kisti.loan.infra;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import org.kisti.eventsourcing.views.MembersView;

/** The other contexts' facts this service keeps: the members, to lend only to real, active ones. */
public class LoanViews {

    @Produces
    @Singleton
    MembersView members(DataSource dataSource) {
        return new MembersView(dataSource);
    }
}
