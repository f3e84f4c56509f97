package org.tradekit.catalog.io;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.tradekit.catalog.ProductField;
import org.tradekit.i18n.Messages;
import org.tradekit.text.Fold;

/**
 * Recognises column headers people write: the canonical names in any case, spacing or marks
 * ({@code Name VI}, {@code PRICE_VND}), the field labels of both languages ({@code Giá bán lẻ (VND)},
 * {@code Retail price (VND)}) and a short list of common Vietnamese headers ({@code Tên sản phẩm},
 * {@code Mã vạch}, {@code Đơn vị tính}). Anything else the user maps.
 */
final class HeaderNames {
    private static final Map<String, ColumnTarget> EXACT = new HashMap<>();
    private static final Map<String, ColumnTarget> LOOSE = new HashMap<>();

    static {
        for (ProductField f : ProductField.values()) {
            EXACT.put(f.fileColumn(), ColumnTarget.field(f));
            for (Messages m : new Messages[] {new Messages(Messages.EN), new Messages(Messages.VI)}) {
                LOOSE.putIfAbsent(key(m.get(f.labelKey())), ColumnTarget.field(f));
            }
        }
        EXACT.put(ColumnTarget.CERTIFICATIONS_COLUMN, ColumnTarget.CERTIFICATIONS);
        loose(ProductField.SKU, "ma_sp", "ma_san_pham", "ma_hang", "ma_hang_hoa", "product_code", "item_code", "code");
        loose(ProductField.NAME_VI, "ten", "ten_san_pham", "ten_sp", "ten_hang", "ten_hang_hoa", "ten_tieng_viet",
                "name", "product_name");
        loose(ProductField.NAME_EN, "ten_tieng_anh", "english_name", "name_english");
        loose(ProductField.DESCRIPTION_VI, "mo_ta", "mo_ta_san_pham", "description");
        loose(ProductField.DESCRIPTION_EN, "mo_ta_tieng_anh");
        loose(ProductField.CATEGORY, "danh_muc", "loai", "loai_san_pham", "nhom_hang");
        loose(ProductField.OCOP_STARS, "ocop", "sao_ocop", "so_sao", "so_sao_ocop", "hang_sao_ocop", "stars");
        loose(ProductField.GTIN, "ma_vach", "barcode", "ean", "ean13", "ma_gtin");
        loose(ProductField.NET_QUANTITY, "khoi_luong", "khoi_luong_tinh", "dinh_luong", "trong_luong");
        loose(ProductField.UNIT, "don_vi", "don_vi_tinh", "dvt");
        loose(ProductField.PRICE_VND, "gia", "gia_ban", "gia_ban_le", "don_gia", "price", "gia_vnd");
        loose(ProductField.WHOLESALE_PRICE_VND, "gia_si", "gia_ban_si", "gia_ban_buon", "gia_buon");
        loose(ProductField.EXPORT_PRICE_USD, "gia_xuat_khau", "gia_usd", "gia_fob");
        loose(ProductField.MOQ, "so_luong_toi_thieu", "min_order");
        loose(ProductField.HS_CODE, "ma_hs");
        loose(ProductField.PROVINCE, "tinh", "tinh_thanh", "tinh_thanh_pho");
        loose(ProductField.COMMUNE, "xa", "xa_phuong");
        loose(ProductField.SHELF_LIFE_DAYS, "han_su_dung", "han_su_dung_ngay", "shelf_life");
        loose(ProductField.PACKAGING, "bao_bi", "quy_cach", "quy_cach_dong_goi");
        loose(ProductField.INGREDIENTS_VI, "thanh_phan");
        loose(ProductField.STORAGE_VI, "bao_quan", "huong_dan_bao_quan");
        loose(ProductField.STATUS, "trang_thai");
        LOOSE.put("chung_nhan", ColumnTarget.CERTIFICATIONS);
        LOOSE.put("certification", ColumnTarget.CERTIFICATIONS);
    }

    private HeaderNames() {
    }

    private static void loose(ProductField f, String... keys) {
        for (String k : keys) {
            LOOSE.put(k, ColumnTarget.field(f));
        }
    }

    /** A header folded for matching: no marks, đ as d, lower case, words joined by {@code _}. */
    static String key(String header) {
        String k = Fold.key(header == null ? "" : header).replaceAll("[^a-z0-9]+", "_");
        return k.replaceAll("^_+|_+$", "");
    }

    /** A canonical name, written in any case or spacing: {@code sku}, {@code Name VI}, {@code name_zh}. */
    static Optional<ColumnTarget> exact(String header) {
        String k = key(header);
        ColumnTarget t = EXACT.get(k);
        if (t != null) {
            return Optional.of(t);
        }
        return k.startsWith("name_") || k.startsWith("description_") ? ColumnTarget.parse(k) : Optional.empty();
    }

    /** A label or a common Vietnamese header. */
    static Optional<ColumnTarget> loose(String header) {
        return Optional.ofNullable(LOOSE.get(key(header)));
    }
}
