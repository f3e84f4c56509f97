package org.tradekit.brochure.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.tradekit.print.printer.Calibration;
import org.tradekit.print.printer.PdfPrinter;
import org.tradekit.print.printer.Printers;
import org.tradekit.work.Work;

/**
 * The Brochures screen's printers: the seam between the screen and {@code print.printer} (tests
 * give their own). Every method may block on the spooler: call them off the FX thread. A brochure
 * is printed uncorrected (calibrations are for label stock, not for A4/A5 paper).
 */
@FunctionalInterface
public interface BrochurePrinting {
    /** Sends the PDF to the printer under {@code jobName}; returns the pages sent. */
    int print(Path pdf, String printer, String jobName, Work work);

    default List<String> printers() {
        return Printers.names();
    }

    default Optional<String> defaultPrinter() {
        return Printers.defaultName();
    }

    /** This machine's printers through {@code javax.print}. */
    static BrochurePrinting system(PdfPrinter printer) {
        return (pdf, name, job, work) -> printer.print(pdf, name, Calibration.IDENTITY, job, work).pages();
    }
}
