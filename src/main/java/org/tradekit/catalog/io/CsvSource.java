package org.tradekit.catalog.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as Excel and LibreOffice write them: any of UTF-8 (with or without BOM), UTF-16 or an
 * old ANSI code page (see {@link TextEncoding}); comma, semicolon, tab or bar as separator (the one
 * the header line uses most, or Excel's {@code sep=;} first line); quoted cells with separators,
 * quotes and line breaks. Parsed by Apache Commons CSV, one record at a time.
 */
final class CsvSource implements RowSource {
    private static final char[] SEPARATORS = {',', ';', '\t', '|'};
    private static final int SNIFF_CHARS = 1 << 16;

    private final Path file;
    private final long size;
    private final CountingInputStream counter;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final SourceInfo info;
    private final long lineOffset;
    private List<String> headers;

    private CsvSource(Path file, long size, CountingInputStream counter, CSVParser parser, SourceInfo info,
            long lineOffset) {
        this.file = file;
        this.size = size;
        this.counter = counter;
        this.parser = parser;
        this.records = parser.iterator();
        this.info = info;
        this.lineOffset = lineOffset;
    }

    static CsvSource open(Path file) {
        CountingInputStream counter = null;
        try {
            TextEncoding enc = TextEncoding.detect(file);
            long size = Files.size(file);
            counter = new CountingInputStream(Files.newInputStream(file));
            counter.skipNBytes(enc.bomLength());
            BufferedReader reader = new BufferedReader(new InputStreamReader(counter, enc.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)),
                    SNIFF_CHARS);
            reader.mark(SNIFF_CHARS);
            char[] head = new char[SNIFF_CHARS];
            int n = Math.max(0, reader.read(head, 0, SNIFF_CHARS));
            reader.reset();
            String start = new String(head, 0, n);
            if (!looksLikeText(start)) {
                throw new CatalogFileException("import.error.notTable", file);
            }
            long lineOffset = 0;
            Character declared = declaredSeparator(start);
            char delimiter;
            if (declared != null) {
                reader.readLine(); // Excel's "sep=;" line is not data
                lineOffset = 1;
                delimiter = declared;
            } else {
                delimiter = guessSeparator(start);
            }
            CSVFormat format = CSVFormat.Builder.create().setDelimiter(delimiter).setQuote('"')
                    .setRecordSeparator("\r\n").setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(true)
                    .setTrailingData(true).setAllowMissingColumnNames(true).get();
            CSVParser parser = format.parse(reader);
            SourceInfo info = new SourceInfo(FileFormat.CSV, enc.charset().name(), enc.fallback(), delimiter);
            CsvSource source = new CsvSource(file, size, counter, parser, info, lineOffset);
            source.readHeader();
            return source;
        } catch (IOException e) {
            closeQuietly(counter);
            throw new CatalogFileException("import.error.cannotRead", e, file, e.getMessage());
        } catch (RuntimeException e) {
            closeQuietly(counter);
            throw e;
        }
    }

    private void readHeader() {
        SourceRow first = next();
        if (first == null) {
            throw new CatalogFileException("import.error.empty", file);
        }
        List<String> names = new ArrayList<>(first.cells());
        if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
            names.set(0, names.get(0).substring(1));
        }
        headers = List.copyOf(names);
    }

    /** Text has no NUL and few other control characters; PDFs, images and archives do. */
    static boolean looksLikeText(String start) {
        if (start.startsWith("%PDF")) {
            return false;
        }
        int odd = 0;
        for (int i = 0; i < start.length(); i++) {
            char c = start.charAt(i);
            if (c == 0) {
                return false;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == '\uFFFD') {
                odd++;
            }
        }
        return odd * 20 <= start.length();
    }

    private static Character declaredSeparator(String start) {
        String first = start.lines().findFirst().orElse("").strip();
        if (first.length() == 5 && first.regionMatches(true, 0, "sep=", 0, 4)) {
            return first.charAt(4);
        }
        return null;
    }

    /** The separator the header line (its first record, quotes respected) uses most. */
    static char guessSeparator(String start) {
        int[] counts = new int[SEPARATORS.length];
        boolean quoted = false;
        for (int i = 0; i < start.length(); i++) {
            char c = start.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int k = 0; k < SEPARATORS.length; k++) {
                    if (c == SEPARATORS[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < SEPARATORS.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return SEPARATORS[best];
    }

    @Override
    public SourceInfo info() {
        return info;
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public SourceRow next() {
        while (true) {
            long linesBefore = parser.getCurrentLineNumber();
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                String detail = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
                throw new CatalogFileException("import.error.csvDamaged", e, file, linesBefore + 1 + lineOffset, detail);
            }
            SourceRow row = new SourceRow(linesBefore + 1 + lineOffset, record.toList());
            if (!row.isBlank()) {
                return row;
            }
        }
    }

    @Override
    public long position() {
        return counter.count();
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // reading is over; nothing to lose
        }
    }

    private static void closeQuietly(CountingInputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
    }
}
