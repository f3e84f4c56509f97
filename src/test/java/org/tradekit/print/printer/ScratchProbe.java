package org.tradekit.print.printer;

import java.nio.file.*;
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.tradekit.print.Fonts;
import org.tradekit.work.Work;

class ScratchProbe {
    @Test
    void probe() throws Exception {
        System.out.println("printers " + Printers.names() + " default " + Printers.defaultName());
        Path p = Files.createTempFile("probe", ".pdf");
        try (PDDocument d = new PDDocument()) {
            var f = Fonts.load(d, Fonts.Style.REGULAR);
            for (float[] size : new float[][] { { 50, 30 }, { 210, 297 } }) {
                PDPage page = new PDPage(new PDRectangle(size[0] * 72 / 25.4f, size[1] * 72 / 25.4f));
                d.addPage(page);
                try (var cs = new PDPageContentStream(d, page)) {
                    cs.addRect(10 * 72 / 25.4f, 10 * 72 / 25.4f, 5 * 72 / 25.4f, 5 * 72 / 25.4f);
                    cs.fill();
                    cs.beginText();
                    cs.setFont(f, 8);
                    cs.newLineAtOffset(30, 40);
                    cs.showText("Chè búp tươi");
                    cs.endText();
                }
            }
            d.save(p.toFile());
        }
        var svc = Printers.find("TradeKitPDF");
        System.out.println("accepting " + svc.getAttribute(javax.print.attribute.standard.PrinterIsAcceptingJobs.class)
                + " state " + svc.getAttribute(javax.print.attribute.standard.PrinterState.class) + " reasons "
                + svc.getAttribute(javax.print.attribute.standard.PrinterStateReasons.class));
        for (var a : svc.getAttributes().toArray()) System.out.println("  attr " + a.getName() + "=" + a);
        new PdfPrinter().print(p, "TradeKitPDF", Calibration.IDENTITY, "tkprobe1", Work.NONE);
    }
}
