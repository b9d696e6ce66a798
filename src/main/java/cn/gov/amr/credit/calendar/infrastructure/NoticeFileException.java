package cn.gov.amr.credit.calendar.infrastructure;

import java.util.List;

/** An imported notice file that cannot be read as a table with the notice's columns. */
public class NoticeFileException extends RuntimeException {

    private final String code;
    private final List<Object> arguments;

    NoticeFileException(String code, Object... arguments) {
        super(code, null, false, false);
        this.code = code;
        this.arguments = List.of(arguments);
    }

    /** {@code NOTICE_FILE_UNREADABLE}, {@code NOTICE_FILE_XLS} or {@code NOTICE_COLUMNS_MISSING}. */
    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
