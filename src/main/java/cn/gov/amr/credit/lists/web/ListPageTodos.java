package cn.gov.amr.credit.lists.web;

import java.util.ArrayList;
import java.util.List;

import cn.gov.amr.credit.identity.Role;
import cn.gov.amr.credit.lists.Lists;
import cn.gov.amr.credit.lists.ProposalQuery;
import cn.gov.amr.credit.lists.ProposalStatus;
import cn.gov.amr.credit.platform.TodoSource;
import cn.gov.amr.credit.platform.WorkbenchTodo;
import org.springframework.stereotype.Component;

/**
 * The lists' to-dos on the workbench home, for officers (in their jurisdiction) and ADMIN (the city):
 * open proposals waiting for a decision, urgent when one is overdue (they come overdue first); the
 * listings reaching three years on the abnormal list within 60 days (the public warning is due).
 */
@Component
class ListPageTodos implements TodoSource {

    static final String MODULE = "lists";

    private final Lists lists;
    private final ListPageSupport fmt;

    ListPageTodos(Lists lists, ListPageSupport fmt) {
        this.lists = lists;
        this.fmt = fmt;
    }

    @Override
    public List<WorkbenchTodo> todos() {
        var caller = fmt.caller();
        if (!caller.has(Role.OFFICER) && !caller.has(Role.ADMIN)) {
            return List.of();
        }
        String jurisdiction = caller.has(Role.ADMIN) ? null : caller.jurisdiction();
        if (jurisdiction == null && !caller.has(Role.ADMIN)) {
            return List.of();
        }
        var todos = new ArrayList<WorkbenchTodo>();
        var open = lists.proposals(new ProposalQuery(null, ProposalStatus.OPEN, jurisdiction, null, 1, 1));
        if (open.total() > 0) {
            boolean overdue = open.items().stream().anyMatch(p -> p.overdue());
            todos.add(new WorkbenchTodo(MODULE, "workbench.todo.lists.proposals", open.total(),
                    "/workbench/lists/proposals?status=OPEN" + area(jurisdiction), overdue));
        }
        int warnings = lists.reachingThreeYears(fmt.today(), ListingPageController.WARNING_DAYS, jurisdiction).size();
        if (warnings > 0) {
            todos.add(new WorkbenchTodo(MODULE, "workbench.todo.lists.threeYears", warnings,
                    "/workbench/lists/three-years" + (jurisdiction == null ? "" : "?jurisdiction=" + jurisdiction),
                    false));
        }
        return todos;
    }

    private static String area(String jurisdiction) {
        return jurisdiction == null ? "" : "&jurisdiction=" + jurisdiction;
    }
}
