package org.kisti.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.kisti.platform.json.RestJsonCustomizer;
import org.kisti.platform.json.StrictJson;

/** The strict reading of request bodies and the field and rule a refusal names, on a record shaped like a request. */
class StrictJsonRefusalTest {

    record Rounding(BigDecimal unit, RoundingMode mode) {}

    record Request(String groupId, int installments, BigDecimal amount, LocalDate paidOn, Rounding rounding) {}

    private static final ObjectMapper JSON = mapper();

    /** As Quarkus builds it: its own modules (java.time among them) first, then the customizers by priority. */
    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule());
        new RestJsonCustomizer().customize(mapper);
        return mapper;
    }

    private static final String VALID = """
            {"groupId":"g-7","installments":46,"amount":"245.00","paidOn":"2026-01-19",
             "rounding":{"unit":"1","mode":"HALF_UP"}}""";

    @Test
    void aValidRequestIsRead() throws Exception {
        Request request = JSON.readValue(VALID, Request.class);

        assertThat(request.amount()).isEqualByComparingTo("245.00");
        assertThat(request.paidOn()).isEqualTo(LocalDate.of(2026, 1, 19));
        assertThat(request.rounding().mode()).isEqualTo(RoundingMode.HALF_UP);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            amount as a JSON number          | "amount":"245.00"      | "amount":245.00          | amount
            amount with an exponent          | "amount":"245.00"      | "amount":"1e400000"      | amount
            amount with a tiny exponent      | "amount":"245.00"      | "amount":"1e-400000000"  | amount
            amount with a plus sign          | "amount":"245.00"      | "amount":"+1.00"         | amount
            amount with leading zeros        | "amount":"245.00"      | "amount":"0245.00"       | amount
            amount with a bare point         | "amount":"245.00"      | "amount":"245."          | amount
            amount too long                  | "amount":"245.00"      | "amount":"1234567890123456789012345" | amount
            amount with spaces               | "amount":"245.00"      | "amount":" 245.00"       | amount
            date as epoch days               | "paidOn":"2026-01-19"  | "paidOn":20260105        | paidOn
            date as an array                 | "paidOn":"2026-01-19"  | "paidOn":[2026,1,19]     | paidOn
            date-time for a date             | "paidOn":"2026-01-19"  | "paidOn":"2026-01-19T00:00:00" | paidOn
            a signed far year                | "paidOn":"2026-01-19"  | "paidOn":"+999999999-12-31" | paidOn
            year 0                           | "paidOn":"2026-01-19"  | "paidOn":"0000-01-01"    | paidOn
            year 9999                        | "paidOn":"2026-01-19"  | "paidOn":"9999-12-31"    | paidOn
            a year before the window         | "paidOn":"2026-01-19"  | "paidOn":"1899-12-31"    | paidOn
            a negative year                  | "paidOn":"2026-01-19"  | "paidOn":"-0001-01-01"   | paidOn
            a padded date                    | "paidOn":"2026-01-19"  | "paidOn":" 2026-01-19"   | paidOn
            an impossible day                | "paidOn":"2026-01-19"  | "paidOn":"2026-02-30"    | paidOn
            count as a fraction              | "installments":46      | "installments":46.5      | installments
            count as a string                | "installments":46      | "installments":"46"      | installments
            count as a boolean               | "installments":46      | "installments":true      | installments
            count out of range               | "installments":46      | "installments":99999999999 | installments
            id as a number                   | "groupId":"g-7"        | "groupId":7              | groupId
            id as a boolean                  | "groupId":"g-7"        | "groupId":true           | groupId
            id as an object                  | "groupId":"g-7"        | "groupId":{}             | groupId
            enum as an ordinal               | "mode":"HALF_UP"       | "mode":4                 | rounding.mode
            enum as a numeric string         | "mode":"HALF_UP"       | "mode":"4"               | rounding.mode
            enum padded                      | "mode":"HALF_UP"       | "mode":" HALF_UP"        | rounding.mode
            enum in lower case               | "mode":"HALF_UP"       | "mode":"half_up"         | rounding.mode
            an unknown field                 | "groupId":"g-7"        | "groupId":"g-7","extra":1 | extra
            a duplicated key                 | "groupId":"g-7"        | "groupId":"g-7","groupId":"g-8" | groupId
            a null count                     | "installments":46      | "installments":null      | installments
            """)
    void aValueThatIsNotExactlyWhatItSaysIsRefusedNamingTheField(String what, String valid, String bad, String field) {
        assertRefused(VALID.replace(valid, bad), field);
    }

    @Test
    void trailingTokensOrASecondDocumentAreRefused() {
        assertRefused(VALID + " x", "");
        assertRefused(VALID + VALID, "");
    }

    @Test
    void deepNestingIsRefusedBeforeItCostsAnything() {
        assertRefused("[".repeat(1000) + "]".repeat(1000), "");
    }

    @Test
    void anOverlongStringIsRefused() {
        assertRefused(VALID.replace("\"g-7\"", "\"" + "x".repeat(StrictJson.MAX_STRING_LENGTH + 1) + "\""), "groupId");
    }

    private static void assertRefused(String body, String field) {
        assertThatThrownBy(() -> JSON.readValue(body, Request.class))
                .isInstanceOf(JsonProcessingException.class)
                .satisfies(e -> {
                    assertThat(JsonRules.fieldOf((JsonProcessingException) e)).isEqualTo(field);
                    assertThat(JsonRules.ruleOf((JsonProcessingException) e)).isNotBlank().hasSizeLessThan(200);
                });
    }
}
