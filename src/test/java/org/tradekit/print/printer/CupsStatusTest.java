package org.tradekit.print.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tradekit.i18n.Messages;

/** Reading {@code lpstat -l -p} (C locale) and what it means for a job sent now. */
class CupsStatusTest {
    @Test
    void aDisabledQueueIsStoppedAndItsAlertsAreItsReasons() {
        var s = CupsStatus.parse("Thermal", """
                printer Thermal disabled since Mon Nov 23 14:14:20 2026 -
                \tMedia empty
                \tForm mounted:
                \tAlerts: media-empty-error paused
                \tLocation:\s
                """).orElseThrow();
        assertThat(s.stopped()).isTrue();
        assertThat(s.reasons()).containsExactly("media-empty-error", "paused");
        assertThatThrownBy(() -> Printers.requireReady("Thermal", s)).isInstanceOfSatisfying(PrintingException.class,
                e -> assertThat(e.message(Messages.of("vi"))).isEqualTo(
                        "Máy in \"Thermal\" hết giấy (media-empty-error). Hãy nạp nhãn vào, rồi thử lại."));
    }

    @Test
    void anIdleQueueWithoutAlertsPassesAndAnotherPrintersLinesAreNotRead() {
        var idle = CupsStatus.parse("Office", "printer Office is idle.  enabled since Mon Nov 23 2026\n\tAlerts: none\n")
                .orElseThrow();
        assertThat(idle).isEqualTo(new CupsStatus.State(false, List.of()));
        Printers.requireReady("Office", idle);
        assertThat(CupsStatus.parse("Office", "lpstat: Invalid destination name in list \"Office\".")).isEmpty();
        assertThatThrownBy(() -> Printers.requireReady("Office", new CupsStatus.State(false, List.of("cover-open-error"))))
                .isInstanceOfSatisfying(PrintingException.class, e -> assertThat(e.key()).isEqualTo("print.printer.error.state"));
    }
}
