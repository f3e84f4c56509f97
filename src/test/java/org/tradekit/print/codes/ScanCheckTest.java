package org.tradekit.print.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tradekit.gs1.AiElement;
import org.tradekit.gs1.Gtin;
import org.tradekit.i18n.Messages;

class ScanCheckTest {
    final ScanCheck thermal = ScanCheck.forPrinter(203);

    @Test
    void aQrModuleOfFourThermalDotsPasses() {
        assertThat(thermal.check(Symbology.QR, 0.5)).isEmpty(); // 3.996 dots
    }

    @Test
    void theNominalEanModuleIsUnevenOnA203DpiPrinterAndTheCheckSaysWhatToUse() {
        List<ScanWarning> w = thermal.check(Symbology.EAN_13, 0.33); // 2.64 dots
        assertThat(w).extracting(ScanWarning::kind).containsExactly(ScanWarning.Kind.NOT_WHOLE_DOTS);
        assertThat(w.get(0).message(new Messages(Messages.EN))).contains("2.64", "203", "0.375 mm");
        assertThat(w.get(0).message(new Messages(Messages.VI))).contains("2,64", "0,375 mm", "không phải số nguyên");
        assertThat(thermal.check(Symbology.EAN_13, 0.375)).isEmpty();
        assertThat(ScanCheck.forPrinter(600).check(Symbology.EAN_13, 0.33)).isEmpty(); // 7.8 dots: rounding is small
    }

    @Test
    void tooSmallForThePrinterAndBelowGs1() {
        List<ScanWarning> w = thermal.check(Symbology.QR, 0.2); // 1.6 dots
        assertThat(w).extracting(ScanWarning::kind)
                .containsExactly(ScanWarning.Kind.TOO_FEW_DOTS, ScanWarning.Kind.BELOW_GS1_MINIMUM);
        assertThat(w.get(1).message(new Messages(Messages.EN))).contains("QR", "0.396", "0.500");
        assertThat(thermal.suggestedModuleMm(Symbology.QR)).isCloseTo(4 * 25.4 / 203, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void gs1MinimaPerSymbology() {
        ScanCheck laser = ScanCheck.forPrinter(1200);
        assertThat(laser.check(Symbology.EAN_13, 0.254)).extracting(ScanWarning::kind)
                .containsExactly(ScanWarning.Kind.BELOW_GS1_MINIMUM);
        assertThat(laser.check(Symbology.EAN_13, 0.264)).isEmpty();
        assertThat(laser.check(Symbology.GS1_128, 0.25)).isEmpty();
        assertThat(laser.check(Symbology.GS1_128, 0.2)).hasSize(1);
        assertThat(ScanCheck.forPrinter(300).check(Symbology.GS1_128, 0.254)).isEmpty(); // exactly 3 dots
    }

    @Test
    void dataThatCannotBecomeTheCodeIsRefusedInWords() {
        assertThatThrownBy(() -> LinearSymbol.ean13(Gtin.withCheckDigit("1893123456789")))
                .isInstanceOfSatisfying(CodeException.class, e -> assertThat(e.key()).isEqualTo("print.codes.error.notEan13"));
        assertThatThrownBy(() -> LinearSymbol.upcA(Gtin.withCheckDigit("893123456789")))
                .isInstanceOfSatisfying(CodeException.class, e -> assertThat(e.message(new Messages(Messages.VI)))
                        .contains("UPC-A chỉ mang GTIN 12 chữ số"));
        assertThatThrownBy(() -> LinearSymbol.gs1128(List.of(new AiElement("01", "08931234567897"),
                new AiElement("10", "A".repeat(20)), new AiElement("21", "S".repeat(20)))))
                .isInstanceOfSatisfying(CodeException.class, e -> assertThat(e.key()).isEqualTo("print.codes.error.gs1128TooLong"));
        assertThatThrownBy(() -> QrSymbol.encode("x".repeat(3000), QrErrorCorrection.H))
                .isInstanceOfSatisfying(CodeException.class, e -> assertThat(e.key()).isEqualTo("print.codes.error.qrTooLong"));
    }

    @Test
    void upcAIsTheEan13BarsOfALeadingZeroAndHigherCorrectionMeansMoreModules() {
        Gtin upc = Gtin.withCheckDigit("03600029145");
        assertThat(LinearSymbol.upcA(upc).bars()).isEqualTo(LinearSymbol.ean13(upc).bars());
        assertThat(LinearSymbol.upcA(upc).text()).isEqualTo(upc.digits());
        String uri = "https://truyxuat.htx.vn/01/08931234567897/10/LOT1/21/SN100001";
        assertThat(QrSymbol.encode(uri, QrErrorCorrection.H).size()).isGreaterThan(QrSymbol.encode(uri, QrErrorCorrection.L).size());
    }
}
