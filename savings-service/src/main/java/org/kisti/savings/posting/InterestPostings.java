package org.kisti.savings.posting;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.kisti.events.savings.SavingsEvent;
import org.kisti.events.savings.SavingsInterestPosted;
import org.kisti.events.savings.SavingsProductVersioned;
import org.kisti.eventsourcing.history.EventHistory;
import org.kisti.eventsourcing.jdbc.Sql;
import org.kisti.savings.product.SavingsProducts;

/**
 * A posting run: every open account of the organisation on a product whose posting period ends on the day gets its
 * {@link PostInterest}, and each account's rule decides what, if anything, to credit (a period posted already is
 * never posted again). The run is one transaction: it posts every account or none, and can simply be run again.
 */
@Singleton
public class InterestPostings {

    private final DataSource dataSource;
    private final CommandGateway commands;
    private final SavingsProducts products;
    private final EventHistory history;

    public InterestPostings(DataSource dataSource, CommandGateway commands, SavingsProducts products,
            EventHistory history) {
        this.dataSource = dataSource;
        this.commands = commands;
        this.products = products;
        this.history = history;
    }

    /** What one run did: how many accounts it looked at, and each posting it made. */
    public record Run(String orgId, LocalDate periodEnd, int accountsConsidered, List<SavingsInterestPosted> postings) {}

    public Run post(String orgId, LocalDate periodEnd) {
        Map<String, List<SavingsProductVersioned>> versions = new HashMap<>();
        List<String[]> accounts = accounts(orgId, periodEnd);
        List<SavingsInterestPosted> postings = new ArrayList<>();
        for (String[] account : accounts) {
            List<SavingsProductVersioned> product = versions.computeIfAbsent(account[1],
                    id -> products.versions(orgId, id));
            SavingsInterestPosted posted = commands.sendAndWait(new PostInterest(orgId, account[0],
                    derivedId(account[0], periodEnd), periodEnd, product));
            if (posted != null) {
                postings.add(posted);
            }
        }
        return new Run(orgId, periodEnd, accounts.size(), postings);
    }

    /** The postings of a period end across the organisation, as their accounts' events say. */
    public Run of(String orgId, LocalDate periodEnd) {
        List<String[]> accounts = accounts(orgId, periodEnd);
        List<SavingsInterestPosted> postings = new ArrayList<>();
        for (String[] account : accounts) {
            history.factsIfAny(orgId, account[0], SavingsEvent.class).stream()
                    .filter(SavingsInterestPosted.class::isInstance).map(SavingsInterestPosted.class::cast)
                    .filter(p -> !p.closing() && p.periodEnd().equals(periodEnd)).forEach(postings::add);
        }
        return new Run(orgId, periodEnd, accounts.size(), postings);
    }

    /** One posting per account and period end, ever: a replayed run gives the same id. */
    private static String derivedId(String accountId, LocalDate periodEnd) {
        return UUID.nameUUIDFromBytes(("interest\n" + accountId + "\n" + periodEnd)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    private List<String[]> accounts(String orgId, LocalDate periodEnd) {
        List<String[]> accounts = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = Sql.prepared(connection, "select account_id, product_id from savings_account"
                        + " where org_id = ? and product_id is not null and opened_on <= ? and (closed_on is null or"
                        + " closed_on > ?) order by account_id", orgId, periodEnd, periodEnd);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                accounts.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the organisation's savings accounts", e);
        }
        return accounts;
    }
}
