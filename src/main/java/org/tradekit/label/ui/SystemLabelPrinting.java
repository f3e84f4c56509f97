package org.tradekit.label.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.tradekit.i18n.Messages;
import org.tradekit.label.stock.LabelStock;
import org.tradekit.print.printer.Calibration;
import org.tradekit.print.printer.CalibrationGrid;
import org.tradekit.print.printer.Calibrations;
import org.tradekit.print.printer.Measurement;
import org.tradekit.print.printer.PdfPrinter;
import org.tradekit.print.printer.Printers;
import org.tradekit.work.Work;

/** The Labels screen's printing on this machine's printers ({@code javax.print}) with calibrations kept per printer and stock. */
public final class SystemLabelPrinting implements LabelPrinting {
    private final PdfPrinter printer;
    private final Calibrations calibrations;

    public SystemLabelPrinting(PdfPrinter printer, Calibrations calibrations) {
        this.printer = printer;
        this.calibrations = calibrations;
    }

    @Override
    public List<String> printers() {
        return Printers.names();
    }

    @Override
    public Optional<String> defaultPrinter() {
        return Printers.defaultName();
    }

    @Override
    public int print(Path pdf, String name, LabelStock stock, Work work) {
        return printer.print(pdf, name, calibrations.get(name, stock.name()), work).pages();
    }

    @Override
    public void printGrid(LabelStock stock, String name, Messages messages, Work work) {
        try {
            Path dir = Files.createTempDirectory("tradekit-grid");
            Path pdf = dir.resolve("calibration-grid.pdf");
            try {
                CalibrationGrid.write(stock, name, messages, pdf);
                printer.print(pdf, name, Calibration.IDENTITY, work); // uncorrected: the user measures the printer's own error
            } finally {
                Files.deleteIfExists(pdf);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean calibrated(String name, LabelStock stock) {
        return calibrations.all().stream().anyMatch(e -> e.printer().equals(name) && e.stock().equals(stock.name()));
    }

    @Override
    public void calibrate(String name, LabelStock stock, Measured m) {
        calibrations.save(name, stock.name(), CalibrationGrid.calibration(stock,
                new Measurement(m.rightMm(), m.downMm(), m.barXMm(), m.barYMm())));
    }
}
