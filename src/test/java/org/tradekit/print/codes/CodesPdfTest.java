package org.tradekit.print.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.TestContexts;
import org.tradekit.gs1.AiElement;
import org.tradekit.gs1.ElementString;
import org.tradekit.gs1.Gtin;
import org.tradekit.gs1.ProductLink;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Result;

/**
 * Codes drawn into real PDFs, saved, read back, rendered at 300 dpi and decoded one by one with
 * ZXing to their exact content; the pages hold no images.
 */
class CodesPdfTest {
    static final int DPI = 300;
    /** Lots with characters a Digital Link must percent-encode. */
    static final String[] LOTS = {"LOT2611", "L/2026-11", "A%B", "X&Y", "Q;1", "P+Q", "R?S", "C'D", "Z\"1", "lo t"};

    @TempDir
    Path dir;

    static List<ProductLink> links(int count) {
        List<ProductLink> out = new ArrayList<>();
        Gtin gtin = Gtin.withCheckDigit("893123456789");
        for (int i = 0; i < count; i++) {
            String lot = LOTS[i % LOTS.length].replace(" ", "");
            out.add(ProductLink.of("truyxuat.htx-camsanh.vn", gtin).withLot(lot).withSerial("SN" + (100_000 + i))
                    .withExpiry(LocalDate.of(2027, 1 + i % 12, 1 + i % 28)));
        }
        return out;
    }

    @Test
    void digitalLinkQrCodesDecodeToTheExactUriAtEveryErrorCorrectionLevel() throws Exception {
        List<ProductLink> links = links(60);
        QrErrorCorrection[] levels = QrErrorCorrection.values();
        Path pdf = dir.resolve("qr.pdf");
        List<CodeSheet.Placed> placed = CodeSheet.write(pdf, links.size(), (cs, font, i, x, y) -> QrPainter.drawSized(
                cs, QrSymbol.encode(links.get(i).uri(), levels[i % levels.length]), x + 2, y + 2, 33));

        assertThat(links.stream().map(ProductLink::uri)).anyMatch(u -> u.contains("%2F")).anyMatch(u -> u.contains("%25"))
                .anyMatch(u -> u.contains("%26")).anyMatch(u -> u.contains("%3F"));
        try (PDDocument doc = CodeSheet.open(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
            CodeSheet.assertNoImages(doc);
            decodeAll(doc, placed, i -> {
                Result r = CodeSheet.decode(page(doc, placed.get(i).page()), DPI, placed.get(i).code(),
                        BarcodeFormat.QR_CODE, false);
                assertThat(r.getText()).isEqualTo(links.get(i).uri());
                assertThat(ProductLink.parse(r.getText(), TestContexts.CLOCK)).isEqualTo(links.get(i));
            });
            System.out.printf("[codes] %d QR codes decoded; ZXing's detector needed the pure-barcode retry for %d%n",
                    placed.size(), CodeSheet.MISSED_BY_DETECTOR.get());
        }
    }

    @Test
    void retailCodesDecodeAndPrintTheirDigits() throws Exception {
        List<Gtin> eans = new ArrayList<>();
        List<Gtin> upcs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            eans.add(Gtin.withCheckDigit("893" + String.format("%09d", 4_561_237L * (i + 1) % 1_000_000_000L)));
            upcs.add(Gtin.withCheckDigit(String.format("%011d", 36_000_291_452L + 7919L * i)));
        }
        Path pdf = dir.resolve("retail.pdf");
        List<CodeSheet.Placed> placed = CodeSheet.write(pdf, 24, (cs, font, i, x, y) -> i % 2 == 0
                ? BarPainter.draw(cs, LinearSymbol.ean13(eans.get(i / 2)), x + 3, y + 3, 0.33, 20, font)
                : BarPainter.draw(cs, LinearSymbol.upcA(upcs.get(i / 2)), x + 3, y + 3, 0.33, 20, font));

        try (PDDocument doc = CodeSheet.open(pdf)) {
            CodeSheet.assertNoImages(doc);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            for (int i = 0; i < 12; i++) {
                assertThat(text).contains(eans.get(i).digits().substring(1, 7), eans.get(i).digits().substring(7));
            }
            decodeAll(doc, placed, i -> {
                DrawnCode c = placed.get(i).code();
                if (i % 2 == 0) {
                    assertThat(c.modules()).isEqualTo(11 + 95 + 7);
                    Result r = CodeSheet.decode(page(doc, 0), DPI, c, BarcodeFormat.EAN_13, false);
                    assertThat(r.getText()).isEqualTo(eans.get(i / 2).digits());
                } else {
                    Result r = CodeSheet.decode(page(doc, 0), DPI, c, BarcodeFormat.UPC_A, false);
                    assertThat(r.getText()).isEqualTo(upcs.get(i / 2).digits());
                }
            });
        }
    }

