package org.tradekit.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * GS1 Barcode Syntax Engine's own Digital Link vectors (dl.c unit tests), each a test case:
 * parsing URIs to AI data, generating URIs from element strings, percent-encoding both ways.
 */
class DigitalLinkVectorsTest {
    private static final String DIR = "/gs1-digital-link/gs1-syntax-engine-vectors/";

    static Stream<Arguments> parseVectors() {
        return Vectors.cases(DIR + "dl_parse.jsonl", "uri");
    }

    static Stream<Arguments> generateVectors() {
        return Vectors.cases(DIR + "dl_generate.jsonl", "ai_bracketed");
    }

    static Stream<Arguments> escapeVectors() {
        return Vectors.cases(DIR + "dl_escape.jsonl", "input");
    }

    static Stream<Arguments> unescapeVectors() {
        return Vectors.cases(DIR + "dl_unescape.jsonl", "input");
    }

    static DigitalLinkParser.Options options(JsonNode v) {
        return new DigitalLinkParser.Options(Vectors.option(v, "ctx.permitConvenienceAlphas"),
                Vectors.option(v, "PermitZeroSuppressedGTINinDLuris"), Vectors.option(v, "PermitUnknownAIs"),
                v.path("options").path("ValidationEnabled:gs1_encoder_vUNKNOWN_AI_NOT_DL_ATTR").isBoolean()
                        && !v.path("options").path("ValidationEnabled:gs1_encoder_vUNKNOWN_AI_NOT_DL_ATTR").asBoolean(),
                false);
    }

    @ParameterizedTest
    @MethodSource("parseVectors")
    void parsesLikeGs1Engine(JsonNode v) {
        DigitalLinkParser parser = new DigitalLinkParser(AiValidator.gs1(), options(v));
        String uri = v.get("uri").asText();
        if (v.get("expect_ok").asBoolean()) {
            DigitalLink link = parser.parse(uri);
            assertThat(ElementString.gs1().format(link.elements())).isEqualTo(v.get("expect_ai_data").asText());
        } else {
            assertThatThrownBy(() -> parser.parse(uri)).isInstanceOf(Gs1Exception.class);
        }
    }

    @ParameterizedTest
    @MethodSource("generateVectors")
    void generatesLikeGs1Engine(JsonNode v) {
        boolean unknown = Vectors.option(v, "PermitUnknownAIs");
        boolean unknownAttributes = v.path("options").path("ValidationEnabled:gs1_encoder_vUNKNOWN_AI_NOT_DL_ATTR")
                .isBoolean();
        String stem = Vectors.text(v, "stem");
        if (v.get("expect_ok").asBoolean()) {
            List<AiElement> elements = ElementString.gs1().parseBracketed(v.get("ai_bracketed").asText(), unknown);
            DigitalLink link = new DigitalLinkGenerator(AiValidator.gs1(), unknownAttributes).generate(stem, elements);
            assertThat(link.toUri()).isEqualTo(v.get("expect_uri").asText());
        } else {
            assertThatThrownBy(() -> new DigitalLinkGenerator(AiValidator.gs1(), unknownAttributes)
                    .generate(stem, ElementString.gs1().parseBracketed(v.get("ai_bracketed").asText(), unknown)))
                    .isInstanceOf(Gs1Exception.class);
        }
    }

    @ParameterizedTest
    @MethodSource("escapeVectors")
    void escapesLikeGs1Engine(JsonNode v) {
        String in = v.get("input").asText();
        assertThat(PercentEncoding.escape(in, false)).isEqualTo(v.get("expect_path").asText());
        assertThat(PercentEncoding.escape(in, true)).isEqualTo(v.get("expect_query").asText());
    }

    @ParameterizedTest
    @MethodSource("unescapeVectors")
    void unescapesLikeGs1Engine(JsonNode v) {
        String in = v.get("input").asText();
        assertThat(PercentEncoding.unescape(in, false)).contains(v.get("expect_path").asText());
        assertThat(PercentEncoding.unescape(in, true)).contains(v.get("expect_query").asText());
    }
}
