package org.kisti.savings.infra;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import org.kisti.eventsourcing.views.MembersView;

/** The other contexts' facts this service keeps: the members, to open accounts only for real, active ones. */
public class SavingsViews {

    @Produces
    @Singleton
    MembersView members(DataSource dataSource) {
        return new MembersView(dataSource);
    }
}
