package cn.gov.amr.credit.ingestion.model;

import java.util.List;

/**
 * Why a row cannot be accepted: the field (English name; null for the row as a whole), a machine
 * code (message key {@code problem.field.<code>}) and the message's arguments.
 */
public record RowProblem(String field, String code, List<Object> arguments) {

    public RowProblem {
        arguments = List.copyOf(arguments);
    }

    public static RowProblem of(String field, String code, Object... arguments) {
        return new RowProblem(field, code, List.of(arguments));
    }
}
