package org.tradekit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The window's arguments: the probes open the window; anything else is the CLI's. */
class GuiArgsTest {
    @Test
    void theLineageProbeTakesItsLotAndOpensTheWindow() {
        GuiArgs a = GuiArgs.parse(new String[] {"--data-dir", "/tmp/x", "--lineage-probe", "TEA-LEAF-260507-1"},
                Set.of("--startup-probe"), Set.of("--lineage-probe"));
        assertThat(a.dataDir()).isEqualTo(Path.of("/tmp/x"));
        assertThat(a.options()).containsEntry("--lineage-probe", "TEA-LEAF-260507-1");
        assertThat(a.flags()).isEmpty();
    }

    @Test
    void aProbeWithoutItsLotOrACommandIsForTheCli() {
        assertThat(GuiArgs.parse(new String[] {"--lineage-probe"}, Set.of(), Set.of("--lineage-probe"))).isNull();
        assertThat(GuiArgs.parse(new String[] {"lots", "list"}, Set.of(), Set.of("--lineage-probe"))).isNull();
        assertThat(GuiArgs.parse(new String[] {"--startup-probe"}, Set.of("--startup-probe"), Set.of()).flags())
                .containsExactly("--startup-probe");
    }
}
