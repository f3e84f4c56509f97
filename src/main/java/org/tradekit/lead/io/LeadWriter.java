package org.tradekit.lead.io;

import java.io.IOException;

/** Writes leads to a file format one at a time, so an export of any size runs in flat memory. */
interface LeadWriter extends AutoCloseable {
    void write(LeadRecord lead) throws IOException;

    /** Completes the file (the zip directory of a workbook) and flushes it. */
    void finish() throws IOException;

    @Override
    void close() throws IOException;
}
