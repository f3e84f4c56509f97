package org.tradekit.brochure;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Photos already scaled to a printed size, kept between documents: a fair pack makes the same
 * catalogue in several languages, and decoding 200 camera originals again for each would triple its
 * time. Least recently used entries go first once {@code budgetBytes} is reached. Thread-safe (photos
 * are prepared on several threads).
 */
final class ScaledPhotoCache {
    private final long budgetBytes;
    private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    ScaledPhotoCache(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    /** The cached value, or the computed one (null, for a photo that cannot be read, is not kept). */
    byte[] get(String key, Supplier<byte[]> compute) {
        synchronized (this) {
            byte[] hit = entries.get(key);
            if (hit != null) {
                return hit;
            }
        }
        byte[] value = compute.get(); // outside the lock: other photos are scaled meanwhile
        if (value != null) {
            put(key, value);
        }
        return value;
    }

    private synchronized void put(String key, byte[] value) {
        byte[] old = entries.put(key, value);
        bytes += value.length - (old == null ? 0 : old.length);
        Iterator<Map.Entry<String, byte[]>> it = entries.entrySet().iterator();
        while (bytes > budgetBytes && it.hasNext()) {
            Map.Entry<String, byte[]> eldest = it.next();
            if (eldest.getKey().equals(key)) {
                continue;
            }
            bytes -= eldest.getValue().length;
            it.remove();
        }
    }

    synchronized int size() {
        return entries.size();
    }
}
