package org.tradekit.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * GS1 engine's scanner-data vectors (scandata.c), each a test case: what a scanner sends with an
 * AIM symbology identifier, read back to symbology and data. The engine's other direction
 * ({@code scan_generate.jsonl}: making scanner output from data) is not tested: Trade Kit reads
 * scanners, it never imitates one.
 */
class ScanDataVectorsTest {
    private static final Map<String, ScanData.Symbology> NAMES = Map.of("QR", ScanData.Symbology.QR,
            "DM", ScanData.Symbology.DATA_MATRIX, "DotCode", ScanData.Symbology.DOTCODE,
            "DataBarExpanded", ScanData.Symbology.DATABAR_EXPANDED, "GS1_128_CCA", ScanData.Symbology.GS1_128,
            "EAN13", ScanData.Symbology.EAN13, "EAN8", ScanData.Symbology.EAN8);

    static Stream<Arguments> vectors() {
        return Vectors.cases("/gs1-digital-link/gs1-syntax-engine-vectors/scan_process.jsonl", "scandata");
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void readsScannerOutputLikeGs1Engine(JsonNode v) {
        String scan = v.get("scandata").asText();
        if (v.get("expect_ok").asBoolean()) {
            ScanData data = ScanData.parse(scan);
            assertThat(data.symbology()).isEqualTo(NAMES.get(v.get("expect_symbology").asText()));
            assertThat(data.data()).isEqualTo(v.get("expect_data").asText());
        } else {
            assertThatThrownBy(() -> ScanData.parse(scan)).isInstanceOf(Gs1Exception.class);
        }
    }
}
