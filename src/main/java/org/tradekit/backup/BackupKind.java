package org.tradekit.backup;

import java.util.Locale;
import java.util.Optional;

/** Why a backup was made, which decides how many of its kind are kept in {@code <dataDir>/backups}. */
public enum BackupKind {
    /** On the first start of the day. */
    DAILY(7),
    /** Just before the schema is migrated by a newer Trade Kit. */
    PRE_MIGRATION(3),
    /** The data as it was before a restore replaced it. */
    PRE_RESTORE(3),
    /** Asked for by the user; never deleted by rotation. */
    MANUAL(Integer.MAX_VALUE);

    private final int keep;

    BackupKind(int keep) {
        this.keep = keep;
    }

    /** How many backups of this kind rotation keeps (the newest). */
    public int keep() {
        return keep;
    }

    /** The kind's word in file names: {@code daily}, {@code pre-migration}... */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The message key of the kind's name, for lists in the UI. */
    public String labelKey() {
        return "backup.kind." + slug();
    }

    static Optional<BackupKind> ofSlug(String slug) {
        for (BackupKind k : values()) {
            if (k.slug().equals(slug)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
