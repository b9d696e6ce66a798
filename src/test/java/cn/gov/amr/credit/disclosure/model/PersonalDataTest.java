package cn.gov.amr.credit.disclosure.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import cn.gov.amr.credit.shared.CreditCode;
import cn.gov.amr.credit.shared.IdentifierGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Personal numbers typed into public text are masked; identifiers of organisations and documents stay. */
class PersonalDataTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "身份证号11010519491231002X。|身份证号110105********002X。",
            "身份证号11010519491231002x|身份证号110105********002x",
            "证件号码110105194912310021，|证件号码110105********0021，",
            "旧身份证110105491231002|旧身份证110105*****1002",
            "联系电话13912345678|联系电话139****5678",
            "联系电话：0792-4212345|联系电话：0792-*****45",
            "电话+8613912345678|电话+86139****5678",
            "电话8613912345678|电话86139****5678",
            "电话139-1234-5678|电话139-****-5678",
            "电话139 1234 5678|电话139 **** 5678",
            "电话(0792)4212345|电话(0792)*****45",
            "电话0792 4212345|电话0792 *****45",
            "电话07924212345|电话0792*****45",
            "电话１３９１２３４５６７８|电话１３９****５６７８",
            "账号6222021234567890123|账号622202*********0123",
            "统一社会信用代码914403001922038216|统一社会信用代码914403001922038216",
            "代码91330100799655058B的企业|代码91330100799655058B的企业",
            "瑞市监罚〔2022〕41号|瑞市监罚〔2022〕41号",
            "罚款5000元|罚款5000元",
            "文号ABC13912345678X|文号ABC139****5678X"})
    void masksPersonalNumbersInText(String text, String shown) {
        assertThat(PersonalData.mask(text)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "360481 19850612 8457|360481 ******** 8457",
            "360481-19850612-8457|360481-********-8457",
            "ID360481198506128457|ID360481********8457",
            "Tel13912345678|Tel139****5678",
            "13912345678ext|139****5678ext",
            "133.1234.5608|133.****.5608",
            "1391-234-5609|139*-***-5609",
            "139\u200B1234\u200B5678|139\u200B****\u200B5678",
            "电话：139，1234，5678。|电话：139，****，5678。",
            "0086 139 1234 5678|0086 139 **** 5678",
            "(+86)13912345678|(+86)139****5678",
            "3604811985061284５７|360481********84５７",
            "36048119850612845X号|360481********845X号",
            "13912345678/13812345678|139****5678/138****5678",
            // 0086, a mobile number and three letters pass the credit code's check by chance; no code starts with 0
            "瑞昌商行：008615550090147tel：|瑞昌商行：0086155****0147tel：",
            "执照JY13604810012345号|执照JY13604810012345号",
            "有效期2023.05.12-2024.05.11|有效期2023.05.12-2024.05.11",
            "时间2023-05-12 10:30:45|时间2023-05-12 10:30:45"})
    void masksNumbersSpelledAroundTheMasking(String text, String shown) {
        assertThat(PersonalData.mask(text)).isEqualTo(shown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"360481198506128457", "13912345678"})
    void aNumberSplitByEveryKindOfInvisibleCharacterIsMasked(String number) {
        for (int c = 0; c <= 0x10FFFF; c++) {
            if (cn.gov.amr.credit.shared.VisibleText.isInvisible(c) && c != '\r' && (c < 0xD800 || c > 0xDFFF)) {
                String text = number.substring(0, 3) + Character.toString(c) + number.substring(3);
                assertThat(cn.gov.amr.credit.support.Spellings.leaks(PersonalData.mask(text), number))
                        .as("U+%04X", c).isFalse();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24, 25, 26, 27, 28})
    void noIdNumberOrMobileNumberSurvivesAnySpelling(long seed) {
        var random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            boolean mobile = random.nextBoolean();
            String number = mobile ? cn.gov.amr.credit.support.Spellings.mobileNumber(random)
                    : cn.gov.amr.credit.support.Spellings.idNumber(random);
            String text = cn.gov.amr.credit.support.Spellings.prose(random)
                    + cn.gov.amr.credit.support.Spellings.spell(number, random, mobile)
                    + cn.gov.amr.credit.support.Spellings.prose(random);
            assertThat(cn.gov.amr.credit.support.Spellings.leaks(PersonalData.mask(text), number))
                    .as("seed %d: %s", seed, text).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void noValidIdNumberSurvivesInRandomText(long seed) {
        var random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            String id = IdentifierGenerator.residentIdNumber(random);
            String text = prose(random) + id + prose(random);
            String masked = PersonalData.mask(text);
            assertThat(masked).as("seed %d, %s", seed, text).doesNotContain(id)
                    .contains(id.substring(0, 6) + "********" + id.substring(14));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void creditCodesThatAreNoIdNumberStay(long seed) {
        var random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            String first17 = "91360481" + digits(random, 9);
            String code = first17 + CreditCode.checkCharacterFor(first17);
            String text = prose(random) + code + prose(random);
            assertThat(PersonalData.mask(text)).isEqualTo(text);
        }
    }

    private static String digits(Random random, int n) {
        var out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    private static String prose(Random random) {
        String[] words = {"当事人", "身份证号", "：", "，", "罚款", "元", "（", "）", " ", "号", "住所"};
        var out = new StringBuilder();
        for (int i = random.nextInt(4); i > 0; i--) {
            out.append(words[random.nextInt(words.length)]);
        }
        return out.toString();
    }
}
