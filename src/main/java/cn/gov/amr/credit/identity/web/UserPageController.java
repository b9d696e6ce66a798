package cn.gov.amr.credit.identity.web;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import cn.gov.amr.credit.identity.NewUser;
import cn.gov.amr.credit.identity.Role;
import cn.gov.amr.credit.identity.UserAccounts;
import cn.gov.amr.credit.identity.model.UserChange;
import cn.gov.amr.credit.platform.FieldMessages;
import cn.gov.amr.credit.shared.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN's pages for users: list, create, change roles and jurisdiction. */
@Controller
@RequestMapping("/workbench/users")
@PreAuthorize("hasRole('ADMIN')")
class UserPageController {

    private final UserAccounts accounts;
    private final MessageSource messages;

    UserPageController(UserAccounts accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    /** The fields of the create and edit forms. */
    static final class UserForm {
        private String username;
        private String displayName;
        private String password;
        private Set<Role> roles = EnumSet.noneOf(Role.class);
        private String department;
        private String jurisdiction;
        private boolean enabled = true;

        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public Set<Role> getRoles() { return roles; }
        public void setRoles(Set<Role> roles) { this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles; }
        public String getDepartment() { return department; }
        public void setDepartment(String department) { this.department = department; }
        public String getJurisdiction() { return jurisdiction; }
        public void setJurisdiction(String jurisdiction) { this.jurisdiction = jurisdiction; }
        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean enabled) { this.enabled = enabled; }
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new UserForm());
        }
        addReferenceData(model);
        model.addAttribute("users", accounts.all());
        return "identity/users";
    }

    @PostMapping
    String create(@ModelAttribute("form") UserForm form, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            accounts.create(new NewUser(form.getUsername(), form.getDisplayName(), form.getPassword(), form.getRoles(),
                    form.getDepartment(), form.getJurisdiction()));
        } catch (Refusal refusal) {
            form.setPassword(null);
            model.addAttribute("errors", FieldMessages.byFormField(messages, refusal, locale));
            return list(model);
        }
        redirect.addFlashAttribute("saved", form.getUsername());
        return "redirect:/workbench/users";
    }

    @GetMapping("/{username}")
    String edit(@PathVariable String username, Model model) {
        var user = accounts.find(username);
        if (!model.containsAttribute("form")) {
            var form = new UserForm();
            form.setUsername(user.username());
            form.setDisplayName(user.displayName());
            form.setRoles(EnumSet.copyOf(user.roles()));
            form.setDepartment(user.department());
            form.setJurisdiction(user.jurisdiction());
            form.setEnabled(user.enabled());
            model.addAttribute("form", form);
        }
        model.addAttribute("user", user);
        addReferenceData(model);
        return "identity/user-edit";
    }

    @PostMapping("/{username}")
    String update(@PathVariable String username, @ModelAttribute("form") UserForm form, Model model, Locale locale,
                  RedirectAttributes redirect) {
        try {
            accounts.update(username, new UserChange(form.getDisplayName(), form.getRoles(), form.getDepartment(),
                    form.getJurisdiction(), form.isEnabled()), null);
        } catch (Refusal refusal) {
            model.addAttribute("errors", FieldMessages.byFormField(messages, refusal, locale));
            return edit(username, model);
        }
        redirect.addFlashAttribute("saved", username);
        return "redirect:/workbench/users";
    }

    private void addReferenceData(Model model) {
        model.addAttribute("allRoles", EnumSet.complementOf(EnumSet.of(Role.DEPARTMENT)));
        model.addAttribute("jurisdictions", accounts.jurisdictions());
    }

}
