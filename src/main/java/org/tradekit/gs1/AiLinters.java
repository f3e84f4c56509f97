package org.tradekit.gs1;

import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The content checks ("linters") that the GS1 Syntax Dictionary names for AI components. Linters
 * used only by AIs that Trade Kit never reads deeply (coupon codes, package types, media types,
 * importer index, alphanumeric check pairs) accept any value of the right character set and length.
 */
final class AiLinters {
    /** ISO 3166-1 numeric country codes (UN M49 numbering), 249 entries. */
    private static final Set<String> ISO3166 = Set.of(("004 008 010 012 016 020 024 028 031 032 036 040 044 048 050 051"
            + " 052 056 060 064 068 070 072 074 076 084 086 090 092 096 100 104 108 112 116 120 124 132 136 140 144 148"
            + " 152 156 158 162 166 170 174 175 178 180 184 188 191 192 196 203 204 208 212 214 218 222 226 231 232 233"
            + " 234 238 239 242 246 248 250 254 258 260 262 266 268 270 275 276 288 292 296 300 304 308 312 316 320 324"
            + " 328 332 334 336 340 344 348 352 356 360 364 368 372 376 380 384 388 392 398 400 404 408 410 414 417 418"
            + " 422 426 428 430 434 438 440 442 446 450 454 458 462 466 470 474 478 480 484 492 496 498 499 500 504 508"
            + " 512 516 520 524 528 531 533 534 535 540 548 554 558 562 566 570 574 578 580 581 583 584 585 586 591 598"
            + " 600 604 608 612 616 620 624 626 630 634 638 642 643 646 652 654 659 660 662 663 666 670 674 678 682 686"
            + " 688 690 694 702 703 704 705 706 710 716 724 728 729 732 740 744 748 752 756 760 762 764 768 772 776 780"
            + " 784 788 792 795 796 798 800 804 807 818 826 831 832 833 834 840 850 854 858 860 862 876 882 887 894")
            .split(" "));
    private static final Set<String> ISO3166_ALPHA2 = Set.of(Locale.getISOCountries());
    private static final Set<String> ISO4217 = Currency.getAvailableCurrencies().stream()
            .map(c -> String.format("%03d", c.getNumericCode())).collect(Collectors.toUnmodifiableSet());

    private AiLinters() {
    }

    /** Checks one component; throws when its content is wrong. */
    static void check(String linter, String ai, String v) {
        switch (linter) {
            case "csum" -> checkDigit(ai, v);
            case "gcppos1" -> companyPrefix(ai, v, 0);
            case "gcppos2" -> companyPrefix(ai, v, 1);
            case "yymmd0" -> date(ai, v, 2000 + num(v, 0, 2), num(v, 2, 4), num(v, 4, 6), true);
            case "yymmdd" -> date(ai, v, 2000 + num(v, 0, 2), num(v, 2, 4), num(v, 4, 6), false);
            case "yyyymmdd" -> date(ai, v, num(v, 0, 4), num(v, 4, 6), num(v, 6, 8), false);
            case "yyyymmd0" -> date(ai, v, num(v, 0, 4), num(v, 4, 6), num(v, 6, 8), true);
            case "hh" -> range(ai, v, 0, 23);
            case "mi", "ss" -> range(ai, v, 0, 59);
            case "hhmi", "hhmm" -> {
                range(ai, v.substring(0, 2), 0, 23);
                range(ai, v.substring(2), 0, 59);
            }
            case "iso3166" -> member(ai, v, ISO3166, "gs1.error.country");
            case "iso3166999" -> {
                if (!v.equals("999")) {
                    member(ai, v, ISO3166, "gs1.error.country");
                }
            }
            case "iso3166alpha2" -> member(ai, v, ISO3166_ALPHA2, "gs1.error.country");
            case "iso4217" -> member(ai, v, ISO4217, "gs1.error.currency");
            case "iso5218" -> member(ai, v, Set.of("0", "1", "2", "9"), "gs1.error.invalid");
            case "yesno" -> member(ai, v, Set.of("0", "1"), "gs1.error.invalid");
            case "winding" -> member(ai, v, Set.of("0", "1", "9"), "gs1.error.invalid");
            case "zero" -> member(ai, v, Set.of("0"), "gs1.error.invalid");
            case "nonzero" -> require(ai, v, !v.chars().allMatch(ch -> ch == '0'));
            case "nozeroprefix" -> require(ai, v, v.length() == 1 || v.charAt(0) != '0');
            case "hyphen" -> require(ai, v, v.chars().allMatch(ch -> ch == '-'));
            case "hasnondigit" -> require(ai, v, !v.chars().allMatch(Character::isDigit));
            case "pieceoftotal" -> require(ai, v, num(v, 0, 2) >= 1 && num(v, 0, 2) <= num(v, 2, 4));
            case "latitude" -> require(ai, v, Long.parseLong(v) <= 1_800_000_000L);
            case "longitude" -> require(ai, v, Long.parseLong(v) <= 3_600_000_000L);
            case "pcenc" -> percentEncoding(ai, v);
            case "posinseqslash" -> positionInSequence(ai, v);
            case "iban" -> iban(ai, v);
            default -> {
                // csumalpha, couponcode, couponposoffer, mediatype, importeridx, packagetype: not checked
            }
        }
    }

