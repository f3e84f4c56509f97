package org.tradekit.lead.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import org.tradekit.text.Fold;

/**
 * Made-up fair visitors that look real: names, companies, titles and email domains of their
 * country, mobile numbers valid for it (checked with libphonenumber), and the messaging app its
 * buyers use (Zalo in Vietnam, WeChat in China, KakaoTalk in Korea, LINE in Japan and Thailand,
 * WhatsApp elsewhere).
 */
final class DemoVisitors {
    /** A visitor: everything personal a lead holds. */
    record Visitor(String name, String company, String jobTitle, String country, String email, String phoneE164,
            String phoneRaw, String messagingKind, String messagingHandle) {
    }

    /** A country's visitors: names (VN: family, middle, given), company names from brand × trade × legal form. */
    private record Country(String code, int weight, String tld, String[] given, String[] family, boolean familyFirst,
            String[] brand, String[] trade, String[] legal, String[] titles) {
    }

    private static final String[] EN_TITLES = {"Purchasing Manager", "Head of Sourcing", "CEO", "Import Manager",
            "Category Buyer", "Managing Director", "Procurement Officer", "Sales Director", "Founder", "Quality Manager",
            "Buyer", "Owner", "Operations Manager", "Business Development Manager"};
    private static final String[] EN_TRADE = {"Foods", "Trading", "Import", "Fresh", "Provisions", "Gourmet", "Coffee",
            "Spice", "Organics", "Distribution", "Supply", "Agro"};
    private static final String[] VN_MIDDLE = {"Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hữu", "Đức", "Thu"};
    private static final List<Country> COUNTRIES = List.of(
            new Country("VN", 30, "vn", new String[] {"Lan", "Hùng", "Mai", "Tuấn", "Thảo", "Dũng", "Hương", "Minh", "Ngọc",
                    "Phương", "Quang", "Trang", "An", "Bình", "Châu", "Giang", "Hải", "Khoa", "Linh", "Nam", "Oanh", "Phúc",
                    "Sơn", "Vy"}, new String[] {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
                    "Ngô", "Dương"}, true,
                    new String[] {"Sài Gòn Xanh", "Mekong", "Phú Quý", "An Khang", "Hoàng Gia", "Đại Việt", "Minh Phát",
                            "Tân Lộc", "Hạnh Phúc", "Phố Cổ", "Đồng Tháp", "Miền Trung", "Trường Sơn", "Hồng Hà"},
                    new String[] {"Thực phẩm", "Nông sản", "Xuất nhập khẩu", "Thương mại", "Cà phê", "Siêu thị"},
                    new String[] {"Công ty TNHH", "Công ty CP", "HTX", "Doanh nghiệp tư nhân"},
                    new String[] {"Giám đốc", "Trưởng phòng thu mua", "Chủ cửa hàng", "Phó giám đốc", "Nhân viên mua hàng",
                            "Kế toán trưởng", "Quản lý chuỗi cung ứng"}),
            new Country("CN", 12, "cn", new String[] {"Wei", "Fang", "Lei", "Jing", "Hao", "Xiu Ying", "Min", "Jun", "Yan",
                    "Tao", "Qiang", "Li Na"}, new String[] {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao",
                    "Wu", "Zhou"}, true, new String[] {"Guangzhou", "Shanghai", "Kunming", "Shenzhen", "Xiamen", "Nanning",
                    "Golden Dragon", "Orient", "Jade River"}, EN_TRADE, new String[] {"Co., Ltd.", "Trading Co.", "Group"},
                    EN_TITLES),
            new Country("KR", 8, "kr", new String[] {"Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Su-bin", "Ye-jin",
                    "Jae-won", "Hyun-woo", "Eun-ji"}, new String[] {"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho",
                    "Yoon"}, true, new String[] {"Seoul", "Busan", "Hanil", "K-Mart", "Daejeon", "Incheon", "Arirang"},
                    EN_TRADE, new String[] {"Co.", "Corp.", "Inc."}, EN_TITLES),
            new Country("JP", 8, "jp", new String[] {"Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Yuto", "Sakura", "Kaito",
                    "Mei"}, new String[] {"Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto",
                    "Nakamura"}, true, new String[] {"Tokyo", "Osaka", "Nippon", "Kyoto", "Sakura", "Fuji", "Hokkaido"},
                    EN_TRADE, new String[] {"K.K.", "Co., Ltd.", "Shoji"}, EN_TITLES),
            new Country("TH", 6, "th", new String[] {"Somchai", "Malee", "Anan", "Siriporn", "Niran", "Kannika", "Prasert",
                    "Nattaya"}, new String[] {"Srisuk", "Chaiyaporn", "Wongsa", "Thongdee", "Sukjai", "Rattanakorn"}, false,
                    new String[] {"Bangkok", "Siam", "Chiang Mai", "Phuket", "Golden Elephant", "Lotus"}, EN_TRADE,
                    new String[] {"Co., Ltd.", "Public Co.", "Group"}, EN_TITLES),
            new Country("US", 6, "com", new String[] {"Emily", "James", "Olivia", "Michael", "Sarah", "David", "Jessica",
                    "Daniel", "Ashley", "Ryan"}, new String[] {"Johnson", "Miller", "Garcia", "Brown", "Davis", "Wilson",
                    "Moore", "Clark"}, false, new String[] {"Pacific", "Golden Gate", "Midwest", "Liberty", "Blue Ridge",
                    "Lone Star", "Hudson"}, EN_TRADE, new String[] {"Inc.", "LLC", "Corp."}, EN_TITLES),
            new Country("DE", 6, "de", new String[] {"Anna", "Lukas", "Jürgen", "Sophie", "Felix", "Käthe", "Jonas", "Marie",
                    "Stefan", "Lena"}, new String[] {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Größer",
                    "Wagner", "Becker"}, false, new String[] {"Hamburger", "Berliner", "Bio", "Alpen", "Rhein", "Nordsee",
                    "Bayern"}, new String[] {"Kaffee", "Gewürzhandel", "Feinkost", "Import", "Naturkost", "Handel"},
                    new String[] {"GmbH", "KG", "AG"}, EN_TITLES),
            new Country("FR", 4, "fr", new String[] {"Camille", "Louis", "Chloé", "Hugo", "Léa", "Théo", "Manon", "Élodie"},
                    new String[] {"Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard"}, false,
                    new String[] {"Lyonnaise", "Provence", "Atlantique", "Saveurs d'Asie", "Comptoir"},
                    new String[] {"Épicerie Fine", "Épices", "Import", "Distribution", "Gourmet"},
                    new String[] {"SARL", "SAS", "SA"}, EN_TITLES),
            new Country("AE", 5, "ae", new String[] {"Ahmed", "Fatima", "Omar", "Layla", "Khalid", "Mariam", "Yousef",
                    "Noor"}, new String[] {"Al Mansouri", "Al Hashimi", "Al Nuaimi", "Haddad", "Al Falasi", "Khoury"}, false,
                    new String[] {"Gulf Star", "Dubai", "Al Noor", "Emirates", "Desert Rose", "Oasis"}, EN_TRADE,
                    new String[] {"LLC", "FZE", "Trading LLC"}, EN_TITLES),
            new Country("SG", 4, "sg", new String[] {"Wei Ling", "Jun Jie", "Priya", "Marcus", "Hui Min", "Aaron"},
                    new String[] {"Tan", "Lim", "Ng", "Raj", "Goh", "Wong"}, false,
                    new String[] {"Lion City", "Straits", "Marina", "Orchard", "Merlion"}, EN_TRADE,
                    new String[] {"Pte Ltd"}, EN_TITLES),
            new Country("AU", 4, "com.au", new String[] {"Jack", "Charlotte", "Noah", "Amelia", "Oliver", "Isla"},
                    new String[] {"Smith", "Wilson", "Taylor", "Anderson", "Thompson", "White"}, false,
                    new String[] {"Sydney", "Outback", "Southern Cross", "Melbourne", "Coral Coast"}, EN_TRADE,
                    new String[] {"Pty Ltd"}, EN_TITLES),
            new Country("NL", 3, "nl", new String[] {"Daan", "Emma", "Sem", "Julia", "Lotte", "Bram"},
                    new String[] {"de Jong", "Jansen", "de Vries", "van Dijk", "Bakker", "Visser"}, false,
                    new String[] {"Rotterdam", "Holland", "Amsterdam", "Tulip", "Delta"}, EN_TRADE,
                    new String[] {"B.V.", "N.V."}, EN_TITLES),
            new Country("IN", 4, "in", new String[] {"Aarav", "Ananya", "Rohan", "Priya", "Vikram", "Kavya", "Arjun"},
                    new String[] {"Sharma", "Patel", "Iyer", "Gupta", "Reddy", "Nair"}, false,
                    new String[] {"Mumbai", "Delhi", "Chennai", "Bharat", "Ganges", "Kerala"}, EN_TRADE,
                    new String[] {"Pvt Ltd", "Exports", "Traders"}, EN_TITLES));
    private static final int TOTAL_WEIGHT = COUNTRIES.stream().mapToInt(Country::weight).sum();
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final Map<String, PhoneNumber> examples = new HashMap<>();

