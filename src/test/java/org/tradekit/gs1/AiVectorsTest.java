package org.tradekit.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * GS1 Barcode Syntax Engine's AI vectors (ai.c unit tests), each a test case: bracketed element
 * strings to barcode data, barcode data accepted or refused, and the AI pairing rules. Vectors whose
 * input the C test builds at run time ("buf", "inbuf": 90-character and 64-AI limits) carry no
 * input in the extracted file and are skipped with that reason.
 */
class AiVectorsTest {
    private static final String DIR = "/gs1-digital-link/gs1-syntax-engine-vectors/";

    static Stream<Arguments> parseVectors() {
        return Vectors.cases(DIR + "ai_parse.jsonl", "ai_bracketed");
    }

    static Stream<Arguments> processVectors() {
        return Vectors.cases(DIR + "ai_process.jsonl", "ai_data");
    }

    static Stream<Arguments> validateVectors() {
        return Vectors.cases(DIR + "ai_validate.jsonl", "ai_bracketed");
    }

    @ParameterizedTest
    @MethodSource("parseVectors")
    void bracketedToBarcodeData(JsonNode v) {
        String in = v.get("ai_bracketed").asText();
        assumeFalse(in.equals("inbuf"), "input built at run time by the C test, not in the extracted vector");
        boolean unknown = Vectors.option(v, "PermitUnknownAIs");
        if (v.get("expect_ok").asBoolean()) {
            List<AiElement> elements = ElementString.gs1().parseBracketed(in, unknown);
            assertThat(ElementString.gs1().format(elements)).isEqualTo(v.get("expect_ai_data").asText());
        } else {
            assertThatThrownBy(() -> ElementString.gs1().parseBracketed(in, unknown)).isInstanceOf(Gs1Exception.class);
        }
    }

    @ParameterizedTest
    @MethodSource("processVectors")
    void barcodeDataAcceptedOrRefused(JsonNode v) {
        String in = v.get("ai_data").asText();
        assumeFalse(in.equals("buf"), "input built at run time by the C test, not in the extracted vector");
        if (v.get("expect_ok").asBoolean()) {
            List<AiElement> elements = ElementString.gs1().parseData(in);
            assertThat(elements).isNotEmpty();
            // superfluous FNC1s are tolerated on the way in; the canonical form reads back the same
            assertThat(ElementString.gs1().parseData(ElementString.gs1().format(elements))).isEqualTo(elements);
        } else {
            assertThatThrownBy(() -> ElementString.gs1().parseData(in)).isInstanceOf(Gs1Exception.class);
        }
    }

    @ParameterizedTest
    @MethodSource("validateVectors")
    void pairingRules(JsonNode v) {
        List<AiElement> elements = ElementString.gs1().parseBracketed(v.get("ai_bracketed").asText(), true);
        AiValidator validator = AiValidator.gs1();
        Runnable rule = switch (v.get("validator").asText()) {
            case "validateAIrepeats" -> () -> validator.checkRepeats(elements);
            case "validateAImutex" -> () -> validator.checkExclusions(elements);
            case "validateAIrequisites" -> () -> validator.checkRequisites(elements);
            case "validateDigSigRequiresSerialisedKey" -> () -> validator.checkDigitalSignatureKey(elements);
            default -> throw new IllegalArgumentException(v.get("validator").asText());
        };
        if (v.get("expect_ok").asBoolean()) {
            rule.run();
        } else {
            assertThatThrownBy(rule::run).isInstanceOf(Gs1Exception.class);
        }
    }
}
