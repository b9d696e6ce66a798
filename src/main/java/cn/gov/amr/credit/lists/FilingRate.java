package cn.gov.amr.credit.lists;

/**
 * Annual-report filing of one report year for one group (an entity kind, or a jurisdiction): entities
 * that had to file (existing by the end of the report year and active), and those that filed.
 */
public record FilingRate(String key, long due, long filed) {

    /** Filed in percent of due, 100 when none was due. */
    public double percent() {
        return due == 0 ? 100.0 : filed * 100.0 / due;
    }
}
