package org.tradekit.label.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.tradekit.i18n.Messages;
import org.tradekit.label.stock.LabelStock;
import org.tradekit.work.Work;

/**
 * What the Labels screen needs of the machine's printers: the seam between the screen and the
 * printing backend ({@code print.printer}), so the screen is built and tested on its own and the
 * backend is wired in one place. Every method may block (printers, spooler, files): call them off
 * the FX thread. Problems are {@link org.tradekit.i18n.LocalizedException}s with their reason.
 */
public interface LabelPrinting {
    /** The printers this machine can print to, sorted by name. */
    List<String> printers();

    Optional<String> defaultPrinter();

    /** Prints a label PDF on {@code printer}, corrected by that printer's calibration for this stock; returns pages sent. */
    int print(Path pdf, String printer, LabelStock stock, Work work);

    /** Prints the calibration test grid of this stock on {@code printer}, uncorrected, so the user can measure it. */
    void printGrid(LabelStock stock, String printer, Messages messages, Work work);

    /** Whether this printer has a saved calibration for this stock. */
    boolean calibrated(String printer, LabelStock stock);

    /** Saves the calibration that cancels what the user measured on the printed grid. */
    void calibrate(String printer, LabelStock stock, Measured measured);

    /**
     * What the user measured on the printed grid: how far label 1's cross landed from the label's
     * centre (mm, right and down positive) and, when measured, how long the scale bars printed.
     */
    record Measured(double rightMm, double downMm, Double barXMm, Double barYMm) {
    }
}
