package org.tradekit.label.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Labels that are not about a lot, merged from a CSV file (UTF-8, with or without BOM): the header
 * row names the fields, each row is one label in row order, column {@code name} is the title and
 * column {@code qr} the QR code's content; the other columns are the text lines, in column order
 * (or the ones {@code --fields} chooses). The whole file is read and checked before a label is
 * drawn, so a bad row refuses the run with no file written. Rows are numbered as a spreadsheet
 * shows them: the header is row 1.
 */
public final class CsvLabels {
    public static final String NAME = "name";
    public static final String QR = "qr";

    private CsvLabels() {
    }

    public static LabelSeries read(Path file, List<String> fields, boolean logo) {
        List<LabelContent> rows = new ArrayList<>();
        try (Reader in = reader(file);
                CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                        .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).setIgnoreSurroundingSpaces(true).get()
                        .parse(in)) {
            List<String> header = csv.getHeaderNames();
            if (header.isEmpty()) {
                throw new LabelRunException("label.csv.error.empty", file.getFileName());
            }
            for (String needed : List.of(NAME, QR)) {
                if (!header.contains(needed)) {
                    throw new LabelRunException("label.csv.error.noColumn", file.getFileName(), needed, String.join(", ", header));
                }
            }
            List<String> others = header.stream().filter(h -> !h.equals(NAME) && !h.equals(QR)).toList();
            List<String> lines = fields == null || fields.isEmpty() ? others : LabelLayout.choose(fields, others, "csv");
            int row = 1;
            for (CSVRecord r : csv) {
                row++;
                if (r.size() != header.size()) {
                    throw new LabelRunException("label.csv.error.ragged", row, r.size(), header.size());
                }
                rows.add(content(r, row, lines, logo));
                if (rows.size() > LabelRunRequest.MAX_COUNT) {
                    throw new LabelRunException("label.run.error.count", rows.size(), LabelRunRequest.MAX_COUNT);
                }
            }
        } catch (NoSuchFileException e) {
            throw new LabelRunException("label.csv.error.read", file, e.getMessage());
        } catch (CharacterCodingException e) {
            throw new LabelRunException("label.csv.error.encoding", file.getFileName());
        } catch (UncheckedIOException e) { // commons-csv's row iterator wraps what the reader throws
            if (e.getCause() instanceof CharacterCodingException) {
                throw new LabelRunException("label.csv.error.encoding", file.getFileName());
            }
            throw new LabelRunException("label.csv.error.read", file.getFileName(), e.getMessage());
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new LabelRunException("label.csv.error.read", file.getFileName(), e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new LabelRunException("label.csv.error.noRows", file.getFileName());
        }
        return series(rows);
    }

    private static LabelContent content(CSVRecord r, int row, List<String> lines, boolean logo) {
        String name = r.get(NAME).strip();
        String qr = r.get(QR).strip();
        for (String[] cell : new String[][] {{NAME, name}, {QR, qr}}) {
            if (cell[1].isEmpty()) {
                throw new LabelRunException("label.csv.error.emptyCell", row, cell[0]);
            }
        }
        List<LabelText> texts = new ArrayList<>();
        for (String column : lines) {
            String v = r.get(column).strip();
            if (!v.isEmpty()) {
                texts.add(LabelText.plain(column, v));
            }
        }
        return new LabelContent(name, texts, new LabelCode.Qr(qr, LabelRunService.SERIAL_MASK), null, logo);
    }

    /** Strict UTF-8 (a Windows-1258 file is refused, not misread), a leading BOM skipped. */
    private static Reader reader(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder));
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        return in;
    }

    private static LabelSeries series(List<LabelContent> rows) {
        return new LabelSeries() {
            @Override
            public List<LabelContent> contents() {
                return rows;
            }

            @Override
            public int count() {
                return rows.size();
            }

            @Override
            public int contentOf(int label) {
                return label;
            }

            @Override
            public LabelCode codeOf(int label) {
                return rows.get(label).code();
            }

            @Override
            public boolean codePerLabel() {
                return false;
            }

            @Override
            public String where(int content) {
                return String.valueOf(content + 2); // the header is row 1
            }
        };
    }
}
