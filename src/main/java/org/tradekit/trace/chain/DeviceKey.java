package org.tradekit.trace.chain;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;

import org.tradekit.store.Sha256;

/**
 * A device's Ed25519 key pair. Its id (the first 16 hex digits of the SHA-256 of the public key's
 * X.509 encoding) is written in every event it signs, so that a device can change keys later.
 */
public record DeviceKey(String deviceId, String keyId, PrivateKey privateKey, PublicKey publicKey) {
    public static final String ALGORITHM = "Ed25519";

    public static String keyIdOf(PublicKey key) {
        return Sha256.of(key.getEncoded()).substring(0, 16);
    }

    /** The public key as published: Base64 of its X.509 (SubjectPublicKeyInfo) encoding. */
    public String publicKeyText() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    @Override
    public String toString() {
        return "DeviceKey[" + deviceId + ", " + keyId + "]"; // never print the private key
    }
}
