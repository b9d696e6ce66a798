package cn.gov.amr.credit.demo.departments;

import java.util.List;

import cn.gov.amr.credit.ingestion.RecordKind;

/**
 * How many accepted rows each stream gets, and how many of them are dated in the seed's window
 * (January to August 2022), so that the totals are exactly the seed's figures: all streams together
 * {@link DemoFigures#ACCEPTED_ROWS}; market supervision's licences, penalties and inspections in the
 * window {@link DemoFigures#NATIONAL_RECORDS}; all departments' licences and penalties in the window
 * {@link DemoFigures#PREFECTURE_RECORDS}. Shares are proportional to the streams' weights (largest
 * remainders), so every counted stream has about the same share of its rows in the window.
 */
record Allocation(int[] accepted, int[] window) {

    static Allocation of(List<StreamSpec> streams, int annualReports) {
        if (annualReports > DemoFigures.ACCEPTED_ROWS - DemoFigures.PREFECTURE_RECORDS) {
            throw new DemoScaleException(annualReports);
        }
        int n = streams.size();
        long[] weights = new long[n];
        for (StreamSpec s : streams) {
            weights[s.index()] = s.kind() == RecordKind.ANNUAL_REPORT ? 0 : s.weight();
        }
        int[] accepted = proportional(DemoFigures.ACCEPTED_ROWS - annualReports, weights);
        for (StreamSpec s : streams) {
            if (s.kind() == RecordKind.ANNUAL_REPORT) {
                accepted[s.index()] = annualReports;
            }
        }
        int[] window = new int[n];
        long[] national = new long[n];
        streams.stream().filter(StreamSpec::national).forEach(s -> national[s.index()] = accepted[s.index()]);
        int[] nationalWindow = proportional(DemoFigures.NATIONAL_RECORDS, national);
        int prefectureLeft = DemoFigures.PREFECTURE_RECORDS;
        long[] horizontal = new long[n];
        for (StreamSpec s : streams) {
            if (s.national()) {
                window[s.index()] = nationalWindow[s.index()];
                prefectureLeft -= s.prefecture() ? window[s.index()] : 0;
            } else if (s.prefecture()) {
                horizontal[s.index()] = accepted[s.index()];
            }
        }
        if (prefectureLeft < 0) {
            throw new DemoScaleException("market supervision alone exceeds the prefecture figure");
        }
        int[] horizontalWindow = proportional(prefectureLeft, horizontal);
        for (StreamSpec s : streams) {
            if (!s.national() && s.prefecture()) {
                window[s.index()] = horizontalWindow[s.index()];
            }
            if (window[s.index()] > accepted[s.index()]) {
                throw new DemoScaleException(s.fileStem() + ": more rows in the window than in all");
            }
        }
        return new Allocation(accepted, window);
    }

    /** {@code total} split in proportion to {@code weights} by largest remainders (ties: lower index first). */
    static int[] proportional(int total, long[] weights) {
        long sum = 0;
        for (long w : weights) {
            sum += w;
        }
        int[] shares = new int[weights.length];
        if (sum == 0) {
            if (total != 0) {
                throw new IllegalStateException("no stream to hold " + total + " rows");
            }
            return shares;
        }
        long[] remainders = new long[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            long exact = total * weights[i];
            shares[i] = (int) (exact / sum);
            remainders[i] = exact % sum;
            given += shares[i];
        }
        for (int left = total - given; left > 0; left--) {
            int best = -1;
            for (int i = 0; i < weights.length; i++) {
                if (weights[i] > 0 && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            shares[best]++;
            remainders[best] = -1;
        }
        return shares;
    }
}
