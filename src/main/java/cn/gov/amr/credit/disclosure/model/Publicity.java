package cn.gov.amr.credit.disclosure.model;

import java.time.LocalDate;

/**
 * Whether a record is public on a day, and why: {@code PUBLIC} until {@code publicUntil} (inclusive);
 * otherwise the reason it is not.
 */
public record Publicity(Status status, LocalDate publicUntil) {

    public enum Status { PUBLIC, WARNING_ONLY, SIMPLE_PROCEDURE, PERIOD_ENDED, PUBLICATION_STOPPED }

    public boolean shown() {
        return status == Status.PUBLIC;
    }
}
