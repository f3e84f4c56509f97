package org.tradekit.gs1;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads back whatever a person pastes or a scanner types: a Digital Link (tidied as
 * {@link DigitalLinkParser.Options#USER_INPUT} says), Trade Kit's fallback link for products without
 * a GTIN, a bracketed element string {@code (01)...(10)...}, barcode data with GS separators, an
 * AIM symbology identifier in front ({@code ]Q1}, {@code ]C1}, {@code ]E0}...), or a bare GTIN.
 */
final class ProductLinkParser {
    private final Clock clock;
    private final AiValidator validator = AiValidator.gs1();

    ProductLinkParser(Clock clock) {
        this.clock = clock;
    }

    ProductLink parse(String text, String expectedDomain) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            throw new Gs1Exception("gs1.link.error.empty");
        }
        if (s.startsWith("]")) {
            ScanData scan = ScanData.parse(s);
            String data = scan.data();
            if (scan.symbology() == ScanData.Symbology.EAN13 || scan.symbology() == ScanData.Symbology.EAN8) {
                int bar = data.indexOf('|');
                if (bar < 0) {
                    return gtinOnly(data);
                }
                List<AiElement> elements = new ArrayList<>();
                elements.add(new AiElement("01", Gtin.parse(data.substring(0, bar)).gtin14()));
                elements.addAll(ElementString.gs1().parseData(data.substring(bar + 1)));
                return fromElements(null, elements);
            }
            if (scan.isElementData()) {
                return fromElements(null, ElementString.gs1().parseData(data));
            }
            s = data.startsWith("\\") ? data.substring(1) : data;
        }
        if (s.startsWith("(")) {
            return fromElements(null, ElementString.gs1().parseBracketed(s, false));
        }
        if (s.chars().allMatch(Character::isDigit) && s.length() <= 14) {
            return gtinOnly(s);
        }
        boolean elementData = Character.isDigit(s.charAt(0)) && s.indexOf('/') < 0
                && (s.indexOf(ElementString.GS) >= 0 || s.length() > 14);
        if (elementData) {
            return fromElements(null, ElementString.gs1().parseData(ElementString.FNC1 + s));
        }
        ProductLink link = fromUri(s);
        if (expectedDomain != null && link.domain() != null
                && !link.domain().equals(expectedDomain.strip().toLowerCase(java.util.Locale.ROOT))) {
            throw new Gs1Exception("gs1.link.error.foreignDomain", link.domain(), expectedDomain.strip());
        }
        return link;
    }

    private ProductLink fromUri(String s) {
        DigitalLinkParser parser = DigitalLinkParser.forUserInput();
        try {
            DigitalLink dl = parser.parse(s);
            return fromElements(dl.domain(), dl.elements());
        } catch (Gs1Exception noKey) {
            if (!noKey.key().equals("gs1.dl.error.noKey")) {
                throw noKey;
            }
            return fallback(parser, DigitalLinkParser.tidy(s)).orElseThrow(() -> noKey);
        }
    }

    /** {@code https://{domain}/.../p/{code}[/10/{lot}][/21/{serial}][?attributes]}. */
    private Optional<ProductLink> fallback(DigitalLinkParser parser, String uri) {
        int scheme = uri.indexOf("://");
        int slash = scheme < 0 ? -1 : uri.indexOf('/', scheme + 3);
        if (slash < 0) {
            return Optional.empty();
        }
        String rest = uri.substring(slash);
        int hash = rest.indexOf('#');
        rest = hash < 0 ? rest : rest.substring(0, hash);
        int q = rest.indexOf('?');
        String query = q < 0 ? null : rest.substring(q + 1);
        List<String> segs = Arrays.asList((q < 0 ? rest : rest.substring(0, q)).substring(1).split("/", -1));
        int at = segs.lastIndexOf(ProductLink.FALLBACK_SEGMENT);
        if (at < 0 || at + 2 > segs.size()) {
            return Optional.empty();
        }
        String code = PercentEncoding.unescape(segs.get(at + 1), false).orElse("");
        List<AiElement> elements = new ArrayList<>();
        List<String> pathAis = new ArrayList<>(List.of("01"));
        for (int i = at + 2; i < segs.size(); i += 2) {
            String ai = segs.get(i);
            boolean inOrder = (ai.equals("10") && pathAis.size() == 1) || (ai.equals("21") && !pathAis.contains("21"));
            if (!inOrder || i + 1 >= segs.size() || segs.get(i + 1).isEmpty()) {
                throw new Gs1Exception("gs1.link.error.fallbackPath", rest);
            }
            String value = PercentEncoding.unescape(segs.get(i + 1), false)
                    .orElseThrow(() -> new Gs1Exception("gs1.dl.error.nul", ai));
            elements.add(new AiElement(ai, value));
            pathAis.add(ai);
        }
        List<AiElement> attributes = new ArrayList<>();
        if (query != null) {
            parser.readQuery(query, attributes, new ArrayList<>());
            parser.checkAttributesAgainst(pathAis, attributes);
        }
        elements.addAll(attributes);
        validator.checkRepeats(elements);
        String domain = DigitalLink.hostOf(uri.substring(0, slash));
        return Optional.of(build(domain, null, code, elements));
    }

    private ProductLink gtinOnly(String digits) {
        Gtin.Problem problem = Gtin.problem(digits).orElse(null);
        if (problem == Gtin.Problem.CHECK_DIGIT) {
            throw new Gs1Exception("gtin.error.checkDigit", Gtin.checkDigit(digits.substring(0, digits.length() - 1)));
        }
        if (problem != null) {
            throw new Gs1Exception(problem == Gtin.Problem.LENGTH ? "gtin.error.length" : "gtin.error.notDigits");
        }
        return ProductLink.of(null, Gtin.parse(digits));
    }

    private ProductLink fromElements(String domain, List<AiElement> elements) {
        validator.check(elements, false);
        String gtin = value(elements, "01");
        if (gtin == null) {
            throw new Gs1Exception("gs1.link.error.notProduct", elements.get(0).ai());
        }
        return build(domain, Gtin.parse(gtin), null, elements);
    }

    private ProductLink build(String domain, Gtin gtin, String code, List<AiElement> elements) {
        return new ProductLink(domain, gtin, code, value(elements, "10"), value(elements, "21"),
                date(elements, "17"), date(elements, "15"), date(elements, "11"));
    }

    private LocalDate date(List<AiElement> elements, String ai) {
        String v = value(elements, ai);
        return v == null ? null : Gs1Dates.parse(v, LocalDate.now(clock).getYear());
    }

    private static String value(List<AiElement> elements, String ai) {
        return elements.stream().filter(e -> e.ai().equals(ai)).map(AiElement::value).findFirst().orElse(null);
    }
}
