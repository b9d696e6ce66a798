package cn.gov.amr.credit.ingestion.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.model.FieldSpec;
import cn.gov.amr.credit.ingestion.model.RecordSchema;
import cn.gov.amr.credit.ingestion.model.RecordSchemas;

/**
 * Generated importer inputs: CSV and XLSX files and JSON pushes built from a kind's fields, with
 * values near and beyond what the checks accept (dates, amounts, codes, choices, control and
 * invisible characters, long text), broken structure (quotes, cell references, shared strings and
 * styles that do not exist, truncation) and, now and then, raw bytes. The choices come from an
 * {@link Entropy}: a seeded {@link Random} in the normal suite, the fuzzer's data under Jazzer (so
 * that coverage guides them).
 */
public final class ImportInputs {

    /** Where the generator's choices come from. */
    public interface Entropy {
        /** A number from {@code min} to {@code max}, both included. */
        int between(int min, int max);

        byte[] bytes(int max);

        /** True {@code percent} times in 100; false when the fuzzer's data has run out (so loops end). */
        default boolean chance(int percent) {
            return between(0, 99) >= 100 - percent;
        }

        default <T> T pick(List<T> options) {
            return options.get(between(0, options.size() - 1));
        }
    }

    /** Choices from a seeded random. */
    public static Entropy seeded(long seed) {
        Random random = new Random(seed);
        return new Entropy() {
            @Override
            public int between(int min, int max) {
                return min + random.nextInt(max - min + 1);
            }

            @Override
            public byte[] bytes(int max) {
                byte[] bytes = new byte[random.nextInt(max + 1)];
                random.nextBytes(bytes);
                return bytes;
            }
        };
    }

    /** A generated input: the kind, the channel (push or file) and the bytes. */
    public record Input(RecordKind kind, boolean push, byte[] content) {
        @Override
        public String toString() {
            return kind + (push ? " push " : " file ") + content.length + " bytes";
        }
    }

    private static final List<String> CODES = List.of("914403001922038216", "91100000100003962T",
            "91330100799655058B", "91330100799655058C", "9144030019220382l6", "11360481MB1234567X", "１９１４４０３",
            "914403001922038216\u200b", "91 4403 0019 2203 8216", "");
    private static final List<String> DATES = List.of("2022-03-15", "2022/3/5", "2022.3.5", "20220305",
            "2022年3月5日", "2022-02-30", "2022-03-15 10:20:30", "２０２２－０３－０５", "1948-12-31", "2099-01-01",
            "0000-00-00", "-2022-01-01", "2022-13-01", "99999999", "2022年", "2022-3", "202203051", "2022-03-15T",
            "+999999999-12-31", "44562", "2022--03-15");
    private static final List<String> AMOUNTS = List.of("0.5", "1,234.56", "5000", "12万元", "0.1234567",
            "-1", "1e9", "NaN", "Infinity", "１２３", "1,,2", ",", ".", "0x10", "99999999999999999999999999999999",
            "1.2.3", "万元", "1 000", "٣");
    private static final List<String> PERSONAL = List.of("11010519491231002X", "110105194912310021",
            "360481198506128457", "11010519491331002X", "110105", "ID360481198506128457", "１１０１０５１９４９１２３１００２Ｘ");
    private static final List<String> NASTY = List.of("", " ", "\u0000", "\u0000\u0000abc", "\"", "\"\"", "\r\n",
            "\r", "\n", "\t", ";", ",", "\u200b", "\u202e", "\ufeff", "\ud800", "\udc00", "\uffff", "𠀀", "=cmd|' /C calc'!A0",
            "<x>", "&amp;", "]]>", "\\", "null", "NULL", "true", "１２３", "（）", "\u3000", "%s", "{0}", "'", "${x}",
            "\u0085", "\u2028", "😀", "a".repeat(2001), "9".repeat(121), "自然人", "个体工商户", "01", "1", "0");

    /**
     * How often this input breaks a value, a cell reference or a column (percent): drawn per input,
     * so that most inputs go deep into the checks and some are thoroughly broken.
     */
    private static final ThreadLocal<Integer> NOISE = ThreadLocal.withInitial(() -> 5);

    private ImportInputs() {
    }

    private static void noise(Entropy e) {
        NOISE.set(e.pick(List.of(0, 1, 3, 10, 30)));
    }

    private static boolean noisy(Entropy e, int scale) {
        int percent = NOISE.get() * scale / 10;
        return percent > 0 && e.chance(Math.min(percent, 100));
    }

