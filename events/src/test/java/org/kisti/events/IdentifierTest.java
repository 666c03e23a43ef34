package org.kisti.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTest {

    @ParameterizedTest
    @ValueSource(strings = {"org-demo", "g-dhanmondi-07", "3f0c6c1e-8d4b-4a8e-9a53-2b7f1f0e9c11", "a", "A.b_c:d-e",
            "x234567890123456789012345678901234567890123456789012345678901234"})
    void idsOfTheOneDefinitionAreValid(String id) {
        assertThat(Identifier.isValid(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-leading", ".hidden", "x2345678901234567890123456789012345678901234567890123456789012345",
            "a b", "a\u0000b", "a/b", "a%00", "\u200B", "\u00A0", "রহিমা", "a\nb", "..", "a,b"})
    void anythingElseIsNot(String id) {
        assertThat(Identifier.isValid(id)).isFalse();
    }
}
