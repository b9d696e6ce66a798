package cn.gov.amr.credit.lists.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.gov.amr.credit.lists.FilingRate;
import cn.gov.amr.credit.lists.model.AnnualReportSchedule;
import cn.gov.amr.credit.registry.EntityStatus;
import cn.gov.amr.credit.registry.EntityIdentity;

/**
 * Filing of one report year counted in one pass over the register: due and filed by kind, by jurisdiction
 * and by both, and the non-filers (code and jurisdiction) in code order. Due: active entities that existed
 * by the end of the report year.
 */
final class FilingSnapshot {

    record NonFiler(String code, String jurisdiction) {
    }

    private final int year;
    private final long takenAtNanos;
    private final Map<String, long[]> byKindAndJurisdiction = new TreeMap<>();
    private final List<NonFiler> nonFilers = new ArrayList<>();

    FilingSnapshot(int year, long takenAtNanos) {
        this.year = year;
        this.takenAtNanos = takenAtNanos;
    }

    long takenAtNanos() {
        return takenAtNanos;
    }

    void add(EntityIdentity entity, boolean filed) {
        if (entity.status() != EntityStatus.ACTIVE || !AnnualReportSchedule.mustFile(entity.establishedOn(), year)) {
            return;
        }
        String jurisdiction = entity.jurisdiction() == null ? "" : entity.jurisdiction();
        long[] counts = byKindAndJurisdiction.computeIfAbsent(entity.kind().name() + "|" + jurisdiction, k -> new long[2]);
        counts[0]++;
        if (filed) {
            counts[1]++;
        } else {
            nonFilers.add(new NonFiler(entity.code(), entity.jurisdiction()));
        }
    }

    List<FilingRate> byKind(String jurisdiction) {
        return rates(0, jurisdiction);
    }

    List<FilingRate> byJurisdiction() {
        return rates(1, null);
    }

    private List<FilingRate> rates(int keyPart, String jurisdiction) {
        var sums = new TreeMap<String, long[]>();
        byKindAndJurisdiction.forEach((key, counts) -> {
            String[] parts = key.split("\\|", -1);
            if (jurisdiction != null && !jurisdiction.equals(parts[1])) {
                return;
            }
            long[] sum = sums.computeIfAbsent(parts[keyPart], k -> new long[2]);
            sum[0] += counts[0];
            sum[1] += counts[1];
        });
        return sums.entrySet().stream().map(e -> new FilingRate(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    List<NonFiler> nonFilers(String jurisdiction) {
        return jurisdiction == null ? nonFilers
                : nonFilers.stream().filter(n -> jurisdiction.equals(n.jurisdiction())).toList();
    }
}
