package org.tradekit.brochure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class TypefaceTest {
    static final String VI = "Cà phê Robusta rang xay – Đắk Lắk, ướp hương tự nhiên";
    static final String ZH = "越南罗布斯塔咖啡：中度烘焙，香气浓郁。";
    static final String KO = "베트남 로부스타 커피, 중간 로스팅";
    static final String JA = "ベトナム産ロブスタコーヒー（中煎り）";
    static final String MIXED = "GTIN 8935001234567 – 净含量 500 g – Cà phê";

    @Test
    void textInEveryLanguageComesBackExactlyAndFontsAreEmbeddedSubsets() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); Typeface face = new Typeface(doc)) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (Canvas c = new Canvas(doc, page, face)) {
                float top = 50;
                for (String s : List.of(VI, ZH, KO, JA, MIXED)) {
                    c.text(face.printable(s), 50, top, 12, false, Theme.TEXT);
                    c.text(face.printable(s), 50, top + 16, 12, true, Theme.TEXT);
                    top += 40;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
            assertThat(face.missing()).isEmpty();
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> lines = new PDFTextStripper().getText(doc).lines().toList();
            assertThat(lines).containsExactly(VI, VI, ZH, ZH, KO, KO, JA, JA, MIXED, MIXED);
            List<String> fonts = new ArrayList<>();
            PDPage page = doc.getPage(0);
            for (COSName n : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(n).getName());
            }
            assertThat(fonts).hasSize(3).allMatch(f -> f.matches("[A-Z]{6}\\+.+"));
            assertThat(fonts).anyMatch(f -> f.endsWith("+WenQuanYiMicroHei")).anyMatch(f -> f.contains("NotoSans-Bold"));
        }
    }

    @Test
    void aLatinDocumentNeverLoadsTheCjkFont() throws Exception {
        try (PDDocument doc = new PDDocument(); Typeface face = new Typeface(doc)) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (Canvas c = new Canvas(doc, page, face)) {
                c.text(face.printable(VI), 50, 50, 12, false, Theme.TEXT);
            }
            doc.save(new ByteArrayOutputStream());
            assertThat(page.getResources().getFontNames()).hasSize(1);
        }
    }

    @Test
    void aCharacterNoFontHasIsAVisibleSquareAndListed() throws Exception {
        try (PDDocument doc = new PDDocument(); Typeface face = new Typeface(doc)) {
            String hieroglyph = new String(Character.toChars(0x13000));
            assertThat(face.printable("Mật ong " + hieroglyph + " 蜂蜜")).isEqualTo("Mật ong □ 蜂蜜");
            assertThat(face.missing()).containsExactly(0x13000);
        }
    }

    @Test
    void linesWrapAtWordsInVietnameseAndBetweenCharactersInChinese() throws Exception {
        try (PDDocument doc = new PDDocument(); Typeface face = new Typeface(doc)) {
            LineBreaker vi = new LineBreaker(face, Locale.forLanguageTag("vi"));
            List<String> lines = vi.wrap(VI, 120, 10, false);
            assertThat(lines.size()).isGreaterThan(2);
            assertThat(String.join(" ", lines)).isEqualTo(VI);
            assertThat(lines).allMatch(l -> face.width(l, 10, false) <= 120);
            LineBreaker zh = new LineBreaker(face, Locale.SIMPLIFIED_CHINESE);
            List<String> zhLines = zh.wrap(ZH, 60, 10, false);
            assertThat(String.join("", zhLines)).isEqualTo(ZH);
            assertThat(zhLines).allMatch(l -> face.width(l, 10, false) <= 60).hasSizeGreaterThan(2);
            LineBreaker ko = new LineBreaker(face, Locale.KOREAN);
            String sentence = "베트남 타이응우옌 협동조합에서 손으로 수확하고 가공했습니다";
            List<String> koLines = ko.wrap(sentence, 90, 10, false);
            assertThat(koLines).hasSizeGreaterThan(1);
            assertThat(String.join(" ", koLines)).isEqualTo(sentence); // broken at spaces only, never inside a word
            LineBreaker.Lines cut = vi.fit(VI.repeat(20), 120, 10, false, 3);
            assertThat(cut.truncated()).isTrue();
            assertThat(cut.lines()).hasSize(3);
            assertThat(cut.lines().get(2)).endsWith("…");
            assertThat(face.width(cut.lines().get(2), 10, false)).isLessThanOrEqualTo(120);
        }
    }
}
