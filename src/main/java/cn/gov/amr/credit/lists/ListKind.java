package cn.gov.amr.credit.lists;

/**
 * The lists (DOMAIN §7): {@code ABNORMAL} the abnormal-operations list (经营异常名录) of enterprises and
 * cooperatives; {@code ABNORMAL_STATE} the abnormal state (经营异常状态) individual businesses are marked
 * with instead; {@code SERIOUS_DISHONEST} the serious illegal and dishonest list (严重违法失信名单).
 */
public enum ListKind {
    ABNORMAL, ABNORMAL_STATE, SERIOUS_DISHONEST
}
