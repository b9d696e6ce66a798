package cn.gov.amr.credit.platform;

import java.util.List;

/**
 * A module's to-dos for the signed-in user, shown on the workbench home. A module declares one bean
 * implementing it; it decides itself (from the current caller) what the user must see, within the
 * user's jurisdiction, and answers quickly (counts, not lists): the home page asks every source on
 * each visit. A source answers nothing (an empty list) when there is nothing to do.
 */
public interface TodoSource {

    List<WorkbenchTodo> todos();
}
