package org.tradekit.trace.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tradekit.store.RowMapper;
import org.tradekit.trace.TraceTestBase;

/**
 * The lineage queries, now with partners' links, still walk the indexes from the reach set: no full
 * scan of lots, links or external lines (checked with the JDBC driver's own SQLite, not the older CLI).
 */
class LineagePlanTest extends TraceTestBase {
    List<String> plan(String sql) {
        return f.app.database().read(c -> {
            try (var ps = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
                return new ArrayList<>(RowMapper.list(ps, rs -> rs.getString(4), "x"));
            }
        });
    }

    @Test
    void reachNodesAndLinksUseIndexesInBothDirections() {
        for (String reach : List.of(LineageService.DOWN, LineageService.UP)) {
            List<String> nodes = plan(reach + "SELECT " + LineageService.NODE_COLUMNS + " FROM reach " + LineageService.NODE_JOINS);
            List<String> down = plan(reach + LineageService.EXTERNAL_DOWN);
            List<String> up = plan(reach + LineageService.EXTERNAL_UP);
            for (List<String> p : List.of(nodes, down, up)) {
                assertThat(p).as(String.join("\n", p)).noneMatch(line -> line.matches("SCAN (lot|lot_edge|trace_external_line|lot_movement)\\b.*"));
                assertThat(p).as(String.join("\n", p)).anyMatch(line -> line.contains("USING"));
            }
        }
    }
}
