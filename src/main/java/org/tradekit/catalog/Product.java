package org.tradekit.catalog;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A product of the cooperative: its plain fields (see {@link ProductField}) plus certifications,
 * extra-language translations and photos. Immutable; {@code with} makes an edited copy. A product
 * loaded from the store remembers the version of each field it saw, for sync's conflict check.
 */
public final class Product {
    private final String id;
    private final EnumMap<ProductField, Object> values;
    private final Map<String, Long> seenVersions;
    private final List<Certification> certifications;
    private final List<Translation> translations;
    private final List<ProductPhoto> photos;

    private Product(String id, EnumMap<ProductField, Object> values, Map<String, Long> seenVersions,
            List<Certification> certifications, List<Translation> translations, List<ProductPhoto> photos) {
        this.id = id;
        this.values = values;
        this.seenVersions = Map.copyOf(seenVersions);
        this.certifications = List.copyOf(certifications);
        this.translations = List.copyOf(translations);
        this.photos = List.copyOf(photos);
    }

    /** A new product not yet saved. */
    public static Product draft() {
        EnumMap<ProductField, Object> v = new EnumMap<>(ProductField.class);
        v.put(ProductField.STATUS, ProductStatus.ACTIVE.code());
        return new Product(null, v, Map.of(), List.of(), List.of(), List.of());
    }

    static Product loaded(String id, EnumMap<ProductField, Object> values, Map<String, Long> seen,
            List<Certification> certs, List<Translation> translations, List<ProductPhoto> photos) {
        return new Product(id, values, seen, certs, translations, photos);
    }

    /** A copy with one field set; the value must be of the field's kind (String, Long, Double, LocalDate). */
    public Product with(ProductField field, Object value) {
        EnumMap<ProductField, Object> v = new EnumMap<>(values);
        if (value == null || (value instanceof String s && s.isBlank())) {
            v.remove(field);
        } else {
            v.put(field, canonical(field, value));
        }
        return new Product(id, v, seenVersions, certifications, translations, photos);
    }

    public Product withCertifications(List<Certification> certs) {
        return new Product(id, values, seenVersions, certs, translations, photos);
    }

    public Product withTranslations(List<Translation> list) {
        return new Product(id, values, seenVersions, certifications, list, photos);
    }

    public Product withPhotos(List<ProductPhoto> list) {
        return new Product(id, values, seenVersions, certifications, translations, list);
    }

    Product withId(String newId) {
        return new Product(newId, values, seenVersions, certifications, translations, photos);
    }

    private static Object canonical(ProductField f, Object value) {
        return switch (f.kind()) {
            case TEXT -> org.tradekit.text.Fold.nfc(value.toString().strip());
            case INTEGER, VND, USD_CENTS -> ((Number) value).longValue();
            case DECIMAL -> ((Number) value).doubleValue();
            case DATE -> value instanceof LocalDate d ? d : LocalDate.parse(value.toString());
        };
    }

    public String id() {
        return id;
    }

    public boolean isNew() {
        return id == null;
    }

    public Object get(ProductField f) {
        return values.get(f);
    }

    public String text(ProductField f) {
        Object v = values.get(f);
        return v == null ? null : v.toString();
    }

    public Long whole(ProductField f) {
        return (Long) values.get(f);
    }

    public LocalDate date(ProductField f) {
        return (LocalDate) values.get(f);
    }

    public Map<ProductField, Object> values() {
        return Collections.unmodifiableMap(values);
    }

    public Map<String, Long> seenVersions() {
        return seenVersions;
    }

    public String sku() {
        return text(ProductField.SKU);
    }

    public String nameVi() {
        return text(ProductField.NAME_VI);
    }

    public String nameEn() {
        return text(ProductField.NAME_EN);
    }

    /** The name in a language, falling back to the other main language. */
    public String name(String lang) {
        if ("en".equals(lang)) {
            return nameEn() != null ? nameEn() : nameVi();
        }
        if ("vi".equals(lang)) {
            return nameVi() != null ? nameVi() : nameEn();
        }
        return translations.stream().filter(t -> t.lang().equals(lang) && t.name() != null).map(Translation::name)
                .findFirst().orElse(nameEn() != null ? nameEn() : nameVi());
    }

    /** True when the product has no name or description in the language: shown as "missing translation". */
    public boolean missingTranslation(String lang) {
        return switch (lang) {
            case "vi" -> nameVi() == null;
            case "en" -> nameEn() == null;
            default -> translations.stream().noneMatch(t -> t.lang().equals(lang) && t.name() != null);
        };
    }

    public Integer ocopStars() {
        Long s = whole(ProductField.OCOP_STARS);
        return s == null ? null : s.intValue();
    }

    public Ocop.State ocopState(LocalDate today) {
        return Ocop.state(ocopStars(), date(ProductField.OCOP_EXPIRY_DATE), today);
    }

    public ProductStatus status() {
        return ProductStatus.of(text(ProductField.STATUS));
    }

    public List<Certification> certifications() {
        return certifications;
    }

    public List<Translation> translations() {
        return translations;
    }

    public List<ProductPhoto> photos() {
        return photos;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Product p && Objects.equals(id, p.id) && values.equals(p.values)
                && certifications.equals(p.certifications) && translations.equals(p.translations)
                && photos.equals(p.photos);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, values);
    }

    @Override
    public String toString() {
        return "Product[" + id + ", " + sku() + ", " + nameVi() + "]";
    }
}
