package org.tradekit.trace.demo;

import java.util.List;

import org.tradekit.trace.event.ProcessStep;

/**
 * How each kind of demo goods is made: what members harvest, the processing stages with their
 * yields, the pack size. Names are the ones cooperatives use.
 */
final class DemoRecipes {
    record Stage(ProcessStep step, double yield, String sku, String vi, String en) {
    }

    record Recipe(String category, String rawSku, String rawVi, String rawEn, double harvestKgMin, double harvestKgMax,
            List<Stage> stages, String province, double latitude, double longitude) {
        Stage last() {
            return stages.get(stages.size() - 1);
        }
    }

    static final List<Recipe> RECIPES = List.of(
            new Recipe("tea", "TEA-LEAF", "Chè búp tươi Shan Tuyết", "Fresh Shan Tuyet tea leaves", 40, 160,
                    List.of(new Stage(ProcessStep.WITHERING, 0.72, "TEA-ROLLED", "Chè héo vò", "Withered rolled tea"),
                            new Stage(ProcessStep.DRYING, 0.31, "TEA-DRIED", "Chè khô thành phẩm", "Dried tea")),
                    "Hà Giang", 22.82, 104.98),
            new Recipe("coffee", "COF-CHERRY", "Cà phê quả chín", "Ripe coffee cherries", 150, 600,
                    List.of(new Stage(ProcessStep.FERMENTING, 0.55, "COF-WET", "Cà phê thóc ướt", "Wet parchment coffee"),
                            new Stage(ProcessStep.DRYING, 0.42, "COF-GREEN", "Cà phê nhân xanh", "Green coffee beans"),
                            new Stage(ProcessStep.ROASTING, 0.84, "COF-ROAST", "Cà phê rang mộc", "Roasted coffee")),
                    "Đắk Lắk", 12.67, 108.04),
            new Recipe("honey", "HONEY-RAW", "Mật ong thô hoa bạc hà", "Raw mint flower honey", 20, 90,
                    List.of(new Stage(ProcessStep.FILTERING, 0.95, "HONEY-FILT", "Mật ong đã lọc", "Filtered honey")),
                    "Hà Giang", 23.16, 105.32),
            new Recipe("dried_fruit", "LONGAN-FRESH", "Nhãn lồng tươi", "Fresh longan", 200, 800,
                    List.of(new Stage(ProcessStep.SORTING, 0.93, "LONGAN-SORT", "Nhãn đã tuyển", "Sorted longan"),
                            new Stage(ProcessStep.DRYING, 0.24, "LONGAN-DRY", "Long nhãn sấy", "Dried longan")),
                    "Hưng Yên", 20.65, 106.05),
            new Recipe("rice", "RICE-PADDY", "Lúa ST25", "ST25 paddy", 800, 3000,
                    List.of(new Stage(ProcessStep.DRYING, 0.86, "RICE-DRYPADDY", "Lúa ST25 sấy", "Dried ST25 paddy"),
                            new Stage(ProcessStep.HULLING, 0.64, "RICE-MILLED", "Gạo ST25 xát", "Milled ST25 rice")),
                    "Sóc Trăng", 9.60, 105.97),
            new Recipe("spice", "PEPPER-FRESH", "Tiêu tươi Phú Quốc", "Fresh Phu Quoc pepper", 60, 300,
                    List.of(new Stage(ProcessStep.DRYING, 0.35, "PEPPER-DRY", "Tiêu đen khô", "Dried black pepper"),
                            new Stage(ProcessStep.SORTING, 0.9, "PEPPER-SORT", "Tiêu đen tuyển", "Sorted black pepper")),
                    "Kiên Giang", 10.22, 103.96));

    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Lò", "Giàng",
            "Sùng", "Vàng", "Hà", "Y", "H'"};
    static final String[] MIDDLE = {"Văn", "Thị", "A", "Thị", "Đức", "Minh", "Ngọc", "Hữu"};
    static final String[] GIVEN = {"An", "Bình", "Chiến", "Dung", "Hoa", "Lan", "Mai", "Páo", "Sính", "Dếnh", "Thảo",
            "Tú", "Vân", "Xuân", "Hùng", "Nhung", "Phương", "Quang", "Sơn", "Trang"};
    static final String[] COMMUNES = {"Xã Tả Van", "Xã Lũng Cú", "Xã Ea Tu", "Xã Hòa Thuận", "Xã Đông Hòa",
            "Xã Phú Lộc", "Xã Nà Hang", "Xã Tân Cương", "Xã Lộc Bắc", "Xã Cửa Dương"};
    static final String[] BUYERS = {"Công ty TNHH Thực phẩm Sạch Hà Nội", "Siêu thị Nông sản Việt", "Bách hóa Xanh chi nhánh Cầu Giấy",
            "Tokyo Green Tea Co., Ltd.", "Berlin Feinkost GmbH", "Seoul Natural Foods", "Shanghai Fine Imports Co.",
            "Công ty CP Xuất khẩu Nông sản Đắk Lắk", "Nhà hàng Hương Việt", "Paris Épicerie Asiatique"};
    static final String[] FAIRS = {"Hội chợ OCOP Hà Giang 2026", "Vietnam Expo 2026", "Hội chợ Nông sản Đắk Lắk 2026",
            "SIAL Paris 2026", "Foodex Japan 2026", "Hội chợ OCOP toàn quốc 2026"};
    static final String[] STAFF = {"Lò Thị Mai", "Nguyễn Văn Hùng", "Trần Thị Lan", "Giàng A Páo", "Phạm Minh Quang"};

    private DemoRecipes() {
    }
}
