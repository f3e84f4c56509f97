package org.tradekit.trace;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.tradekit.store.EntityType;
import org.tradekit.store.Uuid7;
import org.tradekit.store.WriteTx;

/** The write path shared by members, plots, locations and lots: insert when new, else only the fields that differ. */
public final class MasterData {
    private MasterData() {
    }

    /**
     * @param id null for a new row
     * @return the row's id
     */
    public static String save(WriteTx tx, EntityType type, String id, Map<String, ?> values) throws SQLException {
        if (id == null) {
            String fresh = Uuid7.next();
            Map<String, Object> present = new LinkedHashMap<>(values);
            present.values().removeIf(Objects::isNull);
            tx.insert(type, fresh, present);
            return fresh;
        }
        tx.update(type, id, values);
        return id;
    }

    /** Text as typed, NFC and trimmed; blank is absent. */
    public static String clean(String text) {
        return org.tradekit.text.Fold.clean(text);
    }
}
