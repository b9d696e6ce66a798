package cn.gov.amr.credit.ingestion.application;

import cn.gov.amr.credit.ingestion.Batch;
import java.util.List;

/** A batch with one page of its errors (in row order) and how many errors it has in all. */
public record BatchErrors(Batch batch, List<RowError> items, int total) {
}
