package org.tradekit.gs1;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Six-digit GS1 dates (YYMMDD, AIs 11, 13, 15, 16, 17): the century is the one that puts the year
 * within 49 years before and 50 years after the current year (GS1 General Specifications, 7.12),
 * and day 00 means the last day of the month.
 */
public final class Gs1Dates {
    private Gs1Dates() {
    }

    /** The date a YYMMDD value stands for, seen from {@code currentYear}. */
    public static LocalDate parse(String yymmdd, int currentYear) {
        if (yymmdd == null || !yymmdd.matches("\\d{6}")) {
            throw new Gs1Exception("gs1.error.date", "17", String.valueOf(yymmdd));
        }
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int month = Integer.parseInt(yymmdd.substring(2, 4));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        int century = currentYear / 100 * 100;
        int diff = yy - currentYear % 100;
        if (diff >= 51) {
            century -= 100;
        } else if (diff <= -50) {
            century += 100;
        }
        if (month < 1 || month > 12) {
            throw new Gs1Exception("gs1.error.date", "17", yymmdd);
        }
        YearMonth ym = YearMonth.of(century + yy, month);
        if (day > ym.lengthOfMonth()) {
            throw new Gs1Exception("gs1.error.date", "17", yymmdd);
        }
        return day == 0 ? ym.atEndOfMonth() : ym.atDay(day);
    }

    /** YYMMDD for a date that six digits can carry, seen from {@code currentYear}. */
    public static String format(LocalDate date, int currentYear) {
        int offset = date.getYear() - currentYear;
        if (offset < -49 || offset > 50) {
            throw new Gs1Exception("gs1.error.dateOutOfRange", date.toString());
        }
        return String.format("%02d%02d%02d", date.getYear() % 100, date.getMonthValue(), date.getDayOfMonth());
    }
}
