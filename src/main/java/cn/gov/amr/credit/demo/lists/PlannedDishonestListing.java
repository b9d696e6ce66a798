package cn.gov.amr.credit.demo.lists;

import java.time.LocalDate;

import cn.gov.amr.credit.lists.DishonestField;

/** One listing on the serious illegal and dishonest list the demo decides, after a heavy penalty. */
record PlannedDishonestListing(String code, DishonestField field, LocalDate decidedOn, String documentNumber,
                               String authority, String penaltyDocumentNumber) {
}