    Visitor next(Random r) {
        Country c = pick(r);
        String given = c.given()[r.nextInt(c.given().length)];
        String family = c.family()[r.nextInt(c.family().length)];
        String name = c.code().equals("VN") ? family + " " + VN_MIDDLE[r.nextInt(VN_MIDDLE.length)] + " " + given
                : c.familyFirst() ? family + " " + given : given + " " + (char) ('A' + r.nextInt(26)) + ". " + family;
        String brand = c.brand()[r.nextInt(c.brand().length)];
        String trade = c.trade()[r.nextInt(c.trade().length)];
        String legal = c.legal()[r.nextInt(c.legal().length)];
        String company = c.code().equals("VN") ? legal + " " + trade + " " + brand : brand + " " + trade + " " + legal;
        String title = c.titles()[r.nextInt(c.titles().length)];
        String domain = Fold.words(brand + trade).replace(" ", "") + "." + c.tld();
        String surname = Fold.words(family).replace(" ", "");
        String local = Fold.words(given).replace(" ", "") + "." + surname + (r.nextBoolean() ? r.nextInt(1000) : "");
        PhoneNumber phone = phone(c.code(), r);
        String e164 = PHONES.format(phone, PhoneNumberFormat.E164);
        String raw = r.nextBoolean() ? PHONES.format(phone, PhoneNumberFormat.INTERNATIONAL)
                : PHONES.format(phone, PhoneNumberFormat.NATIONAL);
        String kind;
        String handle;
        switch (c.code()) {
            case "VN" -> { kind = "zalo"; handle = PHONES.format(phone, PhoneNumberFormat.NATIONAL).replace(" ", ""); }
            case "CN" -> { kind = "wechat"; handle = "wxid_" + Long.toString(Math.abs(r.nextLong()) % 1_000_000_000L, 36); }
            case "KR" -> { kind = "kakaotalk"; handle = Fold.words(given).replace(" ", "") + r.nextInt(1000); }
            case "JP", "TH" -> { kind = "line"; handle = "@" + Fold.words(given + family).replace(" ", "") + r.nextInt(100); }
            default -> { kind = "whatsapp"; handle = e164; }
        }
        return new Visitor(name, company, title, c.code(), local.toLowerCase(Locale.ROOT) + "@" + domain,
                e164, raw, kind, handle);
    }

    /** A mobile number valid for the country: its example number with the last digits drawn at random. */
    private PhoneNumber phone(String region, Random r) {
        PhoneNumber example = examples.computeIfAbsent(region, k -> PHONES.getExampleNumberForType(k, PhoneNumberType.MOBILE));
        String national = String.valueOf(example.getNationalNumber());
        for (int attempt = 0; attempt < 20; attempt++) {
            int keep = Math.max(2, national.length() - 6);
            StringBuilder digits = new StringBuilder(national.substring(0, keep));
            while (digits.length() < national.length()) {
                digits.append(r.nextInt(10));
            }
            try {
                PhoneNumber n = PHONES.parse("+" + example.getCountryCode() + digits, region);
                if (PHONES.isValidNumber(n)) {
                    return n;
                }
            } catch (NumberParseException e) {
                // try other digits
            }
        }
        return example;
    }

    private static Country pick(Random r) {
        int w = r.nextInt(TOTAL_WEIGHT);
        for (Country c : COUNTRIES) {
            w -= c.weight();
            if (w < 0) {
                return c;
            }
        }
        return COUNTRIES.get(0);
    }
}
