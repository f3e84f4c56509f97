package org.tradekit.print.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.i18n.Messages;

/** The device-local store of calibrations: per printer and stock, whole-file writes, refusing bad files in words. */
class CalibrationsTest {
    @TempDir
    Path dataDir;

    @Test
    void eachPrinterAndStockKeepsItsOwnCalibrationAcrossAReopen() throws Exception {
        Calibrations store = new Calibrations(dataDir);
        assertThat(store.get("Xprinter XP-365B", "Roll 50x30 mm")).isEqualTo(Calibration.IDENTITY);

        store.save("Xprinter XP-365B", "Roll 50x30 mm", new Calibration(-1.25, 0.5, 1.004, 0.998));
        store.save("Xprinter XP-365B", "Avery L7160", new Calibration(0.3, 0, 1, 1));
        store.save("Canon LBP2900", "Avery L7160", new Calibration(0, -2, 1, 1));
        store.save("Canon LBP2900", "Avery L7160", new Calibration(0, -1.5, 1, 1)); // replaces

        Calibrations reopened = new Calibrations(dataDir);
        assertThat(reopened.get("Xprinter XP-365B", "Roll 50x30 mm")).isEqualTo(new Calibration(-1.25, 0.5, 1.004, 0.998));
        assertThat(reopened.get("Xprinter XP-365B", "Avery L7160")).isEqualTo(new Calibration(0.3, 0, 1, 1));
        assertThat(reopened.get("Canon LBP2900", "Avery L7160")).isEqualTo(new Calibration(0, -1.5, 1, 1));
        assertThat(reopened.get("Canon LBP2900", "Roll 50x30 mm")).isEqualTo(Calibration.IDENTITY);
        assertThat(reopened.all()).extracting(Calibrations.Entry::printer, Calibrations.Entry::stock).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Canon LBP2900", "Avery L7160"),
                org.assertj.core.groups.Tuple.tuple("Xprinter XP-365B", "Avery L7160"),
                org.assertj.core.groups.Tuple.tuple("Xprinter XP-365B", "Roll 50x30 mm"));

        reopened.remove("Xprinter XP-365B", "Avery L7160");
        assertThat(new Calibrations(dataDir).get("Xprinter XP-365B", "Avery L7160")).isEqualTo(Calibration.IDENTITY);
        try (Stream<Path> files = Files.list(dataDir)) { // written whole and renamed: no temporary file left beside it
            assertThat(files).containsExactly(dataDir.resolve(Calibrations.FILE_NAME));
        }
    }

    @Test
    void aHandEditedValueOutOfBoundsOrABrokenFileIsRefusedInWordsAndNotOverwritten() throws Exception {
        Calibrations store = new Calibrations(dataDir);
        store.save("Máy in kho", "Roll 50x30 mm", new Calibration(1, 1, 1, 1));
        Path file = store.file();
        String edited = Files.readString(file).replace("\"dxMm\" : 1.0", "\"dxMm\" : 25.0");
        assertThat(edited).contains("25.0");
        Files.writeString(file, edited);

        assertThatThrownBy(() -> store.get("Máy in kho", "Roll 50x30 mm")).isInstanceOfSatisfying(PrintingException.class,
                e -> assertThat(e.message(Messages.of("en"))).startsWith("The printer calibrations in " + file + " cannot be read")
                        .contains("An offset of 25 mm").endsWith("Fix or delete the file; the printers will then print"
                                + " uncalibrated until calibrated again."));
        assertThatThrownBy(() -> store.save("Other", "Avery L7160", Calibration.IDENTITY)).isInstanceOf(PrintingException.class);
        assertThat(Files.readString(file)).isEqualTo(edited); // the other calibrations are not lost by a save

        Files.writeString(file, "{ not json");
        assertThatThrownBy(() -> store.get("Máy in kho", "Roll 50x30 mm")).isInstanceOfSatisfying(PrintingException.class,
                e -> assertThat(e.message(Messages.of("vi"))).startsWith("Không đọc được các hiệu chỉnh máy in trong " + file));
    }
}
