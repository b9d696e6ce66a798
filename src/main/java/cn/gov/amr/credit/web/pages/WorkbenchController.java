package cn.gov.amr.credit.web.pages;

import java.util.Comparator;
import java.util.List;

import cn.gov.amr.credit.platform.TodoSource;
import cn.gov.amr.credit.platform.WorkbenchTodo;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The officer workbench: the signed-in user's to-dos from every module (urgent first), and navigation to the modules. */
@Controller
class WorkbenchController {

    private static final Comparator<WorkbenchTodo> URGENT_FIRST = Comparator
            .comparing((WorkbenchTodo todo) -> !todo.urgent()).thenComparing(WorkbenchTodo::module);

    private final List<TodoSource> sources;

    WorkbenchController(List<TodoSource> sources) {
        this.sources = List.copyOf(sources);
    }

    @GetMapping("/workbench")
    @PreAuthorize("isAuthenticated()")
    String home(Model model) {
        model.addAttribute("todos", sources.stream().flatMap(source -> source.todos().stream())
                .filter(todo -> todo.count() > 0).sorted(URGENT_FIRST).toList());
        return "workbench/home";
    }
}
