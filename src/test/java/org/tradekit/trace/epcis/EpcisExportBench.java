package org.tradekit.trace.epcis;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.tradekit.gs1.ProductLink;
import org.tradekit.work.Work;

/**
 * Writes N generated events (harvests, drying, shipments) to a file, one at a time, and prints the
 * time at 100,000 events and at the end. Run in a JVM with a small heap to show the writer holds
 * no more than one event: {@code java -Xmx24m ... EpcisExportBench FILE 200000}.
 */
public final class EpcisExportBench {
    private EpcisExportBench() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        long t0 = System.nanoTime();
        long at100k = -1;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                EpcisDocumentWriter w = new EpcisDocumentWriter(out, EpcisDocumentWriterTest.header(), n, Work.NONE)) {
            for (int i = 0; i < n; i++) {
                w.write(event(i));
                if (i + 1 == 100_000) {
                    at100k = (System.nanoTime() - t0) / 1_000_000;
                }
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Runtime rt = Runtime.getRuntime();
        System.out.println("events=" + n + " ms=" + ms + " ms100k=" + at100k + " bytes=" + Files.size(file)
                + " maxHeapMB=" + rt.maxMemory() / (1024 * 1024));
        // the writer alone: 100,000 events cycling through 1,000 already built ones
        EpcisEvent[] pool = new EpcisEvent[1000];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = event(i);
        }
        long t1 = System.nanoTime();
        Path second = file.resolveSibling(file.getFileName() + ".writer-only");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(second), 1 << 16);
                EpcisDocumentWriter w = new EpcisDocumentWriter(out, EpcisDocumentWriterTest.header(), n, Work.NONE)) {
            for (int i = 0; i < 100_000; i++) {
                w.write(pool[i % pool.length]);
            }
        }
        System.out.println("writerOnly100kMs=" + (System.nanoTime() - t1) / 1_000_000);
        Files.delete(second);
    }

    public static EpcisEvent event(int i) {
        String lot = "H-" + (i / 7);
        String cls = EpcisIds.lotClass(ProductLink.ofProductCode(AgriChain.DOMAIN, "CHERRY").withLot(lot));
        EventFields f = AgriChain.at(i, String.format("0189c3a0-0000-7000-8000-%012x", i));
        return switch (i % 3) {
            case 0 -> new ObjectEvent(f.withBizStep(BizStep.COMMISSIONING).withDisposition(Disposition.ACTIVE)
                    .withReadPoint(AgriChain.FARM).withBizLocation(AgriChain.FARM)
                    .withExtensions(Map.of("tk:member", "member-" + (i % 500))),
                    Action.ADD, List.of(), List.of(QuantityElement.of(cls, BigDecimal.valueOf(100 + i % 400), "KGM")),
                    Ilmd.builder().harvestStartDate(LocalDate.of(2026, 11, 1 + i % 28)).lotNumber(lot).build());
            case 1 -> new TransformationEvent(f.withBizStep(BizStep.CREATING_CLASS_INSTANCE)
                    .withReadPoint(AgriChain.DRYING), List.of(),
                    List.of(QuantityElement.of(cls, BigDecimal.valueOf(420), "KGM")), List.of(),
                    List.of(QuantityElement.of(AgriChain.green(i), BigDecimal.valueOf(84), "KGM")), null, null);
            default -> new ObjectEvent(f.withBizStep(BizStep.SHIPPING).withDisposition(Disposition.IN_TRANSIT)
                    .withReadPoint(AgriChain.WAREHOUSE)
                    .withDestinations(List.of(new SourceDest(SourceDest.OWNING_PARTY,
                            EpcisIds.localParty(AgriChain.DOMAIN, "buyer-" + i % 40)))),
                    Action.OBSERVE, List.of(), List.of(QuantityElement.of(AgriChain.green(i - 1), BigDecimal.TEN, "H87")),
                    null);
        };
    }
}
