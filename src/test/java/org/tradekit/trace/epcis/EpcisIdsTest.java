package org.tradekit.trace.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tradekit.gs1.DigitalLinkParser;
import org.tradekit.gs1.Gtin;
import org.tradekit.gs1.ProductLink;

class EpcisIdsTest {
    private static final Gtin GTIN = Gtin.parse("9520123456788");

    @Test
    void lgtinSplitsTheGtinAtTheCompanyPrefixAndEscapesTheLot() {
        assertThat(EpcisIds.lgtin(GTIN, 7, "L/1?")).isEqualTo("urn:epc:class:lgtin:9520123.045678.L%2F1%3F");
        assertThat(EpcisIds.lgtin(Gtin.parse("19520123456785"), 9, "A")).isEqualTo("urn:epc:class:lgtin:952012345.1678.A");
    }

    @Test
    void sglnAndGlnLinks() {
        assertThat(EpcisIds.sgln("9520123000004", 7, null)).isEqualTo("urn:epc:id:sgln:9520123.00000.0");
        assertThat(EpcisIds.glnLink("9520123000004")).isEqualTo("https://id.gs1.org/414/9520123000004");
        assertThatThrownBy(() -> EpcisIds.glnLink("9520123000005")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lotClassIsTheCanonicalDigitalLinkOrTheCooperativesFallback() {
        ProductLink withGtin = ProductLink.of("truyxuat.htx-example.vn", GTIN).withLot("G/1").withSerial("9");
        String uri = EpcisIds.lotClass(withGtin);
        assertThat(uri).isEqualTo("https://id.gs1.org/01/09520123456788/10/G%2F1");
        assertThat(DigitalLinkParser.strict().parse(uri).value("10")).contains("G/1");
        assertThat(EpcisIds.lotClass(ProductLink.ofProductCode("truyxuat.htx-example.vn", "CHERRY").withLot("H-1")))
                .isEqualTo("https://truyxuat.htx-example.vn/p/CHERRY/10/H-1");
    }
}
