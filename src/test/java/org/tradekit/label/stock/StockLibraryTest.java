package org.tradekit.label.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.tradekit.text.Fold;
import org.tradekit.i18n.Messages;

/** The shipped gLabels library read whole, and the geometry of known templates to the point. */
class StockLibraryTest {
    private final StockLibrary lib = StockLibrary.builtIn();

    private LabelStock named(String name) {
        return lib.stocks().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyShippedFileLoadsAndRefusalsAreFewAndExplained() {
        Map<String, Integer> why = new TreeMap<>();
        lib.refused().forEach(r -> why.merge(r.problem().key(), 1, Integer::sum));
        Messages en = Messages.of("en");
        System.out.println("label stock: " + lib.stocks().size() + " loaded, " + lib.refused().size() + " refused " + why);
        lib.refused().forEach(r -> System.out.println("  " + r.source() + ": " + r.problem().message(en)));
        // 1,759 gLabels entries + 15 of Trade Kit's; equivalents become stock of their own
        assertThat(lib.stocks().size() + lib.refused().size()).isEqualTo(1759 + 15);
        assertThat(lib.stocks().size()).isGreaterThan(1700);
        assertThat(lib.refused()).allSatisfy(r -> assertThat(r.problem().message(en)).contains(r.template()));
        // gLabels shapes not supported yet (a path, a continuous roll) are refused by name
        assertThat(lib.refused()).anySatisfy(r -> assertThat(r.problem().key()).isEqualTo("label.stock.error.shape"));
    }

    @Test
    void theIndexListsTheBrandsOfEveryShippedFileSoNamingAStockReadsOnlyItsBrand() throws Exception {
        GlabelsReader reader = StockLibrary.reader();
        for (var e : StockLibrary.index().entrySet()) {
            GlabelsReader.Parsed p;
            try (var in = StockLibrary.class.getResourceAsStream(StockLibrary.RESOURCES + e.getKey())) {
                p = reader.read(in, e.getKey());
            }
            java.util.Set<String> brands = new java.util.TreeSet<>();
            p.stocks().forEach(s -> brands.add(s.brand().strip()));
            p.equivs().forEach(q -> brands.add(q.brand().strip()));
            assertThat(e.getValue()).as("brands of %s in index.txt", e.getKey()).containsAll(brands);
            // a refused template keeps only its name: some listed brand must start it
            assertThat(p.refused()).allSatisfy(r -> assertThat(e.getValue())
                    .anyMatch(b -> Fold.words(r.template()).startsWith(Fold.words(b) + " ")));
        }
        for (String name : List.of("Avery L7160", "avery  l7160", "A4 3x8 70x37 mm", "Roll 50x30 mm", "Herma 4283")) {
            StockLibrary part = StockLibrary.brandFilesOf(name);
            assertThat(part.stocks()).as(name).anySatisfy(s -> assertThat(Fold.words(s.name())).isEqualTo(Fold.words(name)));
            assertThat(part.stocks().size()).as(name).isLessThan(lib.stocks().size() / 3);
        }
    }

    @Test
    void averyL7160IsItsFamilyExactlyAsInTheXml() {
        LabelStock s = named("Avery L7160");
        assertThat(s.equivOf()).isEqualTo("7160");
        assertThat(s.paper()).isEqualTo("A4");
        assertThat(s.pageWidth()).isEqualTo(Length.mm("210"));
        assertThat(s.pageHeight()).isEqualTo(Length.mm("297"));
        assertThat(s.shape()).isEqualTo(new LabelShape.Rectangle(Length.pt("181.4"), Length.pt("108"), Length.pt("5")));
        assertThat(s.grid()).isEqualTo("3x7");
        assertThat(s.labelsPerPage()).isEqualTo(21);
        // <Layout nx="3" ny="7" x0="21.2" y0="43.9" dx="187.2" dy="108.0"/>, row by row
        assertThat(s.position(1)).isEqualTo(new LabelPlacement(0, 1, Length.pt("21.2"), Length.pt("43.9")));
        assertThat(s.position(5)).isEqualTo(new LabelPlacement(0, 5, Length.pt("208.4"), Length.pt("151.9")));
        assertThat(s.position(21)).isEqualTo(new LabelPlacement(0, 21, Length.pt("395.6"), Length.pt("691.9")));
        assertThat(s.shape().width().mm()).isCloseTo(63.99, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void startAtLabelSevenFillsTheRestOfTheSheetThenNewSheets() {
        LabelStock s = named("A4 3x8 70x37 mm");
        List<LabelPlacement> p = s.placements(7, 20);
        assertThat(p.get(0)).isEqualTo(new LabelPlacement(0, 7, Length.mm("0"), Length.mm("74.5")));
        assertThat(p.get(17)).isEqualTo(new LabelPlacement(0, 24, Length.mm("140"), Length.mm("259.5")));
        assertThat(p.get(18)).isEqualTo(new LabelPlacement(1, 1, Length.mm("0"), Length.mm("0.5")));
        assertThat(s.pages(7, 20)).isEqualTo(2);
        assertThat(p.get(0).pdfBottomPt(s)).isCloseTo((297 - 74.5 - 37) * 72 / 25.4,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThatThrownBy(() -> s.placements(25, 1)).isInstanceOf(StockException.class)
                .hasMessageContaining("label.stock.error.startAt");
    }

    @Test
    void roundAndCdTemplates() {
        LabelStock round = named("Avery 3274.2");
        assertThat(round.shape()).isEqualTo(new LabelShape.Round(Length.parse("0.75in")));
        assertThat(round.shape().width()).isEqualTo(Length.parse("1.5in"));
        assertThat(round.position(6)).isEqualTo(new LabelPlacement(0, 6, Length.parse("2.5in"), Length.parse("2.75in")));

        LabelStock cd = named("Avery L6015");
        LabelShape.Cd disc = (LabelShape.Cd) cd.shape();
        assertThat(disc.radius()).isEqualTo(Length.pt("165.827"));
        assertThat(disc.hole()).isEqualTo(Length.pt("58.1102"));
        assertThat(cd.labelsPerPage()).isEqualTo(2);
        assertThat(cd.position(2).y()).isEqualTo(Length.pt("60.6614").plus(Length.pt("392.4")));
    }

    @Test
    void thermalRollsAreOneLabelAPage() {
        LabelStock roll = named("Roll 50x30 mm");
        assertThat(roll.roll()).isTrue();
        assertThat(roll.pageWidth()).isEqualTo(Length.mm("50"));
        assertThat(roll.pageHeight()).isEqualTo(Length.mm("30"));
        assertThat(roll.gap()).isEqualTo(Length.mm("2"));
        assertThat(roll.placements(1, 3)).extracting(LabelPlacement::page).containsExactly(0, 1, 2);
    }

    private static GlabelsReader.Parsed read(String xml) {
        return StockLibrary.reader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xml");
    }

    @Test
    void equivResolvesAgainstTheSameBrandAndUnknownPartsAreRefused() {
        StockLibrary l = StockLibrary.resolve(List.of(read("""
                <Glabels-templates>
                  <Template brand="Acme" part="B2" equiv="A1"/>
                  <Template brand="Acme" part="C3" equiv="Z9"/>
                  <Template brand="Acme" part="A1" size="A4" _description="Tags">
                    <Label-rectangle id="0" width="50mm" height="20mm" round="1mm">
                      <Markup-margin size="1mm"/>
                      <Layout nx="4" ny="10" x0="5mm" y0="10mm" dx="50mm" dy="25mm"/>
                    </Label-rectangle>
                  </Template>
                </Glabels-templates>""")));
        assertThat(l.stocks()).extracting(LabelStock::name).containsExactly("Acme A1", "Acme B2");
        assertThat(l.stocks().get(1).position(40))
                .isEqualTo(new LabelPlacement(0, 40, Length.mm("155"), Length.mm("235")));
        assertThat(l.refused()).singleElement().satisfies(r -> assertThat(r.problem().message(Messages.of("en")))
                .isEqualTo("Template \"Acme C3\" is the same as part \"Z9\", which is not in the library."));
    }

    @Test
    void externalEntitiesAreRefusedNotRead() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE Glabels-templates [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <Glabels-templates><Template brand="&x;" part="1" size="A4"/></Glabels-templates>""";
        assertThatThrownBy(() -> read(xxe)).isInstanceOfSatisfying(StockException.class, e -> {
            assertThat(e.key()).isEqualTo("label.stock.error.doctype");
            assertThat(e.message(Messages.of("vi"))).startsWith("test.xml bị từ chối");
        });
    }

    @Test
    void impossibleGeometryIsRefusedWithTheTemplatesName() {
        GlabelsReader.Parsed p = read("""
                <Glabels-templates>
                  <Template brand="Bad" part="Wide" size="A4">
                    <Label-rectangle width="80mm" height="30mm"><Layout nx="3" ny="1" x0="0" y0="0" dx="80mm" dy="0"/></Label-rectangle>
                  </Template>
                  <Template brand="Bad" part="Overlap" size="A4">
                    <Label-rectangle width="60mm" height="30mm"><Layout nx="3" ny="2" x0="0" y0="0" dx="50mm" dy="30mm"/></Label-rectangle>
                  </Template>
                  <Template brand="Bad" part="Zero" size="A4">
                    <Label-rectangle width="0mm" height="30mm"><Layout nx="1" ny="1" x0="0" y0="0" dx="0" dy="0"/></Label-rectangle>
                  </Template>
                  <Template brand="Bad" part="Words" size="A4">
                    <Label-rectangle width="wide" height="30mm"><Layout nx="1" ny="1" x0="0" y0="0" dx="0" dy="0"/></Label-rectangle>
                  </Template>
                </Glabels-templates>""");
        Messages en = Messages.of("en");
        assertThat(p.stocks()).isEmpty();
        assertThat(p.refused()).extracting(r -> r.problem().message(en)).containsExactly(
                "Template \"Bad Wide\": the labels of grid 3x1 reach 240 x 30 mm, outside the 210 x 297 mm page.",
                "Template \"Bad Overlap\": labels every 50 x 30 mm would overlap labels of 60 x 30 mm.",
                "Template \"Bad Zero\": the label has no size (width and height must be above zero).",
                "Template \"Bad Words\": \"wide\" is not a valid width.");
    }

    @Test
    void unitsAreExact() {
        assertThat(Length.parse("1in")).isEqualTo(Length.mm("25.4"));
        assertThat(Length.parse("72")).isEqualTo(Length.parse("1in"));
        assertThat(Length.parse("1pc")).isEqualTo(Length.pt("12"));
        assertThat(Length.parse("2.5cm")).isEqualTo(Length.mm("25"));
        assertThat(Length.pt("181.4").glabelsText()).isEqualTo("181.4pt");
        assertThat(Length.mm("63.5").glabelsText()).isEqualTo("63.5mm");
    }
}
