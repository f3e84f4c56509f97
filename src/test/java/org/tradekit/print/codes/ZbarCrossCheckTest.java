package org.tradekit.print.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.gs1.Gtin;
import org.tradekit.gs1.ProductLink;

/** Codes drawn by the painters, read back by an independent decoder ({@link Zbar}). */
class ZbarCrossCheckTest {
    @TempDir
    Path dir;

    @Test
    void zbarReadsEveryQrAndEanCodeToItsExactContent() throws Exception {
        Zbar.assumeInstalled();
        List<ProductLink> links = CodesPdfTest.links(48);
        List<String> expected = new ArrayList<>();
        links.forEach(l -> expected.add("QR-Code:" + l.uri()));
        List<Gtin> eans = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            eans.add(Gtin.withCheckDigit("893" + String.format("%09d", 7_654_321L * (i + 3) % 1_000_000_000L)));
            expected.add("EAN-13:" + eans.get(i).digits());
        }
        // 0.55 mm: at 0.5 mm (5.9 px at 300 dpi) zbar missed 2 of these 48 codes that ZXing read
        Path pdf = dir.resolve("codes.pdf");
        CodeSheet.write(pdf, 72, (cs, font, i, x, y) -> i < 48
                ? QrPainter.draw(cs, QrSymbol.encode(links.get(i).uri(), QrErrorCorrection.DEFAULT), x + 2, y + 2, 0.55)
                : BarPainter.draw(cs, LinearSymbol.ean13(eans.get(i - 48)), x + 3, y + 3, 0.33, 20, font));

        assertThat(Zbar.decodePdf(pdf, dir)).containsExactlyInAnyOrderElementsOf(expected);
    }
}
