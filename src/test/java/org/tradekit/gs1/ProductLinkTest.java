package org.tradekit.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradekit.i18n.Messages;

class ProductLinkTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.ofHours(7));
    private static final String DOMAIN = "truyxuat.htx-example.vn";
    private static final Gtin GTIN13 = Gtin.parse("9520123456788");

    @Test
    void buildsTheDigitalLinkTheIssueAsksFor() {
        ProductLink link = ProductLink.of(DOMAIN, GTIN13).withLot("CF-261123-1").withExpiry(LocalDate.of(2027, 5, 31));
        assertThat(link.uri()).isEqualTo("https://truyxuat.htx-example.vn/01/09520123456788/10/CF-261123-1?17=270531");
    }

    @Test
    void padsGtin8AndKeepsQualifierOrderWithSerial() {
        ProductLink link = ProductLink.of(DOMAIN, Gtin.parse("96385074")).withSerial("S/001").withLot("L.7")
                .withBestBefore(LocalDate.of(2027, 1, 2));
        assertThat(link.uri()).isEqualTo("https://truyxuat.htx-example.vn/01/00000096385074/10/L.7/21/S%2F001?15=270102");
    }

    @Test
    void percentEncodesEveryAi82CharacterOutsideTheUnreservedSet() {
        String lot = "A!\"%&'()*+,/:;<=>?_";
        String uri = ProductLink.of(DOMAIN, GTIN13).withLot(lot).uri();
        assertThat(uri).endsWith("/10/A%21%22%25%26%27%28%29%2A%2B%2C%2F%3A%3B%3C%3D%3E%3F_");
        assertThat(ProductLink.parse(uri, CLOCK).lot()).isEqualTo(lot);
    }

    @Test
    void roundTripsThroughTheParser() {
        ProductLink link = ProductLink.of(DOMAIN, GTIN13).withLot("LOT-1").withSerial("7").withExpiry(LocalDate.of(2028, 2, 29))
                .withProductionDate(LocalDate.of(2026, 11, 20));
        assertThat(ProductLink.parse(link.uri(), DOMAIN, CLOCK)).isEqualTo(link);
    }

    @Test
    void fallbackForProductsWithoutGtinUsesTheSameQualifiersAndIsReadBack() {
        ProductLink link = ProductLink.ofProductCode(DOMAIN, "CAPHE-500G").withLot("CF-1").withExpiry(LocalDate.of(2027, 6, 30));
        assertThat(link.uri()).isEqualTo("https://truyxuat.htx-example.vn/p/CAPHE-500G/10/CF-1?17=270630");
        ProductLink back = ProductLink.parse("  TRUYXUAT.HTX-EXAMPLE.VN/p/CAPHE-500G/10/CF-1/?17=270630 \n", CLOCK);
        assertThat(back.productCode()).isEqualTo("CAPHE-500G");
        assertThat(back.lot()).isEqualTo("CF-1");
        assertThat(back.expiry()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(back.gtin()).isNull();
    }

    @Test
    void fallbackCodesAreLimitedToCharactersThatNeedNoEscaping() {
        assertThat(ProductLink.isLinkableCode("CF-500G_v2.1")).isTrue();
        assertThat(ProductLink.isLinkableCode("Cà phê")).isFalse();
        assertThatThrownBy(() -> ProductLink.ofProductCode(DOMAIN, "a/b")).isInstanceOf(Gs1Exception.class)
                .extracting(e -> ((Gs1Exception) e).key()).isEqualTo("gs1.link.error.productCode");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://truyxuat.htx-example.vn/01/09520123456788/10/LOT1?17=270531",
            "  truyxuat.htx-example.vn/01/09520123456788/10/LOT1?17=270531\r\n",
            "HTTPS://TRUYXUAT.HTX-EXAMPLE.VN/01/09520123456788/10/LOT1/?17=270531",
            "https://truyxuat.htx-example.vn/01/9520123456788/10/LOT1?17=270531",
            "https://truyxuat.htx-example.vn/qr/v1/01/09520123456788/10/LOT1?17=270531&linkType=gs1:pip",
            "https://truyxuat.htx-example.vn/gtin/09520123456788/lot/LOT1?17=270531",
            "]Q1https://truyxuat.htx-example.vn/01/09520123456788/10/LOT1?17=270531",
            "(01)09520123456788(17)270531(10)LOT1",
            "]C1010952012345678817270531" + "10LOT1",
            "0109520123456788\u001d10LOT1\u001d17270531",
            "]Q3010952012345678810LOT1\u001d17270531",
            "]E09520123456788|]e01727053110LOT1"})
    void readsWhatPeopleAndScannersProduce(String input) {
        ProductLink link = ProductLink.parse(input, DOMAIN, CLOCK);
        assertThat(link.gtin().gtin14()).isEqualTo("09520123456788");
        assertThat(link.lot()).isEqualTo("LOT1");
        assertThat(link.expiry()).isEqualTo(LocalDate.of(2027, 5, 31));
    }

    @Test
    void dayZeroMeansTheLastDayOfTheMonthAndTheCenturyFollowsGs1Window() {
        assertThat(Gs1Dates.parse("280200", 2026)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Gs1Dates.parse("990101", 2026)).isEqualTo(LocalDate.of(1999, 1, 1));
        assertThat(Gs1Dates.parse("760101", 2026)).isEqualTo(LocalDate.of(2076, 1, 1));
        assertThatThrownBy(() -> Gs1Dates.parse("270230", 2026)).isInstanceOf(Gs1Exception.class);
    }

    @Test
    void wrongCheckDigitNamesTheExpectedDigitInBothLanguages() {
        Gs1Exception e = catchThrowableOfType(Gs1Exception.class,
                () -> ProductLink.parse("https://truyxuat.htx-example.vn/01/09520123456781/10/L1", CLOCK));
        assertThat(e.key()).isEqualTo("gs1.error.checkDigit");
        assertThat(e.message(new Messages(Messages.EN))).contains("should be 8");
        assertThat(e.message(new Messages(Messages.VI))).contains("phải là 8");
    }

    @Test
    void aForeignDomainIsRefusedWhenTheCooperativesIsAsked() {
        String other = "https://id.gs1.org/01/09520123456788/10/L1";
        assertThat(ProductLink.parse(other, CLOCK).domain()).isEqualTo("id.gs1.org");
        Gs1Exception e = catchThrowableOfType(Gs1Exception.class, () -> ProductLink.parse(other, DOMAIN, CLOCK));
        assertThat(e.message(new Messages(Messages.EN)))
                .isEqualTo("This link points to id.gs1.org, not to the cooperative's domain " + DOMAIN + ".");
    }

    @Test
    void badLotCharactersAndLengthAreNamed() {
        Gs1Exception accent = catchThrowableOfType(Gs1Exception.class, () -> ProductLink.of(DOMAIN, GTIN13).withLot("LÔ-1"));
        assertThat(accent.message(new Messages(Messages.VI))).contains("ký tự \"Ô\" không được phép");
        Gs1Exception longLot = catchThrowableOfType(Gs1Exception.class,
                () -> ProductLink.of(DOMAIN, GTIN13).withLot("A".repeat(21)));
        assertThat(longLot.message(new Messages(Messages.EN))).contains("21 characters");
    }

    @Test
    void qualifiersOutOfOrderAreExplained() {
        Gs1Exception e = catchThrowableOfType(Gs1Exception.class,
                () -> ProductLink.parse("https://a.vn/01/09520123456788/21/S1/10/L1", CLOCK));
        assertThat(e.message(new Messages(Messages.EN))).contains("/01/…/21/…/10/… must be written /01/…/10/…/21/…");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://a.vn/01/09520123456788?99=X&89=Y", "https://a.vn/01/09520123456788?10=L1",
            "https://a.vn/01/09520123456788?17=261332", "https://a.vn/shop/item/42", "", "https://a.vn/00/952012345678912345",
            "https://a.vn/p/CODE/21/S/10/L"})
    void otherBadInputGetsAGs1Message(String input) {
        Gs1Exception e = catchThrowableOfType(Gs1Exception.class, () -> ProductLink.parse(input, CLOCK));
        Messages en = new Messages(Messages.EN);
        assertThat(en.has(e.key())).as(e.key()).isTrue();
        assertThat(new Messages(Messages.VI).has(e.key())).isTrue();
    }
}
