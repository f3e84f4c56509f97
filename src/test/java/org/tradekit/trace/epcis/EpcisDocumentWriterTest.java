package org.tradekit.trace.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradekit.work.CancelToken;
import org.tradekit.work.Progress;
import org.tradekit.work.Work;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class EpcisDocumentWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static byte[] write(DocumentHeader header, List<EpcisEvent> events, Work work) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (EpcisDocumentWriter w = new EpcisDocumentWriter(out, header, events.size(), work)) {
            for (EpcisEvent e : events) {
                w.write(e);
            }
        }
        return out.toByteArray();
    }

    static DocumentHeader header() {
        return DocumentHeader.of(Instant.parse("2026-11-23T03:00:00Z"), AgriChain.VN)
                .withSender("urn:epc:id:sgln:9520123.00000.0", "https://buyer.example/epcis");
    }

    @Test
    void everyEventKindValidatesAgainstGs1sOfficialSchema() throws IOException {
        JsonNode doc = JSON.readTree(write(header(), AgriChain.events(), Work.NONE));
        assertThat(EpcisSchema.get().validateDocument(doc)).isEmpty();
        assertThat(doc.at("/epcisBody/eventList").size()).isEqualTo(10);
        List<String> types = new ArrayList<>();
        doc.at("/epcisBody/eventList").forEach(e -> types.add(e.get("type").asText()));
        assertThat(types).contains("ObjectEvent", "AggregationEvent", "TransformationEvent", "TransactionEvent",
                "AssociationEvent");
    }

    @Test
    void writesVietnameseOffsetsCbvTermsAndClassLevelLots() throws IOException {
        JsonNode doc = JSON.readTree(write(header(), AgriChain.events(), Work.NONE));
        JsonNode harvest = doc.at("/epcisBody/eventList/0");
        assertThat(harvest.get("eventTime").asText()).isEqualTo("2026-11-20T08:30:00+07:00");
        assertThat(harvest.get("eventTimeZoneOffset").asText()).isEqualTo("+07:00");
        assertThat(harvest.get("bizStep").asText()).isEqualTo("commissioning");
        assertThat(harvest.at("/quantityList/0/epcClass").asText())
                .isEqualTo("https://truyxuat.htx-example.vn/p/CHERRY/10/H-261120-1");
        assertThat(harvest.at("/ilmd/cbvmda:harvestStartDate").asText()).isEqualTo("2026-11-19");
        assertThat(harvest.at("/ilmd/tk:member").asText()).isEqualTo("Y Bih Niê");
        assertThat(doc.at("/epcisBody/eventList/1/outputQuantityList/0/epcClass").asText())
                .isEqualTo("https://id.gs1.org/01/09520123456788/10/G-1");
        assertThat(doc.get("@context").toString())
                .isEqualTo("[\"" + EpcisContext.URL + "\",{\"tk\":\"urn:tradekit:epcis:\"}]");
        assertThat(doc.get("creationDate").asText()).isEqualTo("2026-11-23T10:00:00+07:00");
    }

    @Test
    void whatIsWrittenReadsBackToTheSameDocument(@TempDir Path dir) throws IOException {
        byte[] first = write(header(), AgriChain.events(), Work.NONE);
        Path file = Files.write(dir.resolve("chain.jsonld"), first);
        List<EpcisEvent> back = new ArrayList<>();
        EpcisDocumentReader.Summary summary = new EpcisDocumentReader().read(file, Work.NONE, e -> back.add(e.event()));
        assertThat(summary.events()).isEqualTo(10);
        assertThat(back.get(2)).isEqualTo(AgriChain.events().get(2));
        assertThat(new String(write(header(), back, Work.NONE), StandardCharsets.UTF_8))
                .isEqualTo(new String(first, StandardCharsets.UTF_8));
    }

    @Test
    void thereIsNoHarvestingBizStepAndUnknownTermsAreRefused() {
        assertThat(BizStep.ofTerm("harvesting")).isEmpty();
        assertThatThrownBy(() -> AgriChain.at(0, "x").withBizStep("harvesting")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AgriChain.at(0, "x").withBizStep("urn:epcglobal:cbv:bizstep:harvesting"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(AgriChain.at(0, "x").withBizStep("urn:tradekit:bizstep:drying").bizStep())
                .isEqualTo("urn:tradekit:bizstep:drying");
        assertThatThrownBy(() -> QuantityElement.of(AgriChain.green(1), null, "KGM")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuantityElement.of(AgriChain.green(1), BigDecimal.ONE, "kilo"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExtensionUnderAnUndeclaredPrefixIsACallersMistake() {
        EpcisEvent e = new ObjectEvent(AgriChain.at(0, "1").withExtensions(Map.of("acme:x", "1")), Action.OBSERVE,
                List.of("urn:epc:id:sscc:9520123.0000000017"), List.of(), null);
        assertThatThrownBy(() -> write(header(), List.of(e), Work.NONE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("acme:x");
    }

    @Test
    void reportsProgressAndStopsWhenCancelled() throws IOException {
        List<EpcisEvent> many = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            many.add(AgriChain.events().get(i % 10));
        }
        List<Progress> seen = new ArrayList<>();
        write(header(), many, new Work(seen::add, CancelToken.NEVER));
        assertThat(seen).extracting(Progress::done).contains(1000L, 5000L);
        assertThat(seen.get(seen.size() - 1).total()).isEqualTo(5000L);

        CancelToken cancel = new CancelToken();
        Work work = new Work(p -> {
            if (p.done() >= 2000) {
                cancel.cancel();
            }
        }, cancel);
        assertThatThrownBy(() -> write(header(), many, work)).isInstanceOf(CancellationException.class);
    }
}
