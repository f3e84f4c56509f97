package org.tradekit.brochure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.app.AppContext;
import org.tradekit.coop.CoopBrand;
import org.tradekit.work.Work;

/** The cooperative's story on the introduction page in the document's language, and its colour as the accent. */
class CatalogueBrandTest {
    static final String STORY_VI = "Hợp tác xã Ea Tu trồng cà phê Robusta dưới tán sầu riêng ở Đắk Lắk từ năm 2009.\n"
            + "Mỗi quả cà phê được hái chín bằng tay, phơi trên giàn tre và rang mộc, không tẩm ướp.";
    static final String STORY_EN = "Ea Tu Cooperative has grown Robusta coffee under durian trees in Dak Lak since 2009. "
            + "Every cherry is picked ripe by hand, dried on bamboo racks and roasted plain, with nothing added.";
    static final Color BRAND = new Color(0x6A1B9A);

    @TempDir
    Path dir;

    @Test
    void aVietnameseCatalogueTellsTheVietnameseStoryAndAnEnglishOneTheEnglishStoryInTheBrandColour() throws Exception {
        try (AppContext app = BrochureFixture.open(dir.resolve("data"))) {
            app.coopProfile().saveBrand(new CoopBrand(STORY_VI, STORY_EN, "#6a1b9a"));
            try (PDDocument doc = catalogue(app, DocumentLanguage.VI, Theme.FOREST)) {
                String intro = flat(BrochurePdfs.text(doc, 1));
                assertThat(intro).contains(flat(STORY_VI)).doesNotContain("Robusta coffee");
                assertThat(fillColours(doc, 1)).contains(BRAND).doesNotContain(Theme.FOREST.accent());
            }
            try (PDDocument doc = catalogue(app, DocumentLanguage.EN, Theme.RIVER)) {
                assertThat(flat(BrochurePdfs.text(doc, 1))).contains(flat(STORY_EN)).doesNotContain("Hợp tác xã Ea Tu");
                assertThat(fillColours(doc, 0)).contains(BRAND); // the cover's band
            }
            // a colour chosen for this document (--colour, or a theme already in another accent) wins
            try (PDDocument doc = catalogue(app, DocumentLanguage.EN, Theme.CLAY.withAccent(Color.RED))) {
                assertThat(fillColours(doc, 1)).contains(Color.RED).doesNotContain(BRAND);
            }
        }
    }

    @Test
    void withoutTheDocumentsLanguageTheOtherStoryIsShownMarkedAndWithoutColourTheThemesAccent() throws Exception {
        try (AppContext app = BrochureFixture.open(dir.resolve("data"))) {
            app.coopProfile().saveBrand(new CoopBrand(STORY_VI, null, null));
            try (PDDocument doc = catalogue(app, DocumentLanguage.ZH, Theme.FOREST)) {
                String intro = flat(BrochurePdfs.text(doc, 1));
                assertThat(intro).contains(flat(STORY_VI));
                // the marker follows the story (a Chinese line may break inside it)
                assertThat(intro.substring(intro.indexOf("không tẩm ướp.")).replace(" ", "")).startsWith("khôngtẩmướp.（越南文）");
                assertThat(fillColours(doc, 1)).contains(Theme.FOREST.accent()).doesNotContain(BRAND);
            }
        }
    }

    @Test
    void aStoryLongerThanThePageEndsInAnEllipsisWithAWarningAndNeverAddsAPage() throws Exception {
        try (AppContext app = BrochureFixture.open(dir.resolve("data"))) {
            StringBuilder story = new StringBuilder();
            for (int i = 1; story.length() < CoopBrand.STORY_MAX - 12; i++) { // short lines: far more than a page holds
                story.append("Mùa vụ ").append(i).append('\n');
            }
            app.coopProfile().saveBrand(new CoopBrand(story.toString(), null, null));
            BrochureRequest request = BrochureRequest.of(BrochureType.CATALOGUE, DocumentLanguage.VI)
                    .withLayout(GridLayout.GRID2, Paper.A5, Theme.CLAY);
            Path out = dir.resolve("a5.pdf");
            BrochureResult r = app.brochures().generate(app.brochures().check(request), out, Work.NONE);
            assertThat(r.warnings()).contains(new BrochureWarning("brochure.warning.storyShortened"));
            assertThat(r.pages()).isEqualTo(1 + 1 + 2 + 1); // the story never pushes the intro onto a second page
            try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                String intro = BrochurePdfs.text(doc, 1);
                assertThat(intro).contains("Mùa vụ 1\n", "Mùa vụ 2\n", "…").doesNotContain("Mùa vụ 150");
            }
        }
    }

    private PDDocument catalogue(AppContext app, DocumentLanguage lang, Theme theme) throws IOException {
        BrochureRequest request = BrochureRequest.of(BrochureType.CATALOGUE, lang).withLayout(GridLayout.GRID2, Paper.A4,
                theme);
        Path out = dir.resolve("catalogue-" + lang.code() + "-" + System.nanoTime() + ".pdf");
        app.brochures().generate(app.brochures().check(request), out, Work.NONE);
        return Loader.loadPDF(out.toFile());
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The RGB colours a page fills with ({@code rg}, or {@code sc} in DeviceRGB as PDFBox writes it), as drawn. */
    private static List<Color> fillColours(PDDocument doc, int page) throws IOException {
        List<Color> out = new ArrayList<>();
        List<Object> tokens = new ArrayList<>();
        var streams = doc.getPage(page).getContentStreams();
        while (streams.hasNext()) {
            try (var in = streams.next().createInputStream()) {
                tokens.addAll(new PDFStreamParser(in.readAllBytes()).parse());
            }
        }
        for (int i = 3; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator op && ("rg".equals(op.getName()) || "sc".equals(op.getName()))
                    && tokens.get(i - 3) instanceof COSNumber) {
                out.add(new Color(channel(tokens.get(i - 3)), channel(tokens.get(i - 2)), channel(tokens.get(i - 1))));
            }
        }
        return out;
    }

    private static int channel(Object token) {
        return Math.round(((COSNumber) token).floatValue() * 255);
    }
}
