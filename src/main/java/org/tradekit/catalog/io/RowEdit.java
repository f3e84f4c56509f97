package org.tradekit.catalog.io;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.tradekit.catalog.CatalogService;
import org.tradekit.catalog.Certification;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.catalog.Translation;

/**
 * The values one row sets: only the columns the file has. Applied to the product the SKU names
 * (or a new one) it changes those fields and leaves every other field, certification and
 * translation as it was. A present but blank cell clears its field.
 */
final class RowEdit {
    /** A name and/or description in one further language; null halves are not in the file. */
    record TranslationEdit(boolean hasName, String name, boolean hasDescription, String description) {
    }

    private final EnumMap<ProductField, Object> values = new EnumMap<>(ProductField.class);
    private final Map<String, TranslationEdit> translations = new LinkedHashMap<>();
    private List<Certification> certifications;

    void set(ProductField field, Object value) {
        values.put(field, value);
    }

    void setCertifications(List<Certification> certs) {
        certifications = certs;
    }

    void setTranslatedName(String lang, String name) {
        TranslationEdit t = translations.getOrDefault(lang, new TranslationEdit(false, null, false, null));
        translations.put(lang, new TranslationEdit(true, name, t.hasDescription(), t.description()));
    }

    void setTranslatedDescription(String lang, String description) {
        TranslationEdit t = translations.getOrDefault(lang, new TranslationEdit(false, null, false, null));
        translations.put(lang, new TranslationEdit(t.hasName(), t.name(), true, description));
    }

    /** The SKU the row names, as stored (ValueParser gives text NFC and trimmed), or null. */
    String sku() {
        return (String) values.get(ProductField.SKU);
    }

    Product applyTo(Product base) {
        Product p = base;
        for (var e : values.entrySet()) {
            p = p.with(e.getKey(), e.getValue());
        }
        if (certifications != null) {
            p = p.withCertifications(keepIds(base.certifications(), certifications));
        }
        if (!translations.isEmpty()) {
            p = p.withTranslations(mergeTranslations(base.translations()));
        }
        return CatalogService.withDefaults(p);
    }

    /** Gives wanted certifications the ids of the existing ones they continue, so they update in place. */
    private static List<Certification> keepIds(List<Certification> existing, List<Certification> wanted) {
        List<Certification> free = new ArrayList<>(existing);
        Certification[] out = new Certification[wanted.size()];
        for (int i = 0; i < wanted.size(); i++) { // first the exact same certifications
            Certification w = wanted.get(i);
            for (Certification e : free) {
                if (e.scheme().equalsIgnoreCase(w.scheme()) && Objects.equals(e.number(), w.number())
                        && Objects.equals(e.expiry(), w.expiry())) {
                    out[i] = new Certification(e.id(), w.scheme(), w.number(), w.expiry());
                    free.remove(e);
                    break;
                }
            }
        }
        for (int i = 0; i < wanted.size(); i++) { // then a renewed one of the same scheme
            if (out[i] != null) {
                continue;
            }
            Certification w = wanted.get(i);
            Certification match = free.stream().filter(e -> e.scheme().equalsIgnoreCase(w.scheme())).findFirst()
                    .orElse(null);
            out[i] = new Certification(match == null ? null : match.id(), w.scheme(), w.number(), w.expiry());
            free.remove(match);
        }
        return List.of(out);
    }

    private List<Translation> mergeTranslations(List<Translation> existing) {
        List<Translation> out = new ArrayList<>();
        Map<String, TranslationEdit> pending = new LinkedHashMap<>(translations);
        for (Translation t : existing) {
            TranslationEdit edit = pending.remove(t.lang());
            if (edit == null) {
                out.add(t);
                continue;
            }
            String name = edit.hasName() ? edit.name() : t.name();
            String description = edit.hasDescription() ? edit.description() : t.description();
            if (name != null || description != null) {
                out.add(new Translation(t.id(), t.lang(), name, description));
            }
        }
        pending.forEach((lang, edit) -> {
            if (edit.name() != null || edit.description() != null) {
                out.add(new Translation(null, lang, edit.name(), edit.description()));
            }
        });
        return out;
    }

    /** Whether applying a row changed nothing the store keeps (order of child rows aside). */
    static boolean same(Product a, Product b) {
        return a.values().equals(b.values())
                && new HashSet<>(a.certifications()).equals(new HashSet<>(b.certifications()))
                && a.certifications().size() == b.certifications().size()
                && new HashSet<>(a.translations()).equals(new HashSet<>(b.translations()))
                && a.translations().size() == b.translations().size();
    }
}
