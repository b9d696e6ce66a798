package cn.gov.amr.credit.lists;

/**
 * The grounds of the abnormal-operations list and of the abnormal state (DOMAIN §7; 《市场主体登记管理条例实施细则》
 * and 《企业经营异常名录管理暂行办法》). Each ground's legal text is the message {@code lists.ground.<NAME>.law};
 * its label {@code lists.ground.<NAME>}.
 */
public enum AbnormalGround {
    /** 未按规定期限公示年度报告 (by 30 June for the previous year). */
    ANNUAL_REPORT_NOT_FILED,
    /** 未在责令的期限内公示有关企业信息. */
    ORDERED_INFORMATION_NOT_PUBLISHED,
    /** 公示企业信息隐瞒真实情况、弄虚作假. */
    FALSE_INFORMATION,
    /** 通过登记的住所或者经营场所无法联系. */
    ADDRESS_UNREACHABLE,
    /** 被责令停止使用名称而未变更 (since 2025) [config]. */
    NAME_NOT_CHANGED
}
