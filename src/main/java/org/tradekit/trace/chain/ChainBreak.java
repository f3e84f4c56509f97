package org.tradekit.trace.chain;

import java.util.Locale;

/**
 * One place where a device's chain of events does not hold. The message key is
 * {@code trace.verify.problem.<code>} with arguments device, sequence number, event id.
 */
public record ChainBreak(String deviceId, long seq, String eventId, Problem problem) {

    public enum Problem {
        /** The body's SHA-256 is not the stored hash: the bytes changed after they were written. */
        HASH,
        /** The body names another device, number, previous hash or key than its row. */
        ENVELOPE,
        /** Events are missing before this one (its number is not the previous one plus one). */
        GAP,
        /** The previous-hash link does not match the hash of the device's previous event. */
        LINK,
        /** The signature does not verify with the device's published key. */
        SIGNATURE,
        /** No published key of this device has the id the event names. */
        UNKNOWN_KEY,
        /** The change log has no EVENT row for this event (sync would never ship it). */
        NOT_LOGGED,
        /** The change log's bytes or signature differ from the event's. */
        LOG_DIFFERS,
        /** The change log holds an event that is missing from the events table. */
        MISSING,
        /** The stock movements or lot links derived from the event differ from what its body says. */
        DERIVED,
        /** Lot links or retractions exist that no event made. */
        EXTRA_ROWS;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace("_", "");
        }
    }

    public String messageKey() {
        return "trace.verify.problem." + problem.code();
    }
}
