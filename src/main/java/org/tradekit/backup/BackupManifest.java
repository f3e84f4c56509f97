package org.tradekit.backup;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code manifest.json} of a backup archive: what it holds, so a restore can check it before
 * touching anything.
 *
 * @param format         always {@link #FORMAT}
 * @param formatVersion  {@link #VERSION}; a newer one is refused
 * @param createdBy      the Trade Kit build that wrote it
 * @param createdAt      ISO-8601 instant
 * @param kind           {@link BackupKind#slug()}
 * @param schemaVersion  the database's {@code user_version}
 * @param databaseSha256 hash of the {@code tradekit.db} entry
 * @param databaseBytes  its size
 * @param photos         how many photo files the archive holds (0 for a database-only backup)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BackupManifest(String format, int formatVersion, String createdBy, String createdAt, String kind,
        int schemaVersion, String databaseSha256, long databaseBytes, int photos) {
    public static final String FORMAT = "tradekit-backup";
    public static final int VERSION = 1;
}
