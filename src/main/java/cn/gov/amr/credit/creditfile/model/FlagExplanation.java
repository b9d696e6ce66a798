package cn.gov.amr.credit.creditfile.model;

import java.util.List;

/**
 * Why a flag is raised, for a reader: a message key of the bundles ({@code tools/messages.py}) and its
 * arguments (counts as {@link Integer}, dates as {@link java.time.LocalDate}, years as {@link java.time.Year}).
 */
public record FlagExplanation(String messageKey, List<Object> arguments) {

    public FlagExplanation {
        arguments = List.copyOf(arguments);
    }

    public static FlagExplanation of(String messageKey, Object... arguments) {
        return new FlagExplanation(messageKey, List.of(arguments));
    }
}
