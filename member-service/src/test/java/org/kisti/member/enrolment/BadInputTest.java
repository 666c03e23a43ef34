package org.kisti.member.enrolment;

import static org.kisti.testing.badinput.Field.optional;
import static org.kisti.testing.badinput.Field.required;
import static org.kisti.testing.badinput.Field.requiredEnum;
import static org.kisti.testing.badinput.FieldKind.DATE;
import static org.kisti.testing.badinput.FieldKind.DECIMAL;
import static org.kisti.testing.badinput.FieldKind.FACT_DATE;
import static org.kisti.testing.badinput.FieldKind.IDENTIFIER;
import static org.kisti.testing.badinput.FieldKind.TEXT;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kisti.member.Organisations;
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.TestTokens;
import org.kisti.testing.badinput.BadInputProbe;
import org.kisti.testing.badinput.BadRequests;
import org.kisti.testing.badinput.BadRequests.IdempotencyKey;
import org.kisti.testing.badinput.StoredFacts;
import org.kisti.testing.badinput.ValidBodies;

/**
 * Generated bad enrolments and member lookups (ADR 0009): each answered 4xx problem+json naming a field, none storing
 * anything.
 */
@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class BadInputTest {

    private static final String ORG = "org-badinput";

    @TestHTTPResource
    URL root;

    @Inject
    DataSource dataSource;

    @Test
    void everyGeneratedBadEnrolmentIsAProblemNamingAFieldAndStoresNothing() {
        String group = Organisations.group(ORG);
        Map<String, Object> everyField = new LinkedHashMap<>(ValidBodies.enrolment(group));
        everyField.put("cohesionGroupId", Organisations.cohesionGroup(ORG, group, "Team 1"));
        everyField.put("nationalId", "19901234567890123");
        BadRequests enrolments = new BadRequests("/v1/orgs/" + ORG + "/members", List.of(ORG), everyField,
                List.of(required("groupId", IDENTIFIER), optional("cohesionGroupId", IDENTIFIER), required("name", TEXT),
                        required("dateOfBirth", DATE), requiredEnum("gender", "FEMALE", "MALE", "THIRD_GENDER"),
                        required("householdId", IDENTIFIER), required("landDecimals", DECIMAL),
                        optional("nationalId", IDENTIFIER), required("enrolledOn", FACT_DATE)),
                IdempotencyKey.OPTIONAL);

        BadInputProbe.assertAllRefused("POST /members", root, TestTokens.staff(ORG), enrolments.all(),
                StoredFacts.in(dataSource));
    }

    @Test
    void everyGeneratedBadMemberPathIsAProblemNamingItAndStoresNothing() {
        BadInputProbe.assertAllRefused("GET /members/{memberId}", root, TestTokens.staff(ORG),
                BadRequests.paths("/v1/orgs/" + ORG + "/members/m-1", List.of(ORG, "m-1")),
                StoredFacts.in(dataSource));
    }
}
