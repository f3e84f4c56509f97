package org.tradekit.trace.chain;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tradekit.store.Database;
import org.tradekit.store.EntityType;
import org.tradekit.store.Uuid7;
import org.tradekit.store.WriteTx;

/**
 * This device's signing key and the published keys of every device. The private key is made once,
 * on the first event, and kept in the database's local table {@code device_signing_key} next to the
 * device's identity (never synced; it travels with backups like the device id does). The public key
 * is published as a synced row so that any device can verify any chain. See docs/decisions/0011.
 */
public final class DeviceKeys {
    public static final EntityType PUBLISHED = new EntityType("trace_device_key", "trace_device_key",
            List.of("device_id", "key_id", "algorithm", "public_key", "created"));

    private final Database db;
    private final Clock clock;
    private DeviceKey current;

    public DeviceKeys(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** This device's key, made and stored on first use. */
    public synchronized DeviceKey current() {
        if (current == null) {
            current = load().orElseGet(this::create);
        }
        return current;
    }

    private Optional<DeviceKey> load() {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT key_id, private_key, public_key FROM device_signing_key "
                    + "WHERE device_id = ? ORDER BY created_ms DESC, key_id LIMIT 1")) {
                ps.setString(1, db.deviceId());
                try (var rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<DeviceKey>empty();
                    }
                    KeyFactory kf = KeyFactory.getInstance(DeviceKey.ALGORITHM);
                    return Optional.of(new DeviceKey(db.deviceId(), rs.getString(1),
                            kf.generatePrivate(new PKCS8EncodedKeySpec(rs.getBytes(2))),
                            kf.generatePublic(new X509EncodedKeySpec(rs.getBytes(3)))));
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("unreadable device key", e);
                }
            }
        });
    }

    private DeviceKey create() {
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance(DeviceKey.ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK since 15 has Ed25519", e);
        }
        DeviceKey key = new DeviceKey(db.deviceId(), DeviceKey.keyIdOf(pair.getPublic()), pair.getPrivate(), pair.getPublic());
        db.maintenance(c -> { // local state, like the device row: not user data, not logged
            try (var ps = c.prepareStatement("INSERT INTO device_signing_key (key_id, device_id, algorithm, private_key, "
                    + "public_key, created_ms) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, key.keyId());
                ps.setString(2, key.deviceId());
                ps.setString(3, DeviceKey.ALGORITHM);
                ps.setBytes(4, pair.getPrivate().getEncoded());
                ps.setBytes(5, pair.getPublic().getEncoded());
                ps.setLong(6, clock.millis());
                return ps.executeUpdate();
            }
        });
        return key;
    }

    /** Publishes the key's public half inside the caller's transaction, unless it is published already. */
    public void publish(WriteTx tx, DeviceKey key) throws SQLException {
        if (tx.query("SELECT 1 FROM trace_device_key WHERE key_id = ? AND _cl % 2 = 1", rs -> 1, key.keyId()).isEmpty()) {
            tx.insert(PUBLISHED, Uuid7.next(), Map.of("device_id", key.deviceId(), "key_id", key.keyId(), "algorithm",
                    DeviceKey.ALGORITHM, "public_key", key.publicKeyText(), "created", Instant.now(clock).toString()));
        }
    }

    /** Every published key by its id. */
    public Map<String, PublishedKey> published() {
        return db.read(c -> {
            Map<String, PublishedKey> out = new HashMap<>();
            try (var ps = c.prepareStatement("SELECT device_id, key_id, algorithm, public_key FROM trace_device_key "
                    + "WHERE _cl % 2 = 1"); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    String device = rs.getString(1);
                    Optional<PublicKey> key = decode(rs.getString(3), rs.getString(4));
                    if (key.isPresent()) { // indexed by what the key hashes to, whatever the row claims
                        String id = DeviceKey.keyIdOf(key.get());
                        out.put(id, new PublishedKey(device, id, key.get()));
                    }
                }
            }
            return out;
        });
    }

    private static Optional<PublicKey> decode(String algorithm, String base64) {
        if (!DeviceKey.ALGORITHM.equals(algorithm) || base64 == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(KeyFactory.getInstance(DeviceKey.ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64))));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty(); // a damaged published key verifies nothing: the events it signed show as unverified
        }
    }
}
