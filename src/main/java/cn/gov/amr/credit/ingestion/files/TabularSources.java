package cn.gov.amr.credit.ingestion.files;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/** Opens received content by what it is: XLSX (a zip), old XLS (refused), JSON pushes, or CSV text. */
public final class TabularSources {

    private static final int SNIFF = 8192;

    private TabularSources() {
    }

    /** A file sent as CSV or XLSX; refused with {@link UnreadableFileException} when it is neither. */
    public static TabularSource file(byte[] content) {
        if (content.length == 0) {
            throw new UnreadableFileException("FILE_EMPTY");
        }
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            return new XlsxSource(content);
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new UnreadableFileException("FILE_XLS_NOT_SUPPORTED");
        }
        for (int i = 0; i < Math.min(SNIFF, content.length); i++) {
            if (content[i] == 0) {
                throw new UnreadableFileException("FILE_NOT_TABULAR");
            }
        }
        return new CsvSource(content);
    }

    /** A JSON push; {@code fields} are the kind's English field names. */
    public static TabularSource push(byte[] content, List<String> fields, JsonMapper json) {
        return new JsonSource(content, fields, json);
    }

    private static boolean startsWith(byte[] content, int... bytes) {
        if (content.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((content[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