    private static int num(String v, int from, int to) {
        return Integer.parseInt(v.substring(from, to));
    }

    private static void checkDigit(String ai, String v) {
        int expected = Gtin.checkDigit(v.substring(0, v.length() - 1));
        if (v.charAt(v.length() - 1) - '0' != expected) {
            throw new Gs1Exception("gs1.error.checkDigit", ai, v, expected);
        }
    }

    private static void companyPrefix(String ai, String v, int from) {
        boolean ok = v.length() >= from + 4 && v.substring(from, from + 4).chars().allMatch(Character::isDigit);
        if (!ok) {
            throw new Gs1Exception("gs1.error.companyPrefix", ai, v);
        }
    }

    private static void date(String ai, String v, int year, int month, int day, boolean dayZeroAllowed) {
        boolean ok = month >= 1 && month <= 12 && (day == 0 ? dayZeroAllowed
                : day <= java.time.YearMonth.of(year, month).lengthOfMonth());
        if (!ok) {
            throw new Gs1Exception("gs1.error.date", ai, v);
        }
    }

    private static void range(String ai, String v, int min, int max) {
        int n = Integer.parseInt(v);
        if (n < min || n > max) {
            throw new Gs1Exception("gs1.error.invalid", ai, v);
        }
    }

    private static void member(String ai, String v, Set<String> allowed, String key) {
        if (!allowed.contains(v)) {
            throw new Gs1Exception(key, ai, v);
        }
    }

    private static void require(String ai, String v, boolean ok) {
        if (!ok) {
            throw new Gs1Exception("gs1.error.invalid", ai, v);
        }
    }

    private static void percentEncoding(String ai, String v) {
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) == '%') {
                boolean ok = i + 2 < v.length() && isHex(v.charAt(i + 1)) && isHex(v.charAt(i + 2));
                require(ai, v, ok);
                i += 2;
            }
        }
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static void positionInSequence(String ai, String v) {
        int slash = v.indexOf('/');
        boolean ok = slash > 0 && slash < v.length() - 1;
        if (ok) {
            String pos = v.substring(0, slash);
            String total = v.substring(slash + 1);
            ok = pos.chars().allMatch(Character::isDigit) && total.chars().allMatch(Character::isDigit)
                    && pos.charAt(0) != '0' && total.charAt(0) != '0'
                    && Integer.parseInt(pos) <= Integer.parseInt(total);
        }
        require(ai, v, ok);
    }

    private static void iban(String ai, String v) {
        boolean ok = v.length() >= 5 && ISO3166_ALPHA2.contains(v.substring(0, 2))
                && v.substring(2, 4).chars().allMatch(Character::isDigit)
                && v.chars().allMatch(ch -> (ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z'));
        if (ok) {
            String r = v.substring(4) + v.substring(0, 4);
            int mod = 0;
            for (int i = 0; i < r.length(); i++) {
                int d = Character.digit(r.charAt(i), 36);
                mod = d >= 10 ? (mod * 100 + d) % 97 : (mod * 10 + d) % 97;
            }
            ok = mod == 1;
        }
        require(ai, v, ok);
    }
}
