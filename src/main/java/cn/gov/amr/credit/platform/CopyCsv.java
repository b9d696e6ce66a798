package cn.gov.amr.credit.platform;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN (FORMAT csv)}: every value quoted, null an unquoted
 * empty field. {@link #copyIn} sends them on the connection of the current transaction.
 */
public final class CopyCsv {

    private final StringBuilder out;
    private int rows;

    public CopyCsv(int expectedRows) {
        out = new StringBuilder(Math.max(16, expectedRows) * 1024);
    }

    /** Appends one row. */
    public CopyCsv row(String... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            if (values[i] != null) {
                out.append('"');
                String value = values[i];
                int from = 0;
                for (int quote = value.indexOf('"'); quote >= 0; quote = value.indexOf('"', from)) {
                    out.append(value, from, quote + 1).append('"');
                    from = quote + 1;
                }
                out.append(value, from, value.length()).append('"');
            }
        }
        out.append('\n');
        rows++;
        return this;
    }

    public int rows() {
        return rows;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * Runs {@code copySql} (a {@code COPY … FROM STDIN (FORMAT csv)}) with these rows on the
     * transaction's connection; returns the rows copied.
     */
    public long copyIn(DataSource dataSource, String copySql) {
        if (rows == 0) {
            return 0;
        }
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql, new Reader() {
                private int position;

                @Override
                public int read(char[] buffer, int offset, int length) {
                    if (position >= out.length()) {
                        return -1;
                    }
                    int n = Math.min(length, out.length() - position);
                    if (n > 1 && Character.isHighSurrogate(out.charAt(position + n - 1))) {
                        n--; // the driver encodes each read on its own: never split a surrogate pair
                    }
                    out.getChars(position, position + n, buffer, offset);
                    position += n;
                    return n;
                }

                @Override
                public void close() {
                    // nothing to release
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed: " + copySql, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
