package cn.gov.amr.credit.ingestion.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XlsxSourceTest {

    @ParameterizedTest
    @CsvSource({"A1,0", "B7,1", "Z9,25", "AA10,26", "AB12,27", "AZ1,51", "BA1,52", "XFD1048576,16383"})
    void cellReferencesGiveTheirColumn(String reference, int column) {
        assertThat(XlsxSource.column(reference)).isEqualTo(column);
    }
}
