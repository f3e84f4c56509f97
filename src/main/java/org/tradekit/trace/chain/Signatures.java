package org.tradekit.trace.chain;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ed25519 signing and checking with the JDK. One signature costs about half a millisecond here, so
 * bulk work (a million demo events, verifying every chain) spreads them over the processors; one
 * event recorded by hand signs on the caller's thread.
 */
public final class Signatures implements AutoCloseable {
    private static final ThreadLocal<Signature> ED25519 = ThreadLocal.withInitial(() -> {
        try {
            return Signature.getInstance(DeviceKey.ALGORITHM);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK since 15 has Ed25519", e);
        }
    });

    private final ExecutorService pool;

    public Signatures() {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "signatures-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public static byte[] sign(PrivateKey key, byte[] body) {
        try {
            Signature s = ED25519.get();
            s.initSign(key);
            s.update(body);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with " + key.getAlgorithm(), e);
        }
    }

    public static boolean verify(PublicKey key, byte[] body, byte[] signature) {
        try {
            Signature s = ED25519.get();
            s.initVerify(key);
            s.update(body);
            return s.verify(signature);
        } catch (GeneralSecurityException e) {
            return false; // a malformed signature is a bad signature
        }
    }

    /** Signs on the pool, so that the caller can go on writing while the signature is made. */
    public CompletableFuture<byte[]> signLater(PrivateKey key, byte[] body) {
        return CompletableFuture.supplyAsync(() -> sign(key, body), pool);
    }

    public CompletableFuture<Boolean> verifyLater(PublicKey key, byte[] body, byte[] signature) {
        return CompletableFuture.supplyAsync(() -> verify(key, body, signature), pool);
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
