package org.tradekit.trace.epcis;

import java.time.Instant;
import java.util.List;

/**
 * Declares that an event was wrong ({@code did_not_occur} or {@code incorrect_data}); the events
 * that correct it are named by their eventIDs. Events are never edited: the history keeps both.
 */
public record ErrorDeclaration(Instant declarationTime, String reason, List<String> correctiveEventIds) {
    public static final String DID_NOT_OCCUR = "did_not_occur";
    public static final String INCORRECT_DATA = "incorrect_data";

    public ErrorDeclaration {
        if (declarationTime == null) {
            throw new IllegalArgumentException("an error declaration has a time");
        }
        if (reason != null && !Cbv.isErrorReason(reason)) {
            throw new IllegalArgumentException("not a CBV error reason: " + reason);
        }
        correctiveEventIds = List.copyOf(correctiveEventIds);
        for (String id : correctiveEventIds) {
            if (!Cbv.isAbsoluteUri(id)) {
                throw new IllegalArgumentException("corrective eventID is not an absolute URI: " + id);
            }
        }
    }
}
