package org.kisti.member.roster;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A member's personal data (ADR 0008): date of birth, gender, household, land and national id. Kept only here, in
 * a row an erasure can delete, never in an event or on Kafka.
 */
@ApplicationScoped
public class PersonalData {

    /** What the organisation knows of her beyond her name. */
    public record Record(LocalDate dateOfBirth, String gender, String householdId, BigDecimal landDecimals,
            String nationalId) {}

    private final DataSource dataSource;

    public PersonalData(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void store(String orgId, String memberId, Record record) {
        String sql = "insert into member_personal (org_id, member_id, date_of_birth, gender, household_id,"
                + " land_decimals, national_id) values (?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, orgId);
            insert.setString(2, memberId);
            insert.setDate(3, Date.valueOf(record.dateOfBirth()));
            insert.setString(4, record.gender());
            insert.setString(5, record.householdId());
            insert.setBigDecimal(6, record.landDecimals());
            insert.setString(7, record.nationalId());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store personal data", e);
        }
    }

    public Optional<Record> of(String orgId, String memberId) {
        String sql = "select date_of_birth, gender, household_id, land_decimals, national_id from member_personal"
                + " where org_id = ? and member_id = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, orgId);
            select.setString(2, memberId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Record(row.getDate(1).toLocalDate(), row.getString(2), row.getString(3),
                        row.getBigDecimal(4), row.getString(5)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read personal data", e);
        }
    }

    public void erase(String orgId, String memberId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from member_personal where org_id = ? and member_id = ?")) {
            delete.setString(1, orgId);
            delete.setString(2, memberId);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot erase personal data", e);
        }
    }
}
