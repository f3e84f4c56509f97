package org.tradekit.print.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.gs1.Gtin;
import org.tradekit.gs1.ProductLink;

/**
 * An independent decoder: pages rendered at 300 dpi by poppler's {@code pdftoppm} and read by
 * {@code zbarimg} (Debian: {@code apt-get install -y zbar-tools poppler-utils}); skipped where
 * those tools are missing.
 */
class ZbarCrossCheckTest {
    @TempDir
    Path dir;

    @Test
    void zbarReadsEveryQrAndEanCodeToItsExactContent() throws Exception {
        Assumptions.assumeTrue(onPath("zbarimg") && onPath("pdftoppm"),
                "zbarimg or pdftoppm missing: apt-get install -y zbar-tools poppler-utils to run this cross-check");
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

        run(dir, "pdftoppm", "-r", "300", "-png", pdf.toString(), dir.resolve("p").toString());
        List<String> decoded = new ArrayList<>();
        try (Stream<Path> pages = Files.list(dir)) {
            for (Path png : pages.filter(p -> p.toString().endsWith(".png")).sorted().toList()) {
                decoded.addAll(run(dir, "zbarimg", "-q", png.toString()));
            }
        }
        assertThat(decoded).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static boolean onPath(String tool) {
        try {
            return new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static List<String> run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start(); // zbarimg complains about D-Bus on stderr
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        assertThat(exit).as("%s exit code", command[0]).isIn(0, 4); // zbarimg: 4 = no code on the page
        return out.lines().filter(l -> !l.isBlank()).toList();
    }
}
