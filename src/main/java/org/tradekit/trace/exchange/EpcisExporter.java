package org.tradekit.trace.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.tradekit.coop.CoopProfileService;
import org.tradekit.store.Database;
import org.tradekit.trace.TraceException;
import org.tradekit.trace.epcis.DocumentHeader;
import org.tradekit.trace.epcis.EpcisDocumentWriter;
import org.tradekit.trace.event.EventRepository;
import org.tradekit.trace.event.TraceEvent;
import org.tradekit.trace.lineage.Lineage;
import org.tradekit.trace.lineage.LineageService;
import org.tradekit.trace.place.LocationService;
import org.tradekit.work.Work;

/**
 * Writes recorded events as an EPCIS 2.0 JSON-LD document for buyers' systems: a lot's history (the
 * events of every lot upstream and downstream of it) or every event of a time range, streamed event
 * by event. The file appears only when complete: a cancelled or failed export leaves nothing.
 */
public final class EpcisExporter {
    private final Database db;
    private final EventRepository events;
    private final LineageService lineage;
    private final LocationService locations;
    private final CoopProfileService coop;
    private final Clock clock;

    public EpcisExporter(Database db, EventRepository events, LineageService lineage, LocationService locations,
            CoopProfileService coop, Clock clock) {
        this.db = db;
        this.events = events;
        this.lineage = lineage;
        this.locations = locations;
        this.coop = coop;
        this.clock = clock;
    }

    /** What was written: how many events, where. */
    public record Result(long events, Path file) {
    }

    /** The history of a lot: every event of the lots it came from and of everything made from it, in time order. */
    public Result exportLot(String lotId, Path out, Work work) {
        Lineage l = lineage.lineage(lotId);
        Set<String> ids = new LinkedHashSet<>(l.upstream().lots().keySet());
        ids.addAll(l.downstream().lots().keySet());
        List<TraceEvent> history = events.touching(ids);
        return toFile(out, stream -> write(stream, history.size(), work, w -> history.forEach(w)));
    }

    /** Every event whose time is in [from, to), streamed from the database in time order. */
    public Result exportRange(Instant from, Instant to, Path out, Work work) {
        long expected = countBetween(from, to);
        return toFile(out, stream -> write(stream, expected, work, w -> events.forEachBetween(from, to, w)));
    }

    /** As {@link #exportRange(Instant, Instant, Path, Work)} to a stream the caller owns (a bench, a socket). */
    public long exportRange(Instant from, Instant to, OutputStream out, Work work) throws IOException {
        return write(out, countBetween(from, to), work, w -> events.forEachBetween(from, to, w));
    }

    private interface Source {
        void each(java.util.function.Consumer<TraceEvent> sink);
    }

    private interface Body {
        long write(OutputStream out) throws IOException;
    }

    private long write(OutputStream out, long expected, Work work, Source source) throws IOException {
        String domain = domain();
        EpcisAdapter adapter = new EpcisAdapter(domain, new LotClassIds(db, domain), id -> locations.find(id).orElse(null),
                id -> events.find(id).orElse(null));
        Instant now = clock.instant();
        ZoneOffset offset = clock.getZone().getRules().getOffset(now);
        try (EpcisDocumentWriter w = new EpcisDocumentWriter(out, DocumentHeader.of(now, offset), expected, work)) {
            source.each(e -> {
                try {
                    w.write(adapter.map(e));
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            });
            return w.count();
        } catch (UncheckedIOException x) {
            throw x.getCause();
        }
    }

    private Result toFile(Path out, Body body) {
        Path target = out.toAbsolutePath();
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        try {
            long n;
            try (OutputStream s = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                n = body.write(s);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Result(n, target);
        } catch (IOException e) {
            throw new TraceException("trace.io.error.write", e, target, String.valueOf(e.getMessage()));
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // best effort: the partial file is named .part
            }
        }
    }

    /** The cooperative's traceability domain: links to places, parties and GTIN-less products live on it. */
    private String domain() {
        return coop.traceDomain().orElseThrow(() -> new TraceException("trace.io.error.noDomain"));
    }

    private long countBetween(Instant from, Instant to) {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT count(*) FROM trace_event WHERE event_ms >= ? AND event_ms < ?")) {
                ps.setLong(1, from.toEpochMilli());
                ps.setLong(2, to.toEpochMilli());
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}
