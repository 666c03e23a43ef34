package org.kisti.loan.application;

import static org.kisti.testing.badinput.Field.required;
import static org.kisti.testing.badinput.Field.requiredEnum;
import static org.kisti.testing.badinput.FieldKind.AMOUNT;
import static org.kisti.testing.badinput.FieldKind.COUNT;
import static org.kisti.testing.badinput.FieldKind.CURRENCY;
import static org.kisti.testing.badinput.FieldKind.DATE;
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
import org.kisti.testing.KistiTestResource;
import org.kisti.testing.TestTokens;
import org.kisti.testing.badinput.BadInputProbe;
import org.kisti.testing.badinput.BadRequests;
import org.kisti.testing.badinput.BadRequests.IdempotencyKey;
import org.kisti.testing.badinput.StoredFacts;
import org.kisti.testing.badinput.ValidBodies;

/** Generated bad fund, product-version, application and decision requests (ADR 0009): each refused, none stored. */
@QuarkusTest
@QuarkusTestResource(KistiTestResource.class)
class OriginationBadInputTest {

    private static final String ORG = "org-badinput-origination";

    @TestHTTPResource
    URL root;

    @Inject
    DataSource dataSource;

    @Test
    void everyGeneratedBadFundOrProductIsAProblemNamingAFieldAndStoresNothing() {
        String admin = TestTokens.mint("admin", List.of("admin"), List.of(ORG));
        BadInputProbe.assertAllRefused("POST /funds", root, admin, new BadRequests("/v1/orgs/" + ORG + "/funds",
                List.of(ORG), Map.of("name", "AB Bank line", "funderId", "ab-bank", "currency", "BDT",
                        "registeredOn", "2026-01-01"),
                List.of(required("name", TEXT), required("funderId", IDENTIFIER), required("currency", CURRENCY),
                        required("registeredOn", FACT_DATE)), IdempotencyKey.OPTIONAL).all(),
                StoredFacts.in(dataSource));
        Map<String, Object> product = new LinkedHashMap<>(ValidBodies.loanProduct("core"));
        BadInputProbe.assertAllRefused("POST /loan-products", root, admin, new BadRequests("/v1/orgs/" + ORG
                + "/loan-products", List.of(ORG), product,
                List.of(required("effectiveFrom", DATE), required("name", TEXT), required("currency", CURRENCY),
                        required("minAmount", AMOUNT), required("maxAmount", AMOUNT),
                        requiredEnum("frequency", "WEEKLY", "FORTNIGHTLY", "MONTHLY"),
                        requiredEnum("interestMethod", "FLAT", "DECLINING_EQUAL_INSTALLMENT",
                                "DECLINING_EQUAL_PRINCIPAL", "INTEREST_FREE"),
                        requiredEnum("rateBasis", "PER_YEAR", "PER_LOAN")), IdempotencyKey.OPTIONAL).all(),
                StoredFacts.in(dataSource));
    }

    @Test
    void everyGeneratedBadApplicationOrDecisionIsAProblemNamingAFieldAndStoresNothing() {
        String staff = TestTokens.staff(ORG);
        Map<String, Object> application = new LinkedHashMap<>();
        application.put("memberId", "m-1");
        application.put("productId", "prod-1");
        application.put("amount", "10000.00");
        application.put("currency", "BDT");
        application.put("installments", 46);
        application.put("purpose", "POULTRY");
        application.put("fundId", "fund-1");
        application.put("appliedOn", "2026-02-02");
        application.put("disbursementDate", "2026-02-09");
        application.put("firstRepaymentDate", "2026-02-24");
        BadInputProbe.assertAllRefused("POST /loan-applications", root, staff, new BadRequests("/v1/orgs/" + ORG
                + "/loan-applications", List.of(ORG), application,
                List.of(required("memberId", IDENTIFIER), required("productId", IDENTIFIER),
                        required("amount", AMOUNT), required("currency", CURRENCY), required("installments", COUNT),
                        required("purpose", IDENTIFIER), required("fundId", IDENTIFIER),
                        required("appliedOn", FACT_DATE), required("disbursementDate", DATE),
                        required("firstRepaymentDate", DATE)), IdempotencyKey.OPTIONAL).all(),
                StoredFacts.in(dataSource));
        BadInputProbe.assertAllRefused("POST /approval", root, staff, new BadRequests("/v1/orgs/" + ORG
                + "/loan-applications/a-1/approval", List.of(ORG, "a-1"), Map.of("approvedOn", "2026-02-05"),
                List.of(required("approvedOn", FACT_DATE)), IdempotencyKey.OPTIONAL).all(),
                StoredFacts.in(dataSource));
        BadInputProbe.assertAllRefused("POST /rejection", root, staff, new BadRequests("/v1/orgs/" + ORG
                + "/loan-applications/a-1/rejection", List.of(ORG, "a-1"),
                Map.of("rejectedOn", "2026-02-05", "reason", "Withdrawn"),
                List.of(required("rejectedOn", FACT_DATE), required("reason", TEXT)), IdempotencyKey.OPTIONAL).all(),
                StoredFacts.in(dataSource));
    }
}
