package cn.gov.amr.credit.ingestion.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** The hand-written payload JSON is exactly what Jackson writes, for any text (seeded random inputs). */
class PayloadJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ALPHABET = "aZ09 \"\\/\n\r\t\b\f\u0000\u0001\u001f\u007f瑞昌（）〔〕，；“”€\uD83D\uDE00";

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void matchesJacksonForRandomText(long seed) {
        var random = new Random(seed);
        for (int n = 0; n < 200; n++) {
            var values = new LinkedHashMap<String, String>();
            int fields = 1 + random.nextInt(8);
            for (int f = 0; f < fields; f++) {
                var text = new StringBuilder();
                int length = random.nextInt(30);
                for (int i = 0; i < length; i++) {
                    text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
                values.put("field" + f, text.toString());
            }
            assertThat(PayloadJson.of(values)).isEqualTo(JSON.writeValueAsString(values));
        }
    }
}
