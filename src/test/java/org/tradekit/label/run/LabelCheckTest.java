package org.tradekit.label.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.coop.CoopProfile;
import org.tradekit.i18n.Messages;
import org.tradekit.label.stock.LabelStock;
import org.tradekit.label.stock.StockCatalogue;
import org.tradekit.trace.TraceTestBase;
import org.tradekit.work.Work;

/** The check before printing: module sizes against the printer's dots, shrunken text, the EU x-height. */
class LabelCheckTest extends TraceTestBase {
    String lot;

    @BeforeEach
    void aLot() {
        CoopProfile p = f.app.coopProfile().load().orElse(CoopProfile.empty());
        f.app.coopProfile().save(new CoopProfile(p.id(), "HTX Chè Shan Tuyết", null, null, "Hà Giang", null, null, null,
                null, null, "truyxuat.htxchesan.vn", null));
        lot = f.harvest(f.mai, f.maiPlot, 12, 0);
    }

    LabelRunRequest run(String stock, int count, boolean serials) {
        return new LabelRunRequest(lot, StockCatalogue.open(dir).require(stock), count, 1, "vi", serials ? f.app.printRuns().reserve(lot, count) : null);
    }

    static List<String> keys(List<LabelWarning> ws) {
        return ws.stream().map(LabelWarning::key).toList();
    }

    @Test
    void aRoomyLabelAtThreeHundredDpiPassesEvenForTheEu() {
        assertThat(f.app.labelRuns().check(run("Avery L7160", 100, true), LabelDesign.DEFAULT.withCheck(300, true, true))).isEmpty();
    }

    @Test
    void textShrunkOnASmallLabelWarnsThatItIsHardToReadAndForTheEuThatItsXHeightIsBelowOnePointTwoMillimetres() {
        Product leaf = f.app.products().find(f.freshLeaf).orElseThrow();
        f.app.catalog().save(leaf.with(ProductField.NAME_VI, "Chè búp tươi Shan Tuyết cổ thụ hái tay một tôm hai lá"));
        LabelRunRequest small = run("Roll 40x30 mm", 1, false);

        List<LabelWarning> vn = f.app.labelRuns().check(small, LabelDesign.DEFAULT);
        assertThat(keys(vn)).contains("label.check.smallText").doesNotContain("label.check.xHeight");
        List<LabelWarning> eu = f.app.labelRuns().check(small, LabelDesign.DEFAULT.withCheck(300, true, false));
        LabelWarning x = eu.stream().filter(w -> w.key().equals("label.check.xHeight")).findFirst().orElseThrow();
        assertThat((Double) x.args().get(0)).isLessThan(1.2);
        assertThat(x.message(Messages.of("vi"))).contains("dưới mức 1,2 mm mà EU yêu cầu (Quy định 1169/2011)");
        assertThat(x.message(Messages.of("en"))).contains("below the 1.2 mm the EU requires");
    }

    @Test
    void aQrModuleOfTooFewPrinterDotsIsFoundAndAStrictRunIsRefusedWithNoFile() {
        LabelRunRequest tiny = run("Roll 40x30 mm", 50, true);
        LabelDesign lotOnly = LabelDesign.DEFAULT.withFields(List.of("lot"));
        assertThat(keys(f.app.labelRuns().check(tiny, lotOnly.withCheck(100, false, false))))
                .contains("print.codes.warn.tooFewDots");
        assertThat(keys(f.app.labelRuns().check(tiny, lotOnly.withCheck(600, false, false))))
                .doesNotContain("print.codes.warn.tooFewDots", "print.codes.warn.notWholeDots");

        Path out = dir.resolve("strict/nhan.pdf");
        assertThatThrownBy(() -> f.app.labelRuns().print(tiny, lotOnly.withCheck(100, false, true), out, Work.NONE))
                .isInstanceOfSatisfying(LabelCheckException.class, e -> {
                    assertThat(keys(e.warnings())).contains("print.codes.warn.tooFewDots");
                    assertThat(e.message(Messages.of("en"))).startsWith("The check before printing found");
                });
        assertThat(dir.resolve("strict")).doesNotExist();
        // without --strict the same run prints, and says what it found
        var r = f.app.labelRuns().print(tiny, lotOnly.withCheck(100, false, false), out, Work.NONE);
        assertThat(keys(r.warnings())).contains("print.codes.warn.tooFewDots");
    }

    @Test
    void aCartonCodeTooLongForGs1sMinimumModuleOnItsLabelIsWarnedAbout() {
        Product leaf = f.app.products().find(f.freshLeaf).orElseThrow();
        f.app.catalog().save(leaf.with(ProductField.GTIN, "08934567890120"));
        LabelStock roll = StockCatalogue.open(dir).require("Roll 100x50 mm");
        var ws = f.app.labelRuns().check(new LabelRunRequest(lot, roll, 1, 1, "vi", null),
                LabelDesign.of(LabelLayout.CARTON).withPerCarton(24));
        assertThat(keys(ws)).containsExactly("print.codes.warn.belowGs1Minimum");
        assertThat(ws.get(0).message(Messages.of("en"))).contains("below the GS1 minimum for GS1-128");
    }
}