    @Test
    void gs1128CarriesFnc1AndDecodesToTheSameElements() throws Exception {
        List<List<AiElement>> strings = new ArrayList<>();
        Gtin gtin = Gtin.withCheckDigit("1893123456789"); // a GTIN-14 of a carton
        for (int i = 0; i < 24; i++) {
            strings.add(List.of(new AiElement("01", gtin.gtin14()), new AiElement("10", LOTS[i % LOTS.length].replace(" ", "")),
                    new AiElement("17", String.format("27%02d%02d", 1 + i % 12, 1 + i)),
                    new AiElement("37", Integer.toString(6 + i * 37))));
        }
        Path pdf = dir.resolve("gs1-128.pdf");
        List<CodeSheet.Placed> placed = CodeSheet.write(pdf, strings.size(), 2, (cs, font, i, x, y) -> BarPainter.draw(cs,
                LinearSymbol.gs1128(strings.get(i)), x + 1, y + 3, 0.25, 15, font));

        try (PDDocument doc = CodeSheet.open(pdf)) {
            CodeSheet.assertNoImages(doc);
            assertThat(new PDFTextStripper().getText(doc)).contains(ElementString.bracketed(strings.get(0)));
            decodeAll(doc, placed, i -> {
                DrawnCode c = placed.get(i).code();
                assertThat(c.right()).as("fits its 105 mm cell").isLessThan((i % 2 + 1) * 105.0);
                Result r = CodeSheet.decode(page(doc, placed.get(i).page()), DPI, c, BarcodeFormat.CODE_128, true);
                assertThat(r.getText()).startsWith("]C1"); // FNC1 in first position: AIM identifier of GS1-128
                String data = ElementString.FNC1 + r.getText().substring(3).replace(ElementString.GS, ElementString.FNC1);
                assertThat(ElementString.gs1().parseData(data)).isEqualTo(strings.get(i));
            });
        }
    }

    @Test
    void aThousandQrCodesStaySmall() throws Exception {
        List<ProductLink> links = links(1000);
        Path pdf = dir.resolve("qr-1000.pdf");
        long t0 = System.nanoTime();
        CodeSheet.write(pdf, links.size(), (cs, font, i, x, y) -> QrPainter.draw(cs,
                QrSymbol.encode(links.get(i).uri(), QrErrorCorrection.DEFAULT), x + 2, y + 2, 0.5));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long bytes = Files.size(pdf);
        System.out.printf("[codes] 1,000 Digital Link QR codes (EC M, mask search, 0.5 mm): %,d bytes of PDF, %d ms%n",
                bytes, ms);
        // the file also carries an (unused) font subset; a code costs a few hundred bytes
        assertThat(bytes).isLessThan(600_000);
        try (PDDocument doc = CodeSheet.open(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(42);
            CodeSheet.assertNoImages(doc);
        }
    }

    interface Check {
        void run(int index) throws Exception;
    }

    private final java.util.Map<Integer, BufferedImage> pages = new java.util.HashMap<>();
    private PDDocument rendered;

    private BufferedImage page(PDDocument doc, int index) throws Exception {
        if (rendered != doc) {
            pages.clear();
            rendered = doc;
        }
        BufferedImage img = pages.get(index);
        if (img == null) {
            img = CodeSheet.render(doc, index, DPI);
            pages.put(index, img);
        }
        return img;
    }

    private void decodeAll(PDDocument doc, List<CodeSheet.Placed> placed, Check check) throws Exception {
        for (int i = 0; i < placed.size(); i++) {
            try {
                check.run(i);
            } catch (com.google.zxing.NotFoundException e) {
                throw new AssertionError("code " + i + " not found at " + placed.get(i), e);
            }
        }
    }
}
