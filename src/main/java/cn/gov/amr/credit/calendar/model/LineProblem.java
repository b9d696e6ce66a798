package cn.gov.amr.credit.calendar.model;

import java.util.List;

/**
 * Why one line of a notice is refused.
 *
 * @param row       the line's number (see {@link NoticeLine#row()})
 * @param column    {@code date}, {@code type} or {@code note}
 * @param code      machine-readable reason, such as {@code NOTICE_DATE_INVALID}
 * @param arguments the message's arguments; the row number always comes first
 */
public record LineProblem(int row, String column, String code, List<Object> arguments) {

    static LineProblem of(NoticeLine line, String column, String code, Object... more) {
        var arguments = new java.util.ArrayList<Object>();
        arguments.add(line.row());
        arguments.addAll(List.of(more));
        return new LineProblem(line.row(), column, code, List.copyOf(arguments));
    }
}
