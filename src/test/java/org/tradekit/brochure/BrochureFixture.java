package org.tradekit.brochure;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.tradekit.TestContexts;
import org.tradekit.app.AppContext;
import org.tradekit.catalog.Certification;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.catalog.Translation;
import org.tradekit.coop.CoopProfile;
import org.tradekit.photo.StoredPhoto;
import org.tradekit.photo.TestImages;

/**
 * A cooperative with three products as brochures meet them: a complete one with a sideways camera
 * photo and translations in zh, ko and ja; one with no GTIN, no photo and only a Chinese translation;
 * one with a corrupt photo and an enormous description.
 */
public final class BrochureFixture {
    public static final String DOMAIN = "truyxuat.example.vn";
    public static final String COFFEE = "CF-001";
    public static final String HONEY = "HN-002";
    public static final String BAD = "BAD-003";
    public static final String COFFEE_GTIN = "08935001234562";
    public static final String COFFEE_VI = "Cà phê Robusta rang xay Đắk Lắk";
    public static final String COFFEE_EN = "Ground Robusta coffee from Đắk Lắk";
    public static final String COFFEE_ZH = "多乐省罗布斯塔研磨咖啡";
    public static final String COFFEE_KO = "닥락 로부스타 분쇄 커피";
    public static final String COFFEE_JA = "ダクラク産ロブスタ挽き豆コーヒー";
    public static final String HONEY_ZH = "龙眼花蜂蜜";

    private BrochureFixture() {
    }

    public static AppContext open(Path dir) throws IOException {
        AppContext app = TestContexts.open(dir);
        fill(app);
        return app;
    }

    /** The cooperative and its three products in an opened store (a UI test's prepared data). */
    public static void fill(AppContext app) throws IOException {
        String logo = app.photoStore().put(TestImages.encode(TestImages.halves(400, 200, false), "png"));
        app.coopProfile().save(new CoopProfile(null, "HTX Nông sản Ea Tu", "Ea Tu Farm Cooperative", "Thôn 3, xã Ea Tu",
                "Đắk Lắk", "+84 262 3812 345", "sales@eatu.example.vn", "https://eatu.example.vn", logo, "8935001",
                DOMAIN, "VND"));
        Product coffee = TestContexts.product(COFFEE, COFFEE_VI, COFFEE_EN)
                .with(ProductField.DESCRIPTION_VI, "Hạt Robusta chín đỏ, rang mộc, xay vừa.")
                .with(ProductField.DESCRIPTION_EN, "Ripe Robusta beans, roasted without additives, medium grind.")
                .with(ProductField.GTIN, COFFEE_GTIN).with(ProductField.HS_CODE, "0901.21")
                .with(ProductField.NET_QUANTITY, 500.0).with(ProductField.UNIT, "g")
                .with(ProductField.PACKAGING, "Túi kraft 500 g, 20 túi/thùng").with(ProductField.SHELF_LIFE_DAYS, 365L)
                .with(ProductField.OCOP_STARS, 4L).with(ProductField.OCOP_EXPIRY_DATE, LocalDate.of(2028, 5, 1))
                .with(ProductField.MOQ, 200L).with(ProductField.PRICE_VND, 120_000L)
                .with(ProductField.WHOLESALE_PRICE_VND, 95_000L).with(ProductField.EXPORT_PRICE_USD, 450L)
                .with(ProductField.PROVINCE, "Đắk Lắk").with(ProductField.COMMUNE, "Ea Tu")
                .withCertifications(List.of(Certification.of("VietGAP", "VG-123", LocalDate.of(2027, 12, 31)),
                        Certification.of("Organic", "EXP-1", LocalDate.of(2025, 1, 1))))
                .withTranslations(List.of(new Translation(null, "zh", COFFEE_ZH, "成熟的罗布斯塔咖啡豆，中度研磨。"),
                        new Translation(null, "ko", COFFEE_KO, "잘 익은 로부스타 원두, 중간 분쇄."),
                        new Translation(null, "ja", COFFEE_JA, "完熟ロブスタ豆、中挽き。")));
        coffee = app.catalog().save(coffee);
        byte[] camera = TestImages.withExifOrientation(TestImages.encode(photo(3000, 2000), "jpg"), 6);
        String sha = app.photoStore().put(camera);
        app.productPhotos().add(coffee.id(), new StoredPhoto(sha, 3000, 2000, "image/jpeg", camera.length), null);

        app.catalog().save(TestContexts.product(HONEY, "Mật ong hoa nhãn", "Longan flower honey")
                .with(ProductField.DESCRIPTION_EN, "Raw honey from longan orchards.")
                .with(ProductField.OCOP_STARS, 3L).with(ProductField.OCOP_EXPIRY_DATE, LocalDate.of(2025, 6, 1))
                .with(ProductField.PRICE_VND, 180_000L)
                .withTranslations(List.of(new Translation(null, "zh", HONEY_ZH, "龙眼园的天然蜂蜜。"))));

        Product bad = app.catalog().save(TestContexts.product(BAD, "Tiêu đen", "Black pepper")
                .with(ProductField.DESCRIPTION_EN, "Black pepper from basalt soil. ".repeat(129)));
        byte[] corrupt = new byte[5000];
        byte[] head = TestImages.encode(photo(800, 600), "jpg");
        System.arraycopy(head, 0, corrupt, 0, 600); // a JPEG cut off after its header
        String badSha = app.photoStore().put(corrupt);
        app.productPhotos().add(bad.id(), new StoredPhoto(badSha, 800, 600, "image/jpeg", corrupt.length), null);
    }

    /** A camera-like photo: a gradient with detail, so JPEG sizes are realistic. */
    static BufferedImage photo(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(120, 70, 30), w, h, new Color(230, 200, 150)));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(60, 30, 10));
        for (int i = 0; i < 200; i++) {
            g.fillOval((i * 7919) % w, (i * 104729) % h, 20 + i % 40, 15 + i % 30);
        }
        g.dispose();
        return img;
    }
}
