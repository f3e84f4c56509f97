package org.tradekit.print.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.tradekit.i18n.Messages;

/** The calibration's bounds and the maths from a measured test grid to the correction. */
class CalibrationTest {
    static final Messages EN = Messages.of("en");

    @Test
    void valuesOutsideWhatAPrinterCanBeOffByAreRefusedInWords() {
        assertThat(new Calibration(-10, 10, 0.95, 1.05).sentX(100)).isCloseTo(85, within(1e-9)); // the bounds themselves pass
        assertThatThrownBy(() -> new Calibration(10.5, 0, 1, 1)).isInstanceOfSatisfying(PrintingException.class,
                e -> assertThat(e.message(EN)).startsWith("An offset of 10.5 mm is more than a printer is off by (at most 10 mm)"));
        assertThatThrownBy(() -> new Calibration(0, -12, 1, 1)).isInstanceOf(PrintingException.class);
        assertThatThrownBy(() -> new Calibration(0, 0, 1.06, 1)).isInstanceOfSatisfying(PrintingException.class,
                e -> assertThat(e.message(EN)).startsWith("A scale of 1.06 is more than a printer stretches (between 0.95 and 1.05)"));
        assertThatThrownBy(() -> new Calibration(0, 0, 1, Double.NaN)).isInstanceOf(PrintingException.class);
        assertThat(Calibration.IDENTITY.isIdentity()).isTrue();
        assertThat(new Calibration(0.1, 0, 1, 1).isIdentity()).isFalse();
    }

    @Test
    void aMeasuredOffsetAloneIsCancelledByTheOppositeShift() {
        Calibration c = Calibration.fromMeasurement(Measurement.offsetOnly(1.5, -0.8), 30, 20, 100, 100);
        assertThat(c).isEqualTo(new Calibration(-1.5, 0.8, 1, 1));
    }

    @Test
    void aPrinterThatShiftsAndStretchesPrintsEveryPointWhereItBelongsOnceCalibrated() {
        double ax = 1.012;
        double bx = 0.9;
        double ay = 0.991;
        double by = -1.3;
        double cx = 38.95; // label 1's centre on an Avery L7160
        double cy = 34.15;
        // what the user reads on the grid printed without calibration
        Measurement m = new Measurement(ax * cx + bx - cx, ay * cy + by - cy, ax * 100, ay * 100);

        Calibration c = Calibration.fromMeasurement(m, cx, cy, 100, 100);

        for (double x : new double[] { 0, cx, 105, 210 }) {
            assertThat(ax * c.sentX(x) + bx).as("x %s", x).isCloseTo(x, within(0.002));
        }
        for (double y : new double[] { 0, cy, 148.5, 297 }) {
            assertThat(ay * c.sentY(y) + by).as("y %s", y).isCloseTo(y, within(0.002));
        }
    }

    @Test
    void aBarThatPrintedFarTooLongOrShortSaysTheGridWasScaled() {
        // "fit to page" shrank A4 to the printable area: 100 mm became 94 mm
        assertThatThrownBy(() -> Calibration.fromMeasurement(new Measurement(0, 0, 94.0, 94.0), 30, 20, 100, 100))
                .isInstanceOfSatisfying(PrintingException.class, e -> assertThat(e.message(EN))
                        .startsWith("A 100 mm bar printed as 94 mm").contains("without \"fit to page\""));
        assertThatThrownBy(() -> Calibration.fromMeasurement(new Measurement(0, 0, 0.0, null), 30, 20, 100, 100))
                .isInstanceOfSatisfying(PrintingException.class, e -> assertThat(e.message(Messages.of("vi")))
                        .startsWith("Độ dài in ra của thanh thước phải là một số milimét dương"));
        assertThatThrownBy(() -> Calibration.fromMeasurement(Measurement.offsetOnly(14, 0), 30, 20, 100, 100))
                .isInstanceOfSatisfying(PrintingException.class, e -> assertThat(e.message(EN)).startsWith("An offset of -14 mm"));
    }
}
