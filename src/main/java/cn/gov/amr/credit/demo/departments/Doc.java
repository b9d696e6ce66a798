package cn.gov.amr.credit.demo.departments;

import java.time.LocalDate;

/**
 * One document (decision, task, case, honour list …) of a stream: its number, its date, its number
 * within the year and its running number within the stream. Several rows share a document when it
 * names several parties.
 */
record Doc(String number, LocalDate date, int numberInYear, int serial) {
}
