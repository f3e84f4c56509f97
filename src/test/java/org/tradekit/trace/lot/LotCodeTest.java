package org.tradekit.trace.lot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.tradekit.catalog.FieldProblem;

class LotCodeTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @ValueSource(strings = {"A", "TEA-261123-1", "L0T/2026.11_a", "!\"%&'()*+,-./:;<=>?_", "12345678901234567890"})
    void gs1Ai82CodesUpTo20CharactersAreGood(String code) {
        assertThat(LotCode.problem(code)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"LÔ-1|Ô", "LOT 1|␠", "LOT#1|#", "LOT{1}|{", "LOT\\1|\\", "LOT@1|@", "LOT~1|~"})
    void otherCharactersAreRefusedNamingTheCharacter(String code, String bad) {
        FieldProblem p = LotCode.problem(code).orElseThrow();
        assertThat(p.key()).isEqualTo("trace.lot.error.codeCharacter");
        assertThat(p.field()).isEqualTo("code");
        assertThat(p.args()).containsExactly(bad, code);
    }

    @Test
    void aCodeOfMoreThan20CharactersOrNoneIsRefused() {
        assertThat(LotCode.problem("123456789012345678901").orElseThrow().key()).isEqualTo("trace.lot.error.codeLength");
        assertThat(LotCode.problem("").orElseThrow().key()).isEqualTo("trace.lot.error.codeRequired");
        assertThat(LotCode.problem(null).orElseThrow().key()).isEqualTo("trace.lot.error.codeRequired");
    }

    @Test
    void theDefaultPatternIsSkuDateNumber() {
        assertThat(LotCodePattern.DEFAULT.format("TEA-1", DAY, 7)).isEqualTo("TEA-1-261123-7");
    }

    @Test
    void aLongSkuIsShortenedSoThatTheCodeFits20() {
        String code = LotCodePattern.DEFAULT.format("COFFEE-ROBUSTA-000013", DAY, 12);
        assertThat(code).isEqualTo("COFFEE-ROB-261123-12").hasSize(20);
        assertThat(LotCode.problem(code)).isEmpty();
        assertThat(LotCodePattern.DEFAULT.format("COFFEE-ROBUSTA-000013", DAY, 123_456)).hasSize(20).endsWith("-261123-123456");
    }

    @Test
    void aSkuKeepsOnlyItsAi82Characters() {
        assertThat(LotCodePattern.DEFAULT.format("CHÈ 01", DAY, 1)).isEqualTo("CH01-261123-1");
    }

    @Test
    void numbersArePaddedAndDatesTakeAnyForm() {
        LotCodePattern p = new LotCodePattern("L{yyyyMMdd}/{nnn}");
        assertThat(p.format("X", DAY, 4)).isEqualTo("L20261123/004");
        assertThat(p.format("X", DAY, 1234)).isEqualTo("L20261123/1234");
    }

    @Test
    void theNumberOfACodeIsReadBackForTheSameDayOnly() {
        LotCodePattern p = LotCodePattern.DEFAULT;
        assertThat(p.counterOf("TEA-1-261123-17", DAY)).hasValue(17);
        assertThat(p.counterOf("TEA-1-261124-17", DAY)).isEmpty();
        assertThat(p.counterOf("hand-made", DAY)).isEmpty();
        assertThat(p.like(DAY)).isEqualTo("%-261123-%");
        assertThat(new LotCodePattern("A_{n}%{yyMMdd}").like(DAY)).isEqualTo("A\\_%\\%261123");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"{SKU}-{yyMMdd}|trace.lot.error.patternCounter",
            "{SKU}-{n}-{n}|trace.lot.error.patternCounter", "{SKU}-{lot}-{n}|trace.lot.error.patternToken",
            "LÔ-{n}|trace.lot.error.patternCharacter", "COOPERATIVE-{yyyyMMdd}-{n}|trace.lot.error.patternLength",
            "{SKU}-{n}}|trace.lot.error.patternToken"})
    void patternsThatCannotMakeGoodCodesAreRefused(String pattern, String key) {
        assertThat(LotCodePattern.problem(pattern).orElseThrow().key()).isEqualTo(key);
        assertThatThrownBy(() -> new LotCodePattern(pattern)).isInstanceOf(IllegalArgumentException.class);
    }
}
