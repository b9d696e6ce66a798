package cn.gov.amr.credit.demo.departments;

import java.time.LocalDate;
import java.time.Period;

/**
 * The figures of the seed report (DOMAIN §2) the demo departments reproduce exactly, and the demo's
 * own choices around them.
 */
final class DemoFigures {

    /** Credit records collected in total. */
    static final int ACCEPTED_ROWS = 175_678;
    /** Licences and penalties of all departments decided in {@link #WINDOW_FROM} … {@link #WINDOW_TO} (prefecture platform). */
    static final int PREFECTURE_RECORDS = 11_901;
    /** Licences, penalties and inspections of market supervision in the same months (national publicity system). */
    static final int NATIONAL_RECORDS = 4_001;
    static final LocalDate WINDOW_FROM = LocalDate.of(2022, 1, 1);
    static final LocalDate WINDOW_TO = LocalDate.of(2022, 8, 31);

    /** The report year of the seed's filing rates and when its reports were filed. */
    static final int REPORT_YEAR = 2021;
    static final LocalDate REPORTS_FROM = LocalDate.of(2022, 1, 1);
    static final LocalDate REPORTS_TO = LocalDate.of(2022, 6, 30);
    /** Filing rates of the report year, in basis points: individual businesses 100 %, enterprises 98.76 %. */
    static final int INDIVIDUAL_FILING_BASIS_POINTS = 10_000;
    static final int ENTERPRISE_FILING_BASIS_POINTS = 9_876;
    /** The demo's choice for cooperatives (the seed gives no figure). */
    static final int COOPERATIVE_FILING_BASIS_POINTS = 9_600;

    /** Records other than the report-year annual reports are dated from this day on. */
    static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    /**
     * The registry holds no closing date, so the demo assumes that entities no longer active closed
     * after this day: their records (and their report-year annual reports) are dated on or before it.
     */
    static final LocalDate CLOSED_ENTITIES_LAST_DAY = LocalDate.of(2022, 6, 30);

    /** Rows of one file at most; a bigger stream is split. */
    static final int MAX_FILE_ROWS = 30_000;
    /** Share of accepted rows written with fixable mess (full-width codes, odd date formats …), in per mille. */
    static final int FIXABLE_MESS_PER_MILLE = 10;
    /** Publicity of a warning or a notice of criticism, and of other penalties (DOMAIN §8). */
    static final Period SHORT_PUBLICITY = Period.ofMonths(3);
    static final Period LONG_PUBLICITY = Period.ofYears(3);

    private DemoFigures() {
    }
}
