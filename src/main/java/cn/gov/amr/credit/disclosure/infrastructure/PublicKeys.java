package cn.gov.amr.credit.disclosure.infrastructure;

import java.util.HexFormat;

import cn.gov.amr.credit.disclosure.model.OpaqueNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code disclosure.keys} table: the installation's key for opaque public names, made by its migration. */
@Repository
public class PublicKeys {

    private final JdbcClient jdbc;
    private volatile OpaqueNames names;

    PublicKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opaque names under the installation's key (read once: the key never changes). */
    public OpaqueNames names() {
        if (names == null) {
            String hex = jdbc.sql("select value from disclosure.keys where name = 'public-names'")
                    .query(String.class).single();
            names = new OpaqueNames(HexFormat.of().parseHex(hex));
        }
        return names;
    }
}
