package org.tradekit.print.codes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.gs1.ProductLink;

/**
 * Micro benchmark, off by default: 10,000 serialised Digital Link QR codes on A4 sheets of 24.
 * {@code mvn -B -ntp test -Dtest=QrBenchmark -Dcodes.bench=true}
 */
class QrBenchmark {
    @TempDir
    Path dir;

    @Test
    void tenThousandQrCodes() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("codes.bench"), "benchmark: run with -Dcodes.bench=true");
        List<ProductLink> links = CodesPdfTest.links(10_000);
        for (int mask : new int[] {-1, 2, -1, 2}) { // the first two warm the JIT
            Path pdf = dir.resolve("qr-" + mask + ".pdf");
            long t0 = System.nanoTime();
            CodeSheet.write(pdf, links.size(), (cs, font, i, x, y) -> QrPainter.draw(cs,
                    QrSymbol.encode(links.get(i).uri(), QrErrorCorrection.DEFAULT, mask), x + 2, y + 2, 0.5));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("[bench] 10,000 QR (EC M, %s): %,d ms, %,d bytes%n",
                    mask < 0 ? "mask search" : "fixed mask " + mask, ms, Files.size(pdf));
        }
    }
}
