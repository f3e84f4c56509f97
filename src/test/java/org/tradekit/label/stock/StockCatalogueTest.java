package org.tradekit.label.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding stock by name and words, and the user's own templates surviving a restart. */
class StockCatalogueTest {
    @TempDir
    Path dataDir;

    @Test
    void searchByPartBrandAndSizeIgnoringCaseAndMarks() {
        StockCatalogue c = StockCatalogue.open(dataDir);
        assertThat(c.search("l7160").get(0).name()).isEqualTo("Avery L7160");
        assertThat(c.search("avery 7160")).extracting(LabelStock::name).contains("Avery 7160", "Avery L7160", "Avery J8160");
        assertThat(c.search("70x37")).extracting(LabelStock::name).contains("A4 3x8 70x37 mm")
                .allSatisfy(n -> assertThat(n).isNotEqualTo("Avery L7160"));
        assertThat(c.search("CUỘN 50x30")).extracting(LabelStock::name).containsExactly("Roll 50x30 mm");
        assertThat(c.find("avery  l7160")).get().extracting(LabelStock::name).isEqualTo("Avery L7160");
        assertThatThrownBy(() -> c.require("Avery X1")).isInstanceOf(StockException.class)
                .hasMessageContaining("label.stock.error.unknown");
    }

    private static LabelStock custom(String part, String width) {
        return new LabelStock("HTX", part, "Nhãn cà phê", "A4", Length.mm("210"), Length.mm("297"),
                new LabelShape.Rectangle(Length.mm(width), Length.mm("30"), Length.mm("2")),
                List.of(new SheetLayout(3, 9, Length.mm("7.5"), Length.mm("13.5"), Length.mm("65"), Length.mm("30"))),
                false, null, null);
    }

    @Test
    void customTemplatesAreValidatedAndSurviveARestart() {
        StockCatalogue c = StockCatalogue.open(dataDir);
        c.addCustom(custom("Cà phê 65", "65"));
        assertThatThrownBy(() -> c.addCustom(custom("Rộng", "66"))).isInstanceOfSatisfying(StockException.class,
                e -> assertThat(e.key()).isEqualTo("label.stock.error.overlap"));
        assertThatThrownBy(() -> c.addCustom(new LabelStock("Avery", "L7160", "", "A4", Length.mm("210"),
                Length.mm("297"), new LabelShape.Round(Length.mm("10")),
                List.of(new SheetLayout(1, 1, Length.ZERO, Length.ZERO, Length.ZERO, Length.ZERO)), false, null, null)))
                .isInstanceOfSatisfying(StockException.class,
                        e -> assertThat(e.key()).isEqualTo("label.stock.error.builtInName"));

        StockCatalogue reopened = StockCatalogue.open(dataDir);
        LabelStock back = reopened.find("htx ca phe 65").orElseThrow();
        assertThat(back).isEqualTo(custom("Cà phê 65", "65"));
        assertThat(back.position(27)).isEqualTo(new LabelPlacement(0, 27, Length.mm("137.5"), Length.mm("253.5")));
        assertThat(reopened.search("ca phe")).extracting(LabelStock::name).containsExactly("HTX Cà phê 65");
    }

    @Test
    void importingAGlabelsFileKeepsTheGoodAndRefusesTheBad() throws Exception {
        Path file = dataDir.resolve("mine.glabels-templates.xml");
        Files.writeString(file, """
                <?xml version="1.0"?>
                <Glabels-templates>
                  <Template brand="Tomy" part="T-99" size="A4" _description="Decal">
                    <Label-round id="0" radius="20mm"><Layout nx="4" ny="6" x0="5mm" y0="10mm" dx="50mm" dy="45mm"/></Label-round>
                  </Template>
                  <Template brand="Tomy" part="T-100" size="A4">
                    <Label-ellipse id="0" width="300mm" height="20mm"><Layout nx="1" ny="1" x0="0" y0="0" dx="0" dy="0"/></Label-ellipse>
                  </Template>
                </Glabels-templates>""");
        StockCatalogue.Imported r = StockCatalogue.open(dataDir).importGlabels(file);
        assertThat(r.added()).extracting(LabelStock::name).containsExactly("Tomy T-99");
        assertThat(r.refused()).extracting(GlabelsReader.Refusal::template).containsExactly("Tomy T-100");
        assertThat(StockCatalogue.open(dataDir).require("Tomy T-99").shape())
                .isEqualTo(new LabelShape.Round(Length.mm("20")));
        assertThat(Files.list(dataDir)).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("mine.glabels-templates.xml", CustomStock.FILE_NAME);
    }
}