    /** One generated input of any kind and channel. */
    public static Input any(Entropy e) {
        RecordKind kind = e.pick(List.of(RecordKind.values()));
        return switch (e.between(0, 2)) {
            case 0 -> new Input(kind, false, csv(kind, e));
            case 1 -> new Input(kind, false, xlsx(kind, e));
            default -> new Input(kind, true, json(kind, e));
        };
    }

    // ---------------------------------------------------------------- values

    static String value(FieldSpec field, Entropy e) {
        if (noisy(e, 10)) {
            return e.chance(50) ? e.pick(NASTY) : randomText(e);
        }
        String value = switch (field.type()) {
            case DATE -> e.pick(DATES);
            case AMOUNT, INTEGER -> e.pick(AMOUNTS);
            case YEAR -> e.pick(List.of("2022", "2023", "2999", "0", "20２1", "1899", "2022年", "-1"));
            case CHOICE, CHOICES -> choices(field, e);
            case CREDIT_CODE, ORGANISATION_CODE, REGISTRATION_NUMBER -> e.pick(CODES);
            case PERSONAL_ID -> e.pick(PERSONAL);
            case PARTY_ID -> e.chance(50) ? e.pick(CODES) : e.pick(PERSONAL);
            case NUMBER_TEXT -> "文书号" + e.between(0, 40) + (noisy(e, 10) ? e.pick(NASTY) : "");
            case TEXT -> e.chance(20) ? e.pick(List.of("张三", "李四", "王五", "瑞昌甲贸易有限公司"))
                    : "文本" + e.between(0, 9) + (noisy(e, 20) ? e.pick(NASTY) : "");
        };
        return noisy(e, 10) ? mutate(value, e) : value;
    }

    private static String choices(FieldSpec field, Entropy e) {
        var options = new ArrayList<String>(field.choices().keySet());
        options.addAll(field.choices().values());
        if (options.isEmpty()) {
            return e.pick(NASTY);
        }
        var out = new StringBuilder(e.pick(options));
        for (int more = 0; more < 8 && e.chance(30); more++) {
            out.append(e.pick(List.of(";", "；", ",", "、", " ", ""))).append(e.pick(options));
        }
        return out.toString();
    }

    private static String mutate(String value, Entropy e) {
        if (value.isEmpty()) {
            return e.pick(NASTY);
        }
        int at = e.between(0, value.length());
        return switch (e.between(0, 3)) {
            case 0 -> value.substring(0, at);
            case 1 -> value.substring(0, at) + e.pick(NASTY) + value.substring(at);
            case 2 -> value.substring(0, at) + (char) e.between(0, 0xFFFF) + value.substring(at);
            default -> value + value;
        };
    }

    private static String randomText(Entropy e) {
        var out = new StringBuilder();
        int length = e.between(0, 12);
        for (int i = 0; i < length; i++) {
            out.append((char) switch (e.between(0, 3)) {
                case 0 -> e.between(0, 0x7F);
                case 1 -> e.between(0x4E00, 0x9FA5);
                case 2 -> e.between(0xFF00, 0xFFEF);
                default -> e.between(0, 0xFFFF);
            });
        }
        return out.toString();
    }

    /** Header cells: national labels, field codes, English names, or some of each, sometimes with noise. */
    static List<String> header(RecordSchema schema, Entropy e) {
        int style = e.between(0, 4);
        var header = new ArrayList<String>();
        for (FieldSpec field : schema.fields()) {
            if (noisy(e, 2)) {
                continue; // a missing column
            }
            int s = style == 4 ? e.between(0, 2) : style;
            String cell = switch (s) {
                case 0 -> field.label();
                case 1 -> field.codes().isEmpty() ? field.label() : e.pick(field.codes());
                default -> field.name();
            };
            if (noisy(e, 3)) {
                cell = e.chance(50) ? mutate(cell, e) : "*" + cell + " ";
            }
            header.add(cell);
            if (noisy(e, 2)) {
                header.add(e.chance(50) ? cell : randomText(e)); // duplicate or unknown column
            }
        }
        return header;
    }

