package org.tradekit.trace.exchange;

import java.util.List;

import org.tradekit.store.EntityType;

/** The tables of events imported from partners' EPCIS documents, as the store's write API knows them (V3). */
public final class ExternalEntities {
    public static final EntityType EVENT = new EntityType("trace_external_event", "trace_external_event",
            List.of("identity", "document_sha256", "sender", "event_type", "action", "event_time", "event_ms", "biz_step",
                    "disposition", "read_point", "biz_location", "imported_at"));
    public static final EntityType LINE = new EntityType("trace_external_line", "trace_external_line",
            List.of("event_id", "role", "lot_id", "epc_class", "quantity", "uom"));

    private ExternalEntities() {
    }
}
