package org.tradekit.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tradekit.work.Work;

/**
 * Chinese, Korean and Japanese names and descriptions for about two thirds of the demo products
 * (the rest stay untranslated, so brochures show their missing-translation list and English fallback).
 */
public final class DemoTranslations {
    /** English kind name → zh, ko, ja. */
    private static final Map<String, String[]> KINDS = Map.ofEntries(
            Map.entry("Ancient Shan Tuyet tea", new String[] {"古树雪山茶", "고목 샨뚜옛 차", "古樹シャントゥエット茶"}),
            Map.entry("Tan Cuong green tea", new String[] {"新疆绿茶", "떤끄엉 녹차", "タンクオン緑茶"}),
            Map.entry("Specialty roasted Robusta coffee", new String[] {"精品烘焙罗布斯塔咖啡", "스페셜티 로스팅 로부스타 커피",
                "スペシャルティ焙煎ロブスタコーヒー"}),
            Map.entry("Cau Dat Arabica coffee", new String[] {"求达阿拉比卡咖啡", "꺼우닷 아라비카 커피", "カウダット・アラビカコーヒー"}),
            Map.entry("Mint flower honey", new String[] {"薄荷花蜂蜜", "박하꽃 꿀", "ミントの花のはちみつ"}),
            Map.entry("U Minh forest honey", new String[] {"乌明森林蜂蜜", "우민 숲 꿀", "ウーミン森林はちみつ"}),
            Map.entry("Anchovy fish sauce 40N", new String[] {"凤尾鱼鱼露 40N", "멸치 피시소스 40N", "カタクチイワシ魚醤 40N"}),
            Map.entry("Dried longan", new String[] {"龙眼干", "말린 용안", "干し竜眼"}),
            Map.entry("Soft dried mango", new String[] {"软芒果干", "부드러운 말린 망고", "ソフトドライマンゴー"}),
            Map.entry("Phu Quoc black pepper", new String[] {"富国黑胡椒", "푸꾸옥 흑후추", "フーコック黒胡椒"}),
            Map.entry("Organic ST25 rice", new String[] {"有机 ST25 大米", "유기농 ST25 쌀", "有機 ST25 米"}),
            Map.entry("Dinh herbal tea", new String[] {"丁草本茶", "딘 허브차", "ディン・ハーブティー"}));
    private static final String[] LANGS = {"zh", "ko", "ja"};
    private static final String[] FROM = {"产自越南{0}的合作社，手工采收与加工。", "베트남 {0} 협동조합에서 손으로 수확하고 가공했습니다.",
        "ベトナム・{0}の協同組合が手作業で収穫・加工しました。"};

    private final CatalogService catalog;
    private final ProductRepository products;

    public DemoTranslations(CatalogService catalog, ProductRepository products) {
        this.catalog = catalog;
        this.products = products;
    }

    /** Adds the translations to untranslated demo products (two in three); returns how many got them. */
    public int add(Work work) {
        List<Product> todo = new ArrayList<>();
        products.forEach(p -> {
            if (p.translations().isEmpty() && kind(p) != null && Math.floorMod(p.sku().hashCode(), 3) != 0) {
                todo.add(p);
            }
        });
        for (int i = 0; i < todo.size(); i++) {
            work.cancel().check();
            Product p = todo.get(i);
            String kind = kind(p);
            String size = p.nameEn().substring(p.nameEn().lastIndexOf(' ') + 1);
            String province = p.text(ProductField.PROVINCE) == null ? "" : p.text(ProductField.PROVINCE);
            List<Translation> list = new ArrayList<>();
            for (int l = 0; l < LANGS.length; l++) {
                list.add(new Translation(null, LANGS[l], KINDS.get(kind)[l] + " " + size, FROM[l].replace("{0}", province)));
            }
            catalog.save(p.withTranslations(list));
            work.report(i + 1, todo.size(), "demo.progress.translations", i + 1, todo.size());
        }
        return todo.size();
    }

    private static String kind(Product p) {
        String en = p.nameEn();
        return en == null ? null : KINDS.keySet().stream().filter(en::startsWith).findFirst().orElse(null);
    }
}
