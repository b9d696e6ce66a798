package cn.gov.amr.credit.ingestion.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Which encoding a text file is in: UTF-8 with a byte-order mark; else UTF-8 if every byte sequence
 * is valid UTF-8 (GBK text of any length practically never is); else GBK, read as its superset
 * GB18030 so that no character is lost.
 */
public final class Encodings {

    public static final Charset GBK = Charset.forName("GB18030");
    static final String UTF8_BOM_NAME = "UTF-8-BOM";

    private Encodings() {
    }

    static boolean hasUtf8Bom(byte[] content) {
        return content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
    }

    /** The encoding's name as reported: UTF-8-BOM, UTF-8 or GBK. */
    static String detect(byte[] content) {
        if (hasUtf8Bom(content)) {
            return UTF8_BOM_NAME;
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(content));
            return "UTF-8";
        } catch (CharacterCodingException e) {
            return "GBK";
        }
    }

    static Charset charset(String name) {
        return "GBK".equals(name) ? GBK : StandardCharsets.UTF_8;
    }
}
