package cn.gov.amr.credit.lists.model;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import cn.gov.amr.credit.lists.AbnormalGround;

/**
 * The three inspection results that lead to the abnormal list (DOMAIN §6), by their national codes in
 * the {@code results} field of an {@code INSPECTION} record: 2 未按规定公示应当公示的信息, 3 公示信息隐瞒真实情况弄虚作假,
 * 4 通过登记的住所（经营场所）无法联系.
 */
public final class InspectionResults {

    private static final Map<String, AbnormalGround> LISTING = Map.of(
            "2", AbnormalGround.ORDERED_INFORMATION_NOT_PUBLISHED,
            "3", AbnormalGround.FALSE_INFORMATION,
            "4", AbnormalGround.ADDRESS_UNREACHABLE);

    private InspectionResults() {
    }

    /** The grounds an inspection with these result codes gives for listing (none for most results). */
    public static Set<AbnormalGround> groundsOf(Collection<String> resultCodes) {
        var grounds = EnumSet.noneOf(AbnormalGround.class);
        resultCodes.forEach(code -> {
            var ground = LISTING.get(code);
            if (ground != null) {
                grounds.add(ground);
            }
        });
        return grounds;
    }
}
