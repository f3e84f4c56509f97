package org.tradekit.label.record;

import java.time.OffsetDateTime;

/**
 * A recorded print run of one lot's labels.
 *
 * @param labels      distinct labels (one serial each when serialised)
 * @param copies      how many times each label was printed
 * @param serials     the serials printed; null for a run without serials
 * @param destination the PDF file's name or the printer's name
 * @param deviceId    the device that printed
 * @param osUser      the operating-system user who printed (no user accounts yet)
 * @param profileId   the user profile, once PIN profiles exist; null until then
 */
public record PrintRun(String id, String lotId, String productId, String layout, String stock, int labels, int copies,
        SerialRange serials, String lang, String destination, String deviceId, String osUser, String profileId,
        OffsetDateTime printedAt) {
}