    static List<List<String>> rows(RecordSchema schema, int columns, Entropy e) {
        var rows = new ArrayList<List<String>>();
        int count = e.between(0, 6);
        for (int r = 0; r < count; r++) {
            var row = new ArrayList<String>();
            int width = noisy(e, 10) ? e.between(0, columns + 3) : columns;
            for (int c = 0; c < width; c++) {
                row.add(c < schema.fields().size() ? value(schema.fields().get(c), e) : randomText(e));
            }
            rows.add(row);
            if (e.chance(10)) {
                rows.add(row); // a resend within the file
            }
        }
        return rows;
    }

    // ---------------------------------------------------------------- CSV

    public static byte[] csv(RecordKind kind, Entropy e) {
        noise(e);
        if (e.chance(3)) {
            return e.bytes(256);
        }
        RecordSchema schema = RecordSchemas.of(kind);
        var header = header(schema, e);
        char separator = e.pick(List.of(',', ',', '\t', ';'));
        String newline = e.pick(List.of("\n", "\r\n", "\r", "\n\n"));
        var text = new StringBuilder();
        line(text, header, separator, e);
        for (var row : rows(schema, header.size(), e)) {
            text.append(newline);
            line(text, row, separator, e);
        }
        if (e.chance(50)) {
            text.append(newline);
        }
        Charset charset = e.chance(20) ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
        byte[] bytes = text.toString().getBytes(charset);
        if (e.chance(10)) {
            bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes);
        }
        return e.chance(10) ? damage(bytes, e) : bytes;
    }

    private static void line(StringBuilder text, List<String> cells, char separator, Entropy e) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(separator);
            }
            String cell = cells.get(i);
            boolean quote = e.chance(5) || cell.indexOf(separator) >= 0 || cell.indexOf('"') >= 0
                    || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
            if (quote && !e.chance(3)) {
                text.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                text.append(cell);
            }
        }
    }

    // ---------------------------------------------------------------- JSON

    public static byte[] json(RecordKind kind, Entropy e) {
        noise(e);
        if (e.chance(3)) {
            return e.bytes(256);
        }
        RecordSchema schema = RecordSchemas.of(kind);
        var text = new StringBuilder("[");
        int count = e.between(0, 6);
        for (int r = 0; r < count; r++) {
            if (r > 0) {
                text.append(',');
            }
            if (noisy(e, 3)) {
                text.append(e.pick(List.of("1", "\"x\"", "[]", "null", "[{}]")));
                continue;
            }
            text.append('{');
            boolean first = true;
            for (FieldSpec field : schema.fields()) {
                if (noisy(e, 10)) {
                    continue;
                }
                if (!first) {
                    text.append(',');
                }
                first = false;
                String name = noisy(e, 2) ? randomText(e) : field.name();
                text.append(quoted(name)).append(':').append(jsonValue(field, e));
            }
            text.append('}');
        }
        text.append(']');
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        return e.chance(10) ? damage(bytes, e) : bytes;
    }

    private static String jsonValue(FieldSpec field, Entropy e) {
        if (!noisy(e, 10)) {
            return quoted(value(field, e));
        }
        return switch (e.between(0, 3)) {
            case 0 -> e.pick(List.of("1", "-0", "1e999", "12345678901234567890123", "0.1", "1E-400", "3.0"));
            case 1 -> e.pick(List.of("true", "false", "null"));
            case 2 -> e.pick(List.of("{}", "[]", "{\"a\":1}", "[1,2]"));
            default -> quoted(value(field, e));
        };
    }

    private static String quoted(String text) {
        var out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    // ---------------------------------------------------------------- XLSX

    public static byte[] xlsx(RecordKind kind, Entropy e) {
        noise(e);
        RecordSchema schema = RecordSchemas.of(kind);
        var strings = new ArrayList<String>();
        var sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        var header = header(schema, e);
        var rows = new ArrayList<List<String>>();
        rows.add(header);
        rows.addAll(rows(schema, header.size(), e));
        int rowNumber = 0;
        for (var row : rows) {
            rowNumber += e.chance(90) ? 1 : e.between(0, 3);
            sheet.append("<row").append(e.chance(95) ? " r=\"" + rowNumber + "\"" : "").append('>');
            for (int c = 0; c < row.size(); c++) {
                cell(sheet, strings, reference(c, rowNumber, e), row.get(c), e);
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        String sheetXml = sheet.toString();
        if (e.chance(5)) {
            sheetXml = mutate(sheetXml, e);
        }
        var shared = new StringBuilder();
        strings.forEach(s -> shared.append("<si><t>").append(xmlText(s)).append("</t></si>"));
        byte[] bytes = workbook(sheetXml, shared.toString(), e.pick(List.of("yyyy-mm-dd", "0.00", "@",
                "[$-409]mmmm d, yyyy;@", "\"x\"", "yyyy\"年\"m\"月\"d\"日\"", "[h]:mm", "0.0E+00", "[<0]0;",
                "General;;;;;")), part -> !noisy(e, 1));
        return e.chance(5) ? damage(bytes, e) : bytes;
    }

    /** A workbook of one sheet: its XML, the shared strings' {@code <si>} elements, a number format; {@code keep} may leave parts out. */
    public static byte[] workbook(String sheetXml, String sharedStrings, String numberFormat,
                                  java.util.function.Predicate<String> keep) {
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            entry(out, keep, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + "</Types>");
            entry(out, keep, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry(out, keep, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(out, keep, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                    + "</Relationships>");
            entry(out, keep, "xl/worksheets/sheet1.xml", sheetXml);
            entry(out, keep, "xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + sharedStrings + "</sst>");
            entry(out, keep, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"" + xmlText(numberFormat) + "\"/></numFmts>"
                    + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/></cellXfs>"
                    + "</styleSheet>");
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return zip.toByteArray();
    }

    private static String reference(int column, int row, Entropy e) {
        if (noisy(e, 1)) {
            return e.pick(List.of("", "A", "1", "a1", "ZZZZZZ1", "XFD1048576", "XFE1", "AAAAAAAAAAAAAAA1", "@1",
                    "A0", "A-1", "A99999999999"));
        }
        var letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString() + row;
    }

    private static void cell(StringBuilder sheet, List<String> strings, String reference, String value, Entropy e) {
        String style = !noisy(e, 10) ? "" : " s=\"" + e.pick(List.of("0", "1", "2", "3", "99", "-1", "x")) + "\"";
        String ref = !noisy(e, 3) ? " r=\"" + xmlText(reference) + "\"" : "";
        switch (noisy(e, 10) ? e.between(0, 3) : e.between(4, 9)) {
            case 0 -> sheet.append("<c").append(ref).append(style).append("><v>")
                    .append(e.pick(List.of("44562", "1.5", "-1", "2958466", "1e308", "NaN", "abc", "", "0"))).append("</v></c>");
            case 1 -> sheet.append("<c").append(ref).append(style).append(" t=\"inlineStr\"><is><t>")
                    .append(xmlText(value)).append("</t></is></c>");
            case 2 -> sheet.append("<c").append(ref).append(style).append(" t=\"")
                    .append(e.pick(List.of("b", "e", "str", "d", "n", "s", "zz"))).append("\"><v>")
                    .append(xmlText(value)).append("</v></c>");
            case 3 -> sheet.append("<c").append(ref).append(style).append(" t=\"s\"><v>")
                    .append(e.pick(List.of("-1", "999", "x", "", "2147483648"))).append("</v></c>");
            default -> {
                strings.add(value);
                sheet.append("<c").append(ref).append(style).append(" t=\"s\"><v>").append(strings.size() - 1)
                        .append("</v></c>");
            }
        }
    }

    private static String xmlText(String text) {
        var out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(Character.isSurrogate(c) || c >= 0xFFFE ? ' ' : c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static void entry(ZipOutputStream out, java.util.function.Predicate<String> keep, String name,
                              String content) throws IOException {
        if (!keep.test(name)) {
            return; // a part missing
        }
        out.putNextEntry(new ZipEntry(name));
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    // ---------------------------------------------------------------- bytes

    private static byte[] damage(byte[] bytes, Entropy e) {
        if (bytes.length == 0) {
            return e.bytes(16);
        }
        byte[] out = bytes.clone();
        switch (e.between(0, 2)) {
            case 0 -> {
                return java.util.Arrays.copyOf(out, e.between(0, out.length - 1)); // truncated
            }
            case 1 -> {
                int flips = e.between(1, 8);
                for (int i = 0; i < flips; i++) {
                    out[e.between(0, out.length - 1)] = (byte) e.between(0, 255);
                }
                return out;
            }
            default -> {
                int at = e.between(0, out.length);
                byte[] extra = e.bytes(32);
                byte[] joined = new byte[out.length + extra.length];
                System.arraycopy(out, 0, joined, 0, at);
                System.arraycopy(extra, 0, joined, at, extra.length);
                System.arraycopy(out, at, joined, at + extra.length, out.length - at);
                return joined;
            }
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
