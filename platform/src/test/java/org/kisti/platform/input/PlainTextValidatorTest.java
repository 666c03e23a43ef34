package org.kisti.platform.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextValidatorTest {

    @ParameterizedTest
    @ValueSource(strings = {"Rahima Begum", "রহিমা বেগম", "रहीमा बेगम", "ক্ষ\u200Cমা", "O'Neil-Khatun", "😀 Amena"})
    void namesAsPeopleWriteThemAreText(String name) {
        assertThat(PlainTextValidator.isPlainText(name, 200)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u00A0\u00A0", "\u200B\u200B", "\u2060", "Rahima\u0000", "Ra\u0007hima", "a\u202Eb",
            "\uD800x", "x\uDC00", "line\nbreak",
            "\u3164", "\u3164 \u3164", "\u115F\u1160", "\uFFA0", "\u2800\u2800"})
    void blankInvisibleOrControlTextIsRefused(String name) {
        assertThat(PlainTextValidator.isPlainText(name, 200)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 201})
    void textIsBoundedByItsMaximum(int length) {
        assertThat(PlainTextValidator.isPlainText("a".repeat(length), 200)).isEqualTo(length <= 200);
    }
}
