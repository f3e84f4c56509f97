package org.tradekit.trace.event;

/** A file attached to an event (a certificate's photo or PDF), stored by the SHA-256 of its bytes. */
public record Attachment(String sha256, String mime, String name) {
}
