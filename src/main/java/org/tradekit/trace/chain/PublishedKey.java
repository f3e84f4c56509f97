package org.tradekit.trace.chain;

import java.security.PublicKey;

/** A device's public key as published (synced): what verifies the events that name its id. */
public record PublishedKey(String deviceId, String keyId, PublicKey key) {
}
