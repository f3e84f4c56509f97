package org.tradekit.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import org.junit.jupiter.api.Test;
import org.tradekit.catalog.FieldProblem;
import org.tradekit.catalog.ValidationException;
import org.tradekit.i18n.Messages;
import org.tradekit.trace.lot.Lot;
import org.tradekit.trace.lot.LotStatus;
import org.tradekit.trace.member.Member;
import org.tradekit.trace.member.Plot;
import org.tradekit.trace.place.Location;
import org.tradekit.trace.place.LocationKind;

/** Members, plots, places and lots: what the forms save and what they refuse, beside which field. */
class MasterDataTest extends TraceTestBase {
    @Test
    void membersAndPlotsAreSavedAndListed() {
        Member m = f.app.members().save(new Member(null, " HV-9 ", "  Hà Thị Xuân ", "Xã Tả Van", "Hà Giang", null,
                "VietGAP VG-12", null));
        assertThat(m.name()).isEqualTo("Hà Thị Xuân");
        assertThat(m.code()).isEqualTo("HV-9");
        f.app.members().savePlot(new Plot(null, m.id(), "Đồi 2", 1200.0, 22.5, 104.9, "chè"));
        assertThat(f.app.members().plots(m.id())).singleElement().satisfies(p -> {
            assertThat(p.hasPosition()).isTrue();
            assertThat(p.areaM2()).isEqualTo(1200.0);
        });
        assertThat(f.app.members().list()).extracting(Member::name).contains("Hà Thị Xuân", "Lò Thị Mai");
        f.app.members().delete(m.id());
        assertThat(f.app.members().list()).extracting(Member::name).doesNotContain("Hà Thị Xuân");
    }

    @Test
    void aPlotNeedsItsMemberASaneAreaAndBothCoordinatesInRange() {
        assertProblems(() -> f.app.members().savePlot(new Plot(null, "nobody", "x", -1.0, 91.0, null, null)),
                "member_id", "area_m2", "longitude", "latitude");
        assertThat(problems(() -> f.app.members().savePlot(new Plot(null, f.mai.id(), "x", null, null, 200.0, null))))
                .extracting(FieldProblem::key).containsExactly("trace.plot.error.halfPosition", "trace.plot.error.longitude");
        assertThatThrownBy(() -> f.app.members().save(Member.named(" ", null))).isInstanceOf(ValidationException.class);
    }

    @Test
    void aGlnMustHave13DigitsAndTheRightCheckDigit() {
        Location ok = f.app.locations().save(Location.of("Kho 2", LocationKind.WAREHOUSE).withGln("952 0000 00001 1"));
        assertThat(ok.gln()).isEqualTo("9520000000011");
        FieldProblem p = problems(() -> f.app.locations().save(Location.of("Kho 3", LocationKind.WAREHOUSE)
                .withGln("9520000000012"))).get(0);
        assertThat(new Messages(Messages.EN).get(p.key(), p.argArray()))
                .isEqualTo("Wrong check digit: the last digit of this GLN should be 1.");
        assertProblems(() -> f.app.locations().save(Location.of("Kho 4", LocationKind.WAREHOUSE).withGln("952000000001")), "gln");
        assertProblems(() -> f.app.locations().save(new Location(null, null, null, "95200000000AB", null)), "name", "kind", "gln");
    }

    @Test
    void aLotsPlainFieldsAreEditedAndItsCodeStaysUniqueWithinTheProduct() {
        String a = f.harvest(f.mai, f.maiPlot, 10, 0);
        String b = f.harvest(f.pao, f.paoPlot, 10, 0);
        Lot edited = f.app.lotService().save(f.app.lotService().find(a).orElseThrow().withCode("VU-XUAN-01")
                .withStatus(LotStatus.ON_HOLD).withNotes("chờ kiểm nghiệm"));
        assertThat(edited.code()).isEqualTo("VU-XUAN-01");
        assertThat(edited.status()).isEqualTo(LotStatus.ON_HOLD);
        assertThat(f.app.lots().find(f.freshLeaf, "VU-XUAN-01")).isPresent();
        assertThat(f.app.lots().startingWith("VU-", 10)).extracting(r -> r.code()).containsExactly("VU-XUAN-01");
        assertThat(f.app.lots().startingWith("TEA-LEAF-2611", 10)).extracting(r -> r.id()).containsExactly(b);
        assertProblems(() -> f.app.lotService().save(f.app.lotService().find(b).orElseThrow().withCode("VU-XUAN-01")), "code");
        assertProblems(() -> f.app.lotService().save(f.app.lotService().find(b).orElseThrow()
                .withDates(TraceFixture.DAY, TraceFixture.DAY.minusDays(1), null)), "best_before");
    }

    @Test
    void theCooperativesPatternMakesTheNextCodes() {
        assertProblems(() -> f.app.lotCodeSettings().setPattern("{SKU}"), "lot_code_pattern");
        f.app.lotCodeSettings().setPattern("CHE/{yyyyMMdd}/{nnn}");
        assertThat(f.app.lotService().suggestCode(f.freshLeaf, TraceFixture.DAY)).isEqualTo("CHE/20261102/001");
        String a = f.harvest(f.mai, f.maiPlot, 10, 0);
        assertThat(f.app.lots().find(a).orElseThrow().code()).isEqualTo("CHE/20261102/001");
        assertThat(f.app.lotService().suggestCode(f.freshLeaf, TraceFixture.DAY)).isEqualTo("CHE/20261102/002");
        assertThat(f.app.lotService().suggestCode(f.driedTea, TraceFixture.DAY)).isEqualTo("CHE/20261102/001");
    }

    private static java.util.List<FieldProblem> problems(Runnable save) {
        try {
            save.run();
        } catch (ValidationException e) {
            return e.problems();
        }
        throw new AssertionError("not refused");
    }

    private static void assertProblems(Runnable save, String... fields) {
        assertThat(problems(save)).extracting(FieldProblem::field).containsExactlyInAnyOrder(fields);
    }
}
