package org.tradekit.label.stock;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes stock as a gLabels template file, exact lengths, so gLabels and {@link GlabelsReader} both read it back. */
final class GlabelsWriter {
    private GlabelsWriter() {
    }

    static void write(List<LabelStock> stocks, OutputStream out) throws XMLStreamException {
        XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        w.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        w.writeCharacters("\n");
        w.writeStartElement("Glabels-templates");
        for (LabelStock s : stocks) {
            w.writeCharacters("\n  ");
            w.writeStartElement("Template");
            w.writeAttribute("brand", s.brand());
            w.writeAttribute("part", s.part());
            if (s.roll()) {
                w.writeAttribute("size", "roll");
                w.writeAttribute("gap", s.gap().glabelsText());
            } else if (s.paper() != null) {
                w.writeAttribute("size", s.paper());
            } else {
                w.writeAttribute("size", "Other");
                w.writeAttribute("width", s.pageWidth().glabelsText());
                w.writeAttribute("height", s.pageHeight().glabelsText());
            }
            w.writeAttribute("_description", s.description());
            w.writeCharacters("\n    ");
            shape(w, s.shape());
            for (SheetLayout l : s.layouts()) {
                w.writeCharacters("\n      ");
                w.writeEmptyElement("Layout");
                w.writeAttribute("nx", Integer.toString(l.nx()));
                w.writeAttribute("ny", Integer.toString(l.ny()));
                w.writeAttribute("x0", l.x0().glabelsText());
                w.writeAttribute("y0", l.y0().glabelsText());
                w.writeAttribute("dx", l.dx().glabelsText());
                w.writeAttribute("dy", l.dy().glabelsText());
            }
            w.writeCharacters("\n    ");
            w.writeEndElement();
            w.writeCharacters("\n  ");
            w.writeEndElement();
        }
        w.writeCharacters("\n");
        w.writeEndElement();
        w.writeCharacters("\n");
        w.writeEndDocument();
        w.flush();
    }

    private static void shape(XMLStreamWriter w, LabelShape shape) throws XMLStreamException {
        if (shape instanceof LabelShape.Rectangle r) {
                w.writeStartElement("Label-rectangle");
                w.writeAttribute("id", "0");
                w.writeAttribute("width", r.width().glabelsText());
                w.writeAttribute("height", r.height().glabelsText());
                w.writeAttribute("round", r.cornerRadius().glabelsText());
        } else if (shape instanceof LabelShape.Round r) {
                w.writeStartElement("Label-round");
                w.writeAttribute("id", "0");
                w.writeAttribute("radius", r.radius().glabelsText());
        } else if (shape instanceof LabelShape.Ellipse e) {
                w.writeStartElement("Label-ellipse");
                w.writeAttribute("id", "0");
                w.writeAttribute("width", e.width().glabelsText());
                w.writeAttribute("height", e.height().glabelsText());
        } else if (shape instanceof LabelShape.Cd cd) {
                w.writeStartElement("Label-cd");
                w.writeAttribute("id", "0");
                w.writeAttribute("radius", cd.radius().glabelsText());
                w.writeAttribute("hole", cd.hole().glabelsText());
                w.writeAttribute("width", cd.width().glabelsText());
                w.writeAttribute("height", cd.height().glabelsText());
        }
    }
}
