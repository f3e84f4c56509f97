package org.tradekit.trace.epcis;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import org.tradekit.work.Work;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Streams an EPCIS 2.0 JSON-LD EPCISDocument: the header first, then each event as it is handed
 * over, so an export of any size holds one event in memory at a time. Every 1,000 events it reports
 * progress and honours cancellation ({@link java.util.concurrent.CancellationException}). The target
 * stream stays open; {@link #close()} ends the document.
 */
public final class EpcisDocumentWriter implements Closeable {
    private static final JsonFactory JSON = new JsonFactory();
    private static final int STEP = 1000;

    private final JsonGenerator g;
    private final EventJsonWriter events;
    private final long expected;
    private final Work work;
    private long count;
    private boolean closed;

    /**
     * @param expectedEvents how many events will come, for progress; -1 when unknown
     */
    public EpcisDocumentWriter(OutputStream out, DocumentHeader header, long expectedEvents, Work work)
            throws IOException {
        this.g = JSON.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        this.events = new EventJsonWriter(header.namespaces().keySet());
        this.expected = expectedEvents;
        this.work = work;
        writeHeader(header);
    }

    private void writeHeader(DocumentHeader h) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("@context");
        g.writeString(EpcisContext.URL);
        if (!h.namespaces().isEmpty()) {
            g.writeStartObject();
            for (Map.Entry<String, String> ns : new java.util.TreeMap<>(h.namespaces()).entrySet()) {
                g.writeStringField(ns.getKey(), ns.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("type", "EPCISDocument");
        g.writeStringField("schemaVersion", "2.0");
        g.writeStringField("creationDate", EpcisTime.format(h.creationDate(), h.offset()));
        if (h.instanceIdentifier() != null) {
            g.writeStringField("instanceIdentifier", h.instanceIdentifier());
        }
        if (h.sender() != null) {
            g.writeStringField("sender", h.sender());
        }
        if (h.receiver() != null) {
            g.writeStringField("receiver", h.receiver());
        }
        g.writeObjectFieldStart("epcisBody");
        g.writeArrayFieldStart("eventList");
    }

    public void write(EpcisEvent event) throws IOException {
        if (closed) {
            throw new IllegalStateException("document already closed");
        }
        events.write(g, event);
        count++;
        if (count % STEP == 0) {
            work.cancel().check();
            work.report(count, expected, "epcis.export.progress", count);
        }
    }

    /** Events written so far. */
    public long count() {
        return count;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.close();
        work.report(count, expected < 0 ? count : expected, "epcis.export.progress", count);
    }
}
