package org.tradekit.catalog.io;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.tradekit.catalog.Certification;
import org.tradekit.catalog.Product;
import org.tradekit.catalog.ProductField;
import org.tradekit.catalog.ProductPhoto;
import org.tradekit.catalog.Translation;

/**
 * JSON for web catalogues and buyers' systems, streamed by Jackson:
 * {@code {"format":"tradekit.products","version":1,"products":[{...}]}}. Each product has its id,
 * its fields under their file column names (money as numbers: VND whole, USD with cents; dates
 * ISO), and lists of certifications, translations and photos. Absent fields are left out.
 */
final class JsonProductWriter implements ProductWriter {
    static final String FORMAT = "tradekit.products";
    static final int VERSION = 1;

    private final JsonGenerator json;

    JsonProductWriter(OutputStream out) throws IOException {
        this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        json.useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeStringField("format", FORMAT);
        json.writeNumberField("version", VERSION);
        json.writeArrayFieldStart("products");
    }

    @Override
    public void write(Product p) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", p.id());
        for (ProductField f : ProductField.values()) {
            Object v = ExportColumns.fieldValue(p, f);
            if (v instanceof String s) {
                json.writeStringField(f.fileColumn(), s);
            } else if (v instanceof Long n) {
                json.writeNumberField(f.fileColumn(), n);
            } else if (v instanceof BigDecimal d) {
                json.writeNumberField(f.fileColumn(), d);
            } else if (v instanceof LocalDate d) {
                json.writeStringField(f.fileColumn(), d.toString());
            }
        }
        json.writeArrayFieldStart("certifications");
        for (Certification c : p.certifications()) {
            json.writeStartObject();
            json.writeStringField("scheme", c.scheme());
            writeOptional("number", c.number());
            writeOptional("expiry", c.expiry() == null ? null : c.expiry().toString());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("translations");
        for (Translation t : p.translations()) {
            json.writeStartObject();
            json.writeStringField("lang", t.lang());
            writeOptional("name", t.name());
            writeOptional("description", t.description());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("photos");
        for (ProductPhoto ph : p.photos()) {
            json.writeStartObject();
            json.writeStringField("sha256", ph.sha256());
            json.writeNumberField("position", ph.position());
            writeOptional("caption", ph.caption());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void writeOptional(String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }

    @Override
    public void finish() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }

    @Override
    public void close() throws IOException {
        json.close();
    }
}
