package cn.gov.amr.credit.lists;

/**
 * The marks public search shows beside an entity: on the abnormal-operations list or in the abnormal
 * state ({@code abnormal}), on the serious illegal and dishonest list ({@code seriouslyDishonest}).
 */
public record ListMarks(boolean abnormal, boolean seriouslyDishonest) {

    public static final ListMarks NONE = new ListMarks(false, false);
}
