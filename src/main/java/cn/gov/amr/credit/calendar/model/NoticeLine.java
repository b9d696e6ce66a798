package cn.gov.amr.credit.calendar.model;

/**
 * One line of a year's notice as received, before it is checked: from a JSON table or a row of an
 * imported file. Text as given (trimmed by the check).
 *
 * @param row      the line's number as the sender counts it: the spreadsheet row (the header is row 1)
 *                 for a file, the position from 1 in the JSON array
 * @param date     the date's text ({@code 2026-01-01}, also {@code 2026/1/1} or {@code 2026.1.1}); may be null
 * @param kind     the type: {@code HOLIDAY}/{@code WORKING_WEEKEND} or their labels (放假/上班); may be null
 * @param note     the note; may be null
 */
public record NoticeLine(int row, String date, String kind, String note) {
}
