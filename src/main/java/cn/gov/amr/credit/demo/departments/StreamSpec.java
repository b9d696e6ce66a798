package cn.gov.amr.credit.demo.departments;

import cn.gov.amr.credit.ingestion.RecordKind;

/**
 * One department's records of one kind, as the vocabulary plans them: the weight of the stream among
 * all streams (0 for the report-year annual reports, whose number follows from the entities), the
 * file style, the messy rows on top and the numbering template of its documents.
 */
record StreamSpec(int index, Source source, RecordKind kind, int weight, FileStyle style, int wrongCheckCharacters,
                  int unknownEntities, int duplicates, int impossibleDates, String numbering) {

    /** Whether the prefecture figure counts this stream's records: licences and penalties of every department. */
    boolean prefecture() {
        return kind == RecordKind.LICENCE || kind == RecordKind.PENALTY;
    }

    /** Whether the national figure counts them: licences, penalties and inspections of market supervision. */
    boolean national() {
        return source.department().internal() && (prefecture() || kind == RecordKind.INSPECTION);
    }

    int failing() {
        return wrongCheckCharacters + unknownEntities + impossibleDates;
    }

    String fileStem() {
        return source.key() + "-" + kind.name().toLowerCase().replace('_', '-');
    }
}
