package org.tradekit.trace.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tradekit.store.Database;
import org.tradekit.store.WriteTx;
import org.tradekit.trace.TraceException;
import org.tradekit.trace.epcis.EpcisDocumentReader;
import org.tradekit.trace.epcis.EpcisDocumentReader.ImportedEvent;
import org.tradekit.trace.epcis.EpcisEvent;
import org.tradekit.trace.epcis.EpcisImportException;
import org.tradekit.trace.epcis.EventFields;
import org.tradekit.trace.epcis.ObjectEvent;
import org.tradekit.trace.epcis.QuantityElement;
import org.tradekit.trace.epcis.TransformationEvent;
import org.tradekit.trace.event.EventTimes;
import org.tradekit.work.Work;

/**
 * Adds a supplier's or buyer's EPCIS 2.0 document to the lineage as external events, in one
 * transaction through {@link WriteTx} (so sync ships them): refused whole when the reader finds any
 * problem, each event keyed by the reader's stable identity (re-imports add nothing), its lot lines
 * matched to our lots or to external lots made for them, and the document's SHA-256 kept with each
 * event instead of a signature (docs/decisions/0012).
 */
public final class EpcisImporter {
    private final Database db;
    private final Clock clock;

    public EpcisImporter(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * @param events       events in the document
     * @param added        events new to this data
     * @param alreadyKnown events an earlier import (here or on a synced device) already holds
     * @param lotsCreated  external lots made for ids no lot had
     */
    public record Result(int events, int added, int alreadyKnown, int lotsCreated, String documentSha256) {
    }

    /**
     * Checks and imports the file.
     *
     * @throws EpcisImportException when the document is refused (every reason; nothing was written)
     * @throws TraceException       when the file cannot be read
     */
    public Result importFile(Path file, Work work) {
        String sha = sha256(file);
        int[] counts = new int[3];
        return db.write(tx -> {
            PartnerLots[] lots = {null};
            try {
                // made per import: the reader shares one schema, loaded on the first import rather than at every start
                EpcisDocumentReader.Summary s = new EpcisDocumentReader().read(file, work, ev -> {
                    if (lots[0] == null) {
                        lots[0] = new PartnerLots(tx, clock, null);
                    }
                    try {
                        counts[add(tx, lots[0], ev, sha) ? 0 : 1]++;
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                return new Result(s.events(), counts[0], counts[1], lots[0] == null ? 0 : lots[0].created, sha);
            } catch (IOException e) {
                throw new TraceException("trace.io.error.read", e, file, String.valueOf(e.getMessage()));
            } catch (IllegalStateException e) {
                if (e.getCause() instanceof SQLException sql) {
                    throw sql;
                }
                throw e;
            }
        });
    }

    /** The row id of an imported event: name-based on its identity, the same on every device. */
    static String rowId(String identity) {
        return UUID.nameUUIDFromBytes(("epcis-event:" + identity).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private boolean add(WriteTx tx, PartnerLots lots, ImportedEvent ev, String sha) throws SQLException {
        String id = rowId(ev.identity());
        if (!tx.query("SELECT 1 FROM trace_external_event WHERE id = ?", rs -> 1, id).isEmpty()) {
            return false;
        }
        EpcisEvent e = ev.event();
        EventFields f = e.fields();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("identity", ev.identity());
        v.put("document_sha256", sha);
        v.put("event_type", e.type());
        v.put("action", e instanceof ObjectEvent o ? o.action().name() : null);
        v.put("event_time", EventTimes.format(OffsetDateTime.ofInstant(f.eventTime(), f.eventTimeZoneOffset())));
        v.put("event_ms", f.eventTime().toEpochMilli());
        v.put("biz_step", f.bizStep());
        v.put("disposition", f.disposition());
        v.put("read_point", f.readPoint());
        v.put("biz_location", f.bizLocation());
        v.put("imported_at", EventTimes.instant(clock.instant()));
        tx.insert(ExternalEntities.EVENT, id, v);
        int[] n = {0};
        if (e instanceof ObjectEvent o) {
            lines(tx, lots, id, o.action().name().equals("ADD") ? "output" : "object", o.quantityList(), n);
        } else if (e instanceof TransformationEvent t) {
            lines(tx, lots, id, "input", t.inputQuantityList(), n);
            lines(tx, lots, id, "output", t.outputQuantityList(), n);
        }
        return true;
    }

    private static void lines(WriteTx tx, PartnerLots lots, String eventId, String role, List<QuantityElement> list, int[] n)
            throws SQLException {
        for (QuantityElement q : list) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("event_id", eventId);
            v.put("role", role);
            v.put("lot_id", lots.lot(q.epcClass(), q.uom()).orElse(null));
            v.put("epc_class", q.epcClass());
            v.put("quantity", q.quantity() == null ? null : q.quantity().doubleValue());
            v.put("uom", q.uom());
            tx.insert(ExternalEntities.LINE, rowId(eventId + "/" + (n[0]++)), v);
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int r; (r = in.read(buf)) > 0;) {
                md.update(buf, 0, r);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new TraceException("trace.io.error.read", e, file, String.valueOf(e.getMessage()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
