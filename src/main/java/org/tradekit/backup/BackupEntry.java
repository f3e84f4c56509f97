package org.tradekit.backup;

import java.nio.file.Path;
import java.time.Instant;

/** A backup file in {@code <dataDir>/backups}, as the settings screen lists it. */
public record BackupEntry(Path file, BackupKind kind, Instant createdAt, long bytes) {
}
