package cn.gov.amr.credit.lists.model;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import cn.gov.amr.credit.lists.AbnormalGround;

/** The rule of every ground of the abnormal list, one per {@link AbnormalGround}. */
public final class GroundRules {

    private final Map<AbnormalGround, GroundRule> rules = new EnumMap<>(AbnormalGround.class);

    /**
     * @param schedule          when annual reports are due
     * @param nameGroundSince   the day the "name not changed" ground came into force [config]
     */
    public GroundRules(AnnualReportSchedule schedule, LocalDate nameGroundSince) {
        add(new AnnualReportNotFiledRule(schedule));
        add(new OfficerJudgedRule(AbnormalGround.ORDERED_INFORMATION_NOT_PUBLISHED, null));
        add(new OfficerJudgedRule(AbnormalGround.FALSE_INFORMATION, null));
        add(new OfficerJudgedRule(AbnormalGround.ADDRESS_UNREACHABLE, null));
        add(new OfficerJudgedRule(AbnormalGround.NAME_NOT_CHANGED, nameGroundSince));
        if (rules.size() != AbnormalGround.values().length) {
            throw new IllegalStateException("a ground without a rule");
        }
    }

    private void add(GroundRule rule) {
        rules.put(rule.ground(), rule);
    }

    public GroundRule of(AbnormalGround ground) {
        return rules.get(ground);
    }
}
