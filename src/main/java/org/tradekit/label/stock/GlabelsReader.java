package org.tradekit.label.stock;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads gLabels template files ({@code <Glabels-templates>}) and its {@code paper-sizes.xml}
 * with the JDK's DOM parser, hardened: no DOCTYPE, hence no entities (XXE) and no fetching.
 * Each template is checked ({@link StockGeometry}); one bad template is refused with its reason
 * and the rest of the file still loads. Markup (print-area hints) is ignored.
 */
public final class GlabelsReader {
    /** Paper sizes by id ("A4", "US-Letter"). */
    public record Paper(String id, String name, Length width, Length height) {
    }

    /** A template that only points at another part of the same brand ({@code equiv="7160"}). */
    public record Equiv(String brand, String part, String of, String description, String source) {
    }

    /** A template that did not load, and why. */
    public record Refusal(String template, String source, StockException problem) {
    }

    /** What one file held. */
    public record Parsed(List<LabelStock> stocks, List<Equiv> equivs, List<Refusal> refused) {
    }

    private final Map<String, Paper> papers;

    public GlabelsReader(Map<String, Paper> papers) {
        this.papers = Map.copyOf(papers);
    }

    /** The sizes of {@code paper-sizes.xml}. */
    public static Map<String, Paper> readPaperSizes(InputStream in, String source) {
        Map<String, Paper> out = new HashMap<>();
        for (Element e : children(parse(in, source).getDocumentElement(), "Paper-size")) {
            try {
                out.put(e.getAttribute("id"), new Paper(e.getAttribute("id"), e.getAttribute("name"),
                        Length.parse(e.getAttribute("width")), Length.parse(e.getAttribute("height"))));
            } catch (NumberFormatException ignored) {
                // a paper without a usable size is simply unknown: templates using it are refused
            }
        }
        return out;
    }

    /** @throws StockException when the file is not a readable gLabels template file */
    public Parsed read(InputStream in, String source) {
        Element root = parse(in, source).getDocumentElement();
        if (!"Glabels-templates".equals(root.getTagName()) && !"Template".equals(root.getTagName())) {
            throw new StockException("label.stock.error.notGlabels", null, source);
        }
        List<Element> templates = "Template".equals(root.getTagName()) ? List.of(root) : children(root, "Template");
        List<LabelStock> stocks = new ArrayList<>();
        List<Equiv> equivs = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (Element t : templates) {
            String name = t.getAttribute("brand").strip() + " " + t.getAttribute("part").strip();
            String description = description(t);
            if (!t.getAttribute("equiv").isBlank()) {
                equivs.add(new Equiv(t.getAttribute("brand"), t.getAttribute("part"), t.getAttribute("equiv").strip(),
                        description, source));
                continue;
            }
            try {
                stocks.add(StockGeometry.check(template(t, name, description)));
            } catch (StockException e) {
                refused.add(new Refusal(name, source, e));
            }
        }
        return new Parsed(stocks, equivs, refused);
    }

    private LabelStock template(Element t, String name, String description) {
        if (t.getAttribute("brand").isBlank() || t.getAttribute("part").isBlank()) {
            throw new StockException("label.stock.error.noName", null);
        }
        Element label = null;
        for (Node n = t.getFirstChild(); n != null && label == null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().startsWith("Label-")) {
                label = e;
            }
        }
        if (label == null) {
            throw new StockException("label.stock.error.noLabel", null, name);
        }
        LabelShape shape = switch (label.getTagName()) {
            case "Label-rectangle" -> new LabelShape.Rectangle(length(label, "width", name),
                    length(label, "height", name), optional(label, "round", name));
            case "Label-round" -> new LabelShape.Round(length(label, "radius", name));
            case "Label-ellipse" -> new LabelShape.Ellipse(length(label, "width", name), length(label, "height", name));
            case "Label-cd" -> cd(label, name);
            default -> throw new StockException("label.stock.error.shape", null, name,
                    label.getTagName().substring("Label-".length()));
        };
        List<SheetLayout> layouts = new ArrayList<>();
        for (Element l : children(label, "Layout")) {
            layouts.add(new SheetLayout(count(l, "nx", name), count(l, "ny", name), optional(l, "x0", name),
                    optional(l, "y0", name), optional(l, "dx", name), optional(l, "dy", name)));
        }
        String size = t.getAttribute("size").strip();
        String brand = t.getAttribute("brand");
        String part = t.getAttribute("part");
        if (size.equalsIgnoreCase("roll")) {
            return LabelStock.roll(brand, part, description, shape, optional(t, "gap", name));
        }
        if (size.equalsIgnoreCase("Other") || size.isEmpty()) {
            return new LabelStock(brand, part, description, null, length(t, "width", name), length(t, "height", name),
                    shape, layouts, false, null, null);
        }
        Paper paper = papers.get(size);
        if (paper == null) {
            throw new StockException("label.stock.error.paper", null, name, size);
        }
        return new LabelStock(brand, part, description, paper.id(), paper.width(), paper.height(), shape, layouts,
                false, null, null);
    }

    private static LabelShape cd(Element label, String name) {
        Length radius = length(label, "radius", name);
        Length hole = length(label, "hole", name);
        Length w = label.getAttribute("width").isBlank() ? radius.times(2) : length(label, "width", name);
        Length h = label.getAttribute("height").isBlank() ? radius.times(2) : length(label, "height", name);
        return new LabelShape.Cd(radius, hole, w, h);
    }

    private static String description(Element t) {
        String d = t.getAttribute("_description");
        return d.isBlank() ? t.getAttribute("description") : d;
    }

    private static Length length(Element e, String attribute, String template) {
        String v = e.getAttribute(attribute);
        if (v.isBlank()) {
            throw new StockException("label.stock.error.missing", null, template, attribute);
        }
        try {
            return Length.parse(v);
        } catch (NumberFormatException ex) {
            throw new StockException("label.stock.error.number", null, template, attribute, v);
        }
    }

    private static Length optional(Element e, String attribute, String template) {
        return e.getAttribute(attribute).isBlank() ? Length.ZERO : length(e, attribute, template);
    }

    private static int count(Element e, String attribute, String template) {
        String v = e.getAttribute(attribute).strip();
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException ex) {
            throw new StockException("label.stock.error.number", null, template, attribute, v);
        }
    }

    static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }

    private static Document parse(InputStream in, String source) {
        try {
            DocumentBuilder b = secureFactory().newDocumentBuilder();
            b.setErrorHandler(SILENT);
            b.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            return b.parse(in);
        } catch (SAXException e) {
            String why = e.getMessage() == null ? "" : e.getMessage();
            if (why.toLowerCase(Locale.ROOT).contains("doctype")) {
                throw new StockException("label.stock.error.doctype", e, source);
            }
            throw new StockException("label.stock.error.xml", e, source, why);
        } catch (IOException e) {
            throw new StockException("label.stock.error.read", e, source, e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** DOCTYPEs refused outright: gLabels' own files have none, and entities are how XXE works. */
    private static DocumentBuilderFactory secureFactory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(false);
        return f;
    }

    /** Errors become exceptions with their message; nothing is printed to the console. */
    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // warnings do not stop a template from loading
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
