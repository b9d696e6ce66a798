package cn.gov.amr.credit.identity;

/**
 * A grassroots branch (基层分局) whose area an officer is responsible for.
 *
 * @param code   stable identifier, such as {@code PENCHENG}
 * @param nameZh name in Chinese, such as 湓城分局
 * @param nameEn name in English
 */
public record Jurisdiction(String code, String nameZh, String nameEn) {
}
