package cn.gov.amr.credit.platform.database;

import java.nio.file.Path;

/** Another live process owns the embedded database's data directory. */
public class DataDirectoryInUseException extends IllegalStateException {
    public DataDirectoryInUseException(Path directory) {
        super("The data directory " + directory.toAbsolutePath()
                + " is in use by another running platform instance. Stop it first, or set CREDIT_DATA_DIR"
                + " to another directory, or point several instances at one external PostgreSQL (CREDIT_DB_URL).");
    }
}
