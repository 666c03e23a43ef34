package org.kisti.member.enrolment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kisti.events.EventFixtures;
import org.kisti.events.member.MemberEnrolled;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.TestTokens;

/** A member enrolled before version 2, as her event sits in the store, read through the upcaster. */
@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class StoredVersionOneTest {

    @Inject
    DataSource dataSource;

    @Test
    void aMemberStoredAsVersion1IsReadWithNoCohesionGroup() throws Exception {
        String stored = new String(EventFixtures.json(MemberEnrolled.class, 1), StandardCharsets.UTF_8)
                .replace("\"m-1\"", "\"m-legacy-1\"");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into domain_event_entry"
                        + " (event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type,"
                        + " payload_revision, payload, meta_data) values (?, 'm-legacy-1', 0, 'Member',"
                        + " '2026-01-05T09:12:44.512Z', 'org.kisti.events.member.MemberEnrolled', '1', ?, '{}')")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, stored);
            insert.executeUpdate();
        }

        given().auth().oauth2(TestTokens.auditor("org-demo"))
                .when().get("/v1/orgs/{org}/members/{id}", "org-demo", "m-legacy-1")
                .then().statusCode(200)
                .body("name", equalTo("Rahima Begum"))
                .body("groupId", equalTo("g-7"))
                .body("cohesionGroupId", nullValue());
        given().auth().oauth2(TestTokens.auditor("org-demo"))
                .when().get("/v1/orgs/{org}/members/{id}/events", "org-demo", "m-legacy-1")
                .then().statusCode(200)
                .body("[0].type", equalTo("org.kisti.members.MemberEnrolled.v2"));
    }
}
