package be.ptrpas.plugins.enforcement.scanfeed;

import be.ptrpas.plugins.enforcement.scanfeed.ObservationReader.FieldNames;
import be.ptrpas.plugins.enforcement.scanfeed.ObservationReader.Fields;
import be.ptrpas.spi.RejectedRequestException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CSV form (RFC 4180 with a fixed header line, UTF-8, LF or CRLF line ends). A field may be quoted to
 * hold a comma or a quote ({@code ""}); a quoted field may not span lines, so that "line N" in a message is the
 * line an editor shows.
 */
final class CsvBatchReader {

    static final String HEADER = "observation_id,device_id,plate,country,observed_at,lat,lon,photo_ref";
    private static final int FIELD_COUNT = 8;

    private CsvBatchReader() {}

    static RawBatch read(String text) throws RejectedRequestException {
        String[] lines = text.split("\n", -1);
        int lineCount = lines.length;
        if (lineCount > 1 && lines[lineCount - 1].isEmpty()) {
            lineCount--; // the final line end
        }
        if (!stripCr(lines[0]).equals(HEADER)) {
            throw new RejectedRequestException("line 1: the header must be exactly '" + HEADER + "'");
        }
        List<LocatedObservation> read = new ArrayList<>(Math.min(lineCount, ScanfeedLimits.MAX_OBSERVATIONS));
        for (int i = 1; i < lineCount; i++) {
            String where = "line " + (i + 1);
            if (read.size() == ScanfeedLimits.MAX_OBSERVATIONS) {
                throw new RejectedRequestException(where + ": more than " + ScanfeedLimits.MAX_OBSERVATIONS
                        + " observations in one batch; split it");
            }
            String line = stripCr(lines[i]);
            if (line.isEmpty()) {
                throw new RejectedRequestException(where + ": empty line");
            }
            List<String> values = fields(line, where);
            if (values.size() != FIELD_COUNT) {
                throw new RejectedRequestException(
                        where + ": expected " + FIELD_COUNT + " fields, found " + values.size());
            }
            Fields fields = new Fields(
                    values.get(0),
                    values.get(1),
                    values.get(2),
                    values.get(3),
                    values.get(4),
                    values.get(5),
                    values.get(6),
                    values.get(7));
            read.add(new LocatedObservation(where, ObservationReader.read(fields, where, FieldNames.CSV)));
        }
        return new RawBatch(null, read);
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static List<String> fields(String line, String where) throws RejectedRequestException {
        List<String> fields = new ArrayList<>(FIELD_COUNT);
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            if (i < line.length() && line.charAt(i) == '"') {
                i = quoted(line, i + 1, field, where);
                if (i < line.length() && line.charAt(i) != ',') {
                    throw new RejectedRequestException(
                            where + ": text after a closing quote in field " + (fields.size() + 1));
                }
            } else {
                while (i < line.length() && line.charAt(i) != ',') {
                    if (line.charAt(i) == '"') {
                        throw new RejectedRequestException(where + ": a quote inside an unquoted field "
                                + (fields.size() + 1) + "; quote the whole field");
                    }
                    field.append(line.charAt(i++));
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (i >= line.length()) {
                return fields;
            }
            i++; // the comma
            if (fields.size() > FIELD_COUNT) {
                throw new RejectedRequestException(where + ": expected " + FIELD_COUNT + " fields, found more");
            }
        }
    }

    /** Reads a quoted field's content from just after its opening quote; returns the index after the closing quote. */
    private static int quoted(String line, int i, StringBuilder field, String where) throws RejectedRequestException {
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"') {
                if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            field.append(c);
            i++;
        }
        throw new RejectedRequestException(where + ": a quoted field is not closed on this line");
    }
}
