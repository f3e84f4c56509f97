package org.tradekit.trace.epcis;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * What every EPCIS event has: its identity and time (when), place (where: readPoint, bizLocation),
 * reason (why: bizStep, disposition, business transactions, sources and destinations), an optional
 * error declaration, certificates, and extension fields under a declared namespace prefix.
 *
 * @param eventId an absolute URI (urn:uuid:..., ni:///sha-256;...); may be null only in imported events
 * @param eventTimeZoneOffset the local offset where the event happened, e.g. +07:00 for Vietnam
 * @param bizStep a CBV 2.0 term ({@link BizStep#term()}) or an extension URI outside the CBV
 * @param disposition a CBV 2.0 term ({@link Disposition#term()}) or an extension URI
 * @param readPoint where the event was seen: an SGLN URN or a Digital Link based location id
 * @param bizLocation where the objects are afterwards
 * @param certificationInfo URIs of certificates that apply to the event
 */
public record EventFields(String eventId, Instant eventTime, ZoneOffset eventTimeZoneOffset, String bizStep,
        String disposition, String readPoint, String bizLocation, List<BizTransaction> bizTransactions,
        List<SourceDest> sources, List<SourceDest> destinations, ErrorDeclaration errorDeclaration,
        List<String> certificationInfo, Map<String, Object> extensions) {

    public EventFields {
        if (eventTime == null || eventTimeZoneOffset == null) {
            throw new IllegalArgumentException("an event has a time and a time zone offset");
        }
        if (Math.abs(eventTimeZoneOffset.getTotalSeconds()) > 14 * 3600) {
            throw new IllegalArgumentException("offset out of range: " + eventTimeZoneOffset);
        }
        requireUri(eventId, "eventID");
        requireUri(readPoint, "readPoint");
        requireUri(bizLocation, "bizLocation");
        if (bizStep != null && !Cbv.isBizStep(bizStep)) {
            throw new IllegalArgumentException("not a CBV 2.0 business step: " + bizStep);
        }
        if (disposition != null && !Cbv.isDisposition(disposition)) {
            throw new IllegalArgumentException("not a CBV 2.0 disposition: " + disposition);
        }
        bizTransactions = List.copyOf(bizTransactions);
        sources = List.copyOf(sources);
        destinations = List.copyOf(destinations);
        certificationInfo = List.copyOf(certificationInfo);
        certificationInfo.forEach(c -> requireUri(c, "certificationInfo"));
        extensions = JsonValues.copy(extensions);
    }

    private static void requireUri(String v, String field) {
        if (v != null && !Cbv.isAbsoluteUri(v)) {
            throw new IllegalArgumentException(field + " is not an absolute URI: " + v);
        }
    }

    /** The event time as it was on the clock where it happened. */
    public java.time.OffsetDateTime localEventTime() {
        return java.time.OffsetDateTime.ofInstant(eventTime, eventTimeZoneOffset);
    }

    /** An event at a time, with nothing else yet; add the rest with the {@code with...} methods. */
    public static EventFields at(String eventId, Instant eventTime, ZoneOffset offset) {
        return new EventFields(eventId, eventTime, offset, null, null, null, null, List.of(), List.of(), List.of(), null,
                List.of(), Map.of());
    }

    public EventFields withBizStep(BizStep step) {
        return withBizStep(step.term());
    }

    public EventFields withBizStep(String step) {
        return new EventFields(eventId, eventTime, eventTimeZoneOffset, step, disposition, readPoint, bizLocation,
                bizTransactions, sources, destinations, errorDeclaration, certificationInfo, extensions);
    }

    public EventFields withDisposition(Disposition d) {
        return withDisposition(d.term());
    }

    public EventFields withDisposition(String d) {
        return new EventFields(eventId, eventTime, eventTimeZoneOffset, bizStep, d, readPoint, bizLocation,
                bizTransactions, sources, destinations, errorDeclaration, certificationInfo, extensions);
    }

    public EventFields withReadPoint(String id) {
        return new EventFields(eventId, eventTime, eventTimeZoneOffset, bizStep, disposition, id, bizLocation,
                bizTransactions, sources, destinations, errorDeclaration, certificationInfo, extensions);
    }

    public EventFields withBizLocation(String id) {
        return new EventFields(eventId, eventTime, eventTimeZoneOffset, bizStep, disposition, readPoint, id,
                bizTransactions, sources, destinations, errorDeclaration, certificationInfo, extensions);
    }

    public EventFields withBizTransactions(List<BizTransaction> list) {
        return new EventFields(eventId, eventTime, eventTimeZoneOffset, bizStep, disposition, readPoint, bizLocation,
                list, sources, destinations, errorDeclaration, certificationInfo, extensions);
    }

    public EventFields withSources(List<SourceDest> list) {
        return new EventFields(eventId, eventTime, eventTimeZoneOffset, bizStep, disposition, readPoint, bizLocation,
                bizTransactions, list, destinations, errorDeclaration, certificationInfo, extensions);
    }

    public EventFields withDestinations(List<SourceDest> list) {
        return new EventFields(eventId, eventTime, eventTimeZoneOffset, bizStep, disposition, readPoint, bizLocation,
                bizTransactions, sources, list, errorDeclaration, certificationInfo, extensions);
    }

    public EventFields withErrorDeclaration(ErrorDeclaration e) {
        return new EventFields(eventId, eventTime, eventTimeZoneOffset, bizStep, disposition, readPoint, bizLocation,
                bizTransactions, sources, destinations, e, certificationInfo, extensions);
    }

    public EventFields withCertificationInfo(List<String> uris) {
        return new EventFields(eventId, eventTime, eventTimeZoneOffset, bizStep, disposition, readPoint, bizLocation,
                bizTransactions, sources, destinations, errorDeclaration, uris, extensions);
    }

    /** Fields without a CBV term, each named with a declared prefix, e.g. {@code tk:processType}. */
    public EventFields withExtensions(Map<String, Object> map) {
        return new EventFields(eventId, eventTime, eventTimeZoneOffset, bizStep, disposition, readPoint, bizLocation,
                bizTransactions, sources, destinations, errorDeclaration, certificationInfo, map);
    }
}
