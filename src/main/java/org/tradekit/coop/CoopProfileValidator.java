package org.tradekit.coop;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.tradekit.catalog.FieldProblem;

/** The rules a cooperative profile meets before it is saved; each broken one names its field. */
public final class CoopProfileValidator {
    /** A GS1 company prefix is 6 to 12 digits (GS1 Vietnam's start with 893). */
    private static final Pattern GS1_PREFIX = Pattern.compile("\\d{6,12}");
    /** A host name as QR links need it: labels of letters, digits and hyphens, at least one dot. */
    private static final Pattern HOST = Pattern.compile(
            "(?i)(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ().-]{6,20}");

    private CoopProfileValidator() {
    }

    public static List<FieldProblem> check(CoopProfile p) {
        List<FieldProblem> out = new ArrayList<>();
        if (p.nameVi() == null && p.nameEn() == null) {
            out.add(FieldProblem.of("name_vi", "coop.error.nameRequired"));
        }
        if (p.email() != null && !EMAIL.matcher(p.email()).matches()) {
            out.add(FieldProblem.of("email", "coop.error.email"));
        }
        if (p.phone() != null && !PHONE.matcher(p.phone()).matches()) {
            out.add(FieldProblem.of("phone", "coop.error.phone"));
        }
        if (p.gs1Prefix() != null && !GS1_PREFIX.matcher(p.gs1Prefix()).matches()) {
            out.add(FieldProblem.of("gs1_prefix", "coop.error.gs1Prefix"));
        }
        if (p.traceDomain() != null && !HOST.matcher(p.traceDomain()).matches()) {
            out.add(FieldProblem.of("trace_domain", "coop.error.traceDomain"));
        }
        if (!CoopProfile.VND.equals(p.currency()) && !CoopProfile.USD.equals(p.currency())) {
            out.add(FieldProblem.of("currency", "coop.error.currency"));
        }
        return out;
    }
}
