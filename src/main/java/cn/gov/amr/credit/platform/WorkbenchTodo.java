package cn.gov.amr.credit.platform;

/**
 * One to-do line on the workbench home (deadlines due, alerts, applications waiting): a message key with
 * its count as the only argument (e.g. {@code lists.todo.proposals} → "12 项列入建议待决定"), the page that
 * lists the items, and whether it is urgent (something is overdue: shown first and highlighted).
 *
 * @param module     the module's name, for grouping (e.g. {@code lists})
 * @param messageKey a key of the message bundles taking {0} = count
 * @param href       the page behind it, already filtered (e.g. {@code /workbench/lists/proposals?status=OPEN})
 */
public record WorkbenchTodo(String module, String messageKey, long count, String href, boolean urgent) {
}
