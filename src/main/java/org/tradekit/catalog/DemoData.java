package org.tradekit.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.tradekit.gs1.Gtin;
import org.tradekit.store.Database;
import org.tradekit.work.Work;

/**
 * Realistic demo catalogue of OCOP goods: Vietnamese and English names, provinces, prices,
 * certifications and GTINs under GS1's 952 prefix (reserved for examples). Deterministic for a seed.
 */
public final class DemoData {
    private record Kind(String category, String vi, String en, String hs, String unit, int[] sizes, long minPrice,
            long maxPrice, int shelfLifeDays, String[] provinces) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("tea", "Chè Shan Tuyết cổ thụ", "Ancient Shan Tuyet tea", "0902.30", "g", new int[] {100, 200, 500},
                    120_000, 900_000, 540, new String[] {"Hà Giang", "Yên Bái", "Sơn La"}),
            new Kind("tea", "Trà xanh Tân Cương", "Tan Cuong green tea", "0902.10", "g", new int[] {100, 200, 500},
                    80_000, 450_000, 540, new String[] {"Thái Nguyên"}),
            new Kind("coffee", "Cà phê Robusta rang mộc Đặc sản", "Specialty roasted Robusta coffee", "0901.21", "g",
                    new int[] {250, 500, 1000}, 90_000, 380_000, 365, new String[] {"Đắk Lắk", "Gia Lai", "Lâm Đồng"}),
            new Kind("coffee", "Cà phê Arabica Cầu Đất", "Cau Dat Arabica coffee", "0901.21", "g", new int[] {250, 500},
                    150_000, 520_000, 365, new String[] {"Lâm Đồng"}),
            new Kind("honey", "Mật ong hoa bạc hà", "Mint flower honey", "0409.00", "ml", new int[] {250, 500, 1000},
                    180_000, 650_000, 730, new String[] {"Hà Giang", "Cao Bằng"}),
            new Kind("honey", "Mật ong rừng U Minh", "U Minh forest honey", "0409.00", "ml", new int[] {250, 500},
                    200_000, 700_000, 730, new String[] {"Cà Mau", "Kiên Giang"}),
            new Kind("fish_sauce", "Nước mắm cá cơm 40 độ đạm", "Anchovy fish sauce 40N", "2103.90", "ml",
                    new int[] {250, 500, 750}, 60_000, 320_000, 1095, new String[] {"Kiên Giang", "Khánh Hòa", "Bình Thuận"}),
            new Kind("dried_fruit", "Long nhãn sấy khô", "Dried longan", "0813.40", "g", new int[] {200, 500, 1000},
                    70_000, 350_000, 270, new String[] {"Hưng Yên", "Sơn La"}),
            new Kind("dried_fruit", "Xoài sấy dẻo", "Soft dried mango", "0813.40", "g", new int[] {100, 250, 500},
                    45_000, 180_000, 270, new String[] {"Đồng Tháp", "Tiền Giang"}),
            new Kind("spice", "Hạt tiêu đen Phú Quốc", "Phu Quoc black pepper", "0904.11", "g", new int[] {100, 250, 500},
                    50_000, 260_000, 720, new String[] {"Kiên Giang", "Đắk Nông"}),
            new Kind("rice", "Gạo ST25 hữu cơ", "Organic ST25 rice", "1006.30", "kg", new int[] {1, 2, 5},
                    45_000, 250_000, 365, new String[] {"Sóc Trăng"}),
            new Kind("herbal", "Trà đinh Đặc sản", "Dinh herbal tea", "1211.90", "g", new int[] {50, 100},
                    90_000, 400_000, 540, new String[] {"Thái Nguyên", "Bắc Kạn"}));

    private static final String[][] GRADES = {{"", ""}, {"thượng hạng", "premium"}, {"loại 1", "grade 1"},
            {"hộp quà", "gift box"}, {"túi zip", "zip bag"}, {"nguyên chất", "pure"}};
    private static final String[] COMMUNES = {"Xã Tả Van", "Xã Ea Tu", "Xã Hòa Thuận", "Xã Đông Hòa", "Xã Phú Lộc",
            "Xã Nà Hang", "Xã Tân Cương", "Xã Lộc Bắc"};
    private static final String[] CERTS = {"VietGAP", "GlobalG.A.P.", "Organic", "HACCP", "ISO 22000", "Halal"};

    private final Database db;

    public DemoData(Database db) {
        this.db = db;
    }

    /** Adds {@code count} products in one transaction; cancelling leaves the catalogue as it was. */
    public int generate(int count, long seed, LocalDate today, Work work) {
        Random r = new Random(seed);
        long startSerial = db.read(c -> {
            try (var ps = c.prepareStatement("SELECT count(*) FROM product"); var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        return db.write(tx -> {
            SearchIndexPause.pause(tx);
            for (int i = 0; i < count; i++) {
                if (i % 1000 == 0) {
                    work.cancel().check();
                    work.report(i, count, "demo.progress", i, count);
                }
                CatalogService.write(tx, product(r, startSerial + i, today));
            }
            SearchIndexPause.resume(tx);
            work.report(count, count, "demo.progress", count, count);
            return count;
        });
    }

    /** One demo product; {@code serial} makes its SKU and GTIN unique. Also feeds the import benchmark file. */
    public static Product product(Random r, long serial, LocalDate today) {
        Kind k = KINDS.get((int) (serial % KINDS.size()));
        String[] grade = GRADES[r.nextInt(GRADES.length)];
        int size = k.sizes[r.nextInt(k.sizes.length)];
        String province = k.provinces[r.nextInt(k.provinces.length)];
        String sizeText = size + ("kg".equals(k.unit) ? "kg" : k.unit);
        String vi = join(k.vi, grade[0], province, sizeText);
        String en = join(k.en, grade[1], stripMarks(province), sizeText);
        long price = roundTo(k.minPrice + (long) (r.nextDouble() * (k.maxPrice - k.minPrice)), 1_000);
        String body = String.format("952%04d%05d", 1 + serial / 100_000, serial % 100_000);
        Product p = Product.draft()
                .with(ProductField.SKU, String.format("%s-%06d", k.category.toUpperCase().replace("_", ""), serial + 1))
                .with(ProductField.NAME_VI, vi)
                .with(ProductField.NAME_EN, en)
                .with(ProductField.DESCRIPTION_VI, k.vi + " của hợp tác xã tại " + province + ", thu hoạch và chế biến thủ công.")
                .with(ProductField.DESCRIPTION_EN, k.en + " from a cooperative in " + stripMarks(province) + ", harvested and processed by hand.")
                .with(ProductField.CATEGORY, k.category)
                .with(ProductField.GTIN, Gtin.withCheckDigit(body).digits())
                .with(ProductField.NET_QUANTITY, (double) size)
                .with(ProductField.UNIT, k.unit)
                .with(ProductField.SHELF_LIFE_DAYS, (long) k.shelfLifeDays)
                .with(ProductField.HS_CODE, k.hs)
                .with(ProductField.PROVINCE, province)
                .with(ProductField.COMMUNE, COMMUNES[r.nextInt(COMMUNES.length)])
                .with(ProductField.PRICE_VND, price)
                .with(ProductField.WHOLESALE_PRICE_VND, roundTo(price * 8 / 10, 1_000))
                .with(ProductField.EXPORT_PRICE_USD, Math.max(100, price / 250))
                .with(ProductField.MOQ, (long) (50 * (1 + r.nextInt(20))))
                .with(ProductField.STORAGE_VI, "Bảo quản nơi khô ráo, thoáng mát")
                .with(ProductField.STORAGE_EN, "Store in a cool, dry place");
        if (r.nextInt(3) > 0) {
            int stars = 3 + r.nextInt(3);
            LocalDate decision = today.minusDays(r.nextInt(1200));
            p = p.with(ProductField.OCOP_STARS, (long) stars)
                    .with(ProductField.OCOP_LEVEL, stars == 5 ? "national" : stars == 4 ? "province" : "district")
                    .with(ProductField.OCOP_CERTIFICATE_NO, "OCOP-" + (2019 + r.nextInt(7)) + "-" + (100 + r.nextInt(900)))
                    .with(ProductField.OCOP_DECISION_DATE, decision)
                    .with(ProductField.OCOP_EXPIRY_DATE, Ocop.expiryFor(decision));
        }
        if (r.nextBoolean()) {
            String scheme = CERTS[r.nextInt(CERTS.length)];
            p = p.withCertifications(List.of(new Certification(null, scheme, "C-" + (10_000 + r.nextInt(90_000)),
                    today.plusDays(30 + r.nextInt(900)))));
        }
        return p;
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String s : parts) {
            if (!s.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : " ").append(s);
            }
        }
        return sb.toString();
    }

    private static String stripMarks(String s) {
        return org.tradekit.text.Fold.key(s).substring(0, 1).toUpperCase() + restOf(s);
    }

    private static String restOf(String s) {
        String folded = org.tradekit.text.Fold.key(s);
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < folded.length(); i++) {
            char prev = folded.charAt(i - 1);
            sb.append(prev == ' ' ? Character.toUpperCase(folded.charAt(i)) : folded.charAt(i));
        }
        return sb.toString();
    }

    private static long roundTo(long v, long step) {
        return Math.max(step, (v / step) * step);
    }
}
