package cn.gov.amr.credit.demo.departments;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.gov.amr.credit.ingestion.schema.RecordField;

/** How one stream's files are written: format, encoding, date cells and header names. */
record FileStyle(String format, String encoding, boolean dateCells, Header header) {

    static final String CSV = "CSV";
    static final String XLSX = "XLSX";

    /** Which names the header row uses. */
    enum Header {
        /** The national Chinese labels. */
        LABEL,
        /** The national field codes ({@code XK_XDR_MC} …). */
        CODE,
        /** The 2016-era field codes where a field has one ({@code XK_XDR}, {@code CF_FR} …). */
        ALIAS;

        String of(RecordField field) {
            return switch (this) {
                case LABEL -> field.label();
                case CODE -> field.codes().isEmpty() ? field.label() : field.codes().get(0);
                case ALIAS -> field.codes().isEmpty() ? field.label() : field.codes().get(field.codes().size() > 1 ? 1 : 0);
            };
        }
    }

    /** From the vocabulary's tokens: {@code csv-utf8}, {@code csv-bom}, {@code csv-gbk}, {@code xlsx-text}, {@code xlsx-date}. */
    static FileStyle of(String file, String header) {
        var h = Header.valueOf(header.toUpperCase());
        return switch (file) {
            case "csv-utf8" -> new FileStyle(CSV, "UTF-8", false, h);
            case "csv-bom" -> new FileStyle(CSV, "UTF-8-BOM", false, h);
            case "csv-gbk" -> new FileStyle(CSV, "GBK", false, h);
            case "xlsx-text" -> new FileStyle(XLSX, null, false, h);
            case "xlsx-date" -> new FileStyle(XLSX, null, true, h);
            default -> throw new IllegalArgumentException("unknown file style " + file);
        };
    }

    String extension() {
        return format.equals(CSV) ? "csv" : "xlsx";
    }

    Charset charset() {
        return "GBK".equals(encoding) ? Charset.forName("GBK") : StandardCharsets.UTF_8;
    }

    boolean byteOrderMark() {
        return "UTF-8-BOM".equals(encoding);
    }

    List<String> headerOf(List<RecordField> fields) {
        return fields.stream().map(header::of).toList();
    }
}
