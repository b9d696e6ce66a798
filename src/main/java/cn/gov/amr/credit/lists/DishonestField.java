package cn.gov.amr.credit.lists;

/**
 * The field of a serious illegal and dishonest listing (《市场监督管理严重违法失信名单管理办法》, 2021):
 * the kind of serious violation, or {@code ABNORMAL_LIST_THREE_YEARS} for an enterprise moved after three
 * years on the abnormal-operations list. Label: message {@code lists.field.<NAME>}.
 */
public enum DishonestField {
    FOOD_SAFETY, DRUGS_DEVICES_COSMETICS, QUALITY_SPECIAL_EQUIPMENT, CONSUMER_RIGHTS, FAIR_COMPETITION,
    OBSTRUCTING_INSPECTION, ABNORMAL_LIST_THREE_YEARS, OTHER
}
