package org.tradekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tradekit labels --list-templates [QUERY]} as a user types it. */
class LabelsCommandTest {
    @TempDir
    Path dataDir;

    @Test
    void listsMatchingTemplatesOneALineNameFirst() {
        CliRun r = CliRun.en("--data-dir", dataDir.toString(), "labels", "--list-templates", "l7160");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().findFirst()).hasValue("Avery L7160  A4  3x7  63.99x38.1 mm");

        CliRun round = CliRun.in("vi", "--data-dir", dataDir.toString(), "labels", "--list-templates", "3274.2");
        assertThat(round.out()).contains("Avery 3274.2  US-Letter  4x5  tròn 38.1 mm");
        CliRun roll = CliRun.in("vi", "--data-dir", dataDir.toString(), "labels", "--list-templates", "roll 50x30");
        assertThat(roll.out().strip()).isEqualTo("Roll 50x30 mm  cuộn 50 mm  1x1  50x30 mm");
    }

    @Test
    void withoutAQueryListsEverythingAndAnUnknownOneSaysSo() {
        CliRun all = CliRun.en("--data-dir", dataDir.toString(), "labels", "--list-templates");
        assertThat(all.exit()).isZero();
        assertThat(all.out().lines().count()).isGreaterThan(1700);
        CliRun none = CliRun.in("vi", "--data-dir", dataDir.toString(), "labels", "--list-templates", "khong co");
        assertThat(none.exit()).isEqualTo(Cli.REFUSED);
        assertThat(none.err().strip()).isEqualTo("Không có loại giấy nhãn nào khớp với \"khong co\".");
    }
}
