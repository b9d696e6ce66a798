package cn.gov.amr.credit.classification;

import java.time.YearMonth;
import java.util.Map;

/** Class changes in one month: how many entities moved into each class letter. */
public record MonthlyChanges(YearMonth month, Map<String, Long> intoClass) {
}
