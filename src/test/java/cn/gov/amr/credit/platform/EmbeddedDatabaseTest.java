package cn.gov.amr.credit.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

import cn.gov.amr.credit.platform.database.DataDirectoryInUseException;
import cn.gov.amr.credit.platform.database.EmbeddedDatabase;
import org.junit.jupiter.api.Test;

/** The embedded PostgreSQL keeps its data across restarts and refuses a second owner. */
class EmbeddedDatabaseTest {

    @Test
    void dataSurvivesAStopAndStart() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "embedded-restart-");
        try (var db = EmbeddedDatabase.start(dir, true);
             var connection = DriverManager.getConnection(db.jdbcUrl())) {
            connection.createStatement().execute("create table kept (v text); insert into kept values ('still here')");
        }
        try (var db = EmbeddedDatabase.start(dir, true);
             var connection = DriverManager.getConnection(db.jdbcUrl());
             var rs = connection.createStatement().executeQuery("select v, current_setting('fsync') from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
            assertThat(rs.getString(2)).isEqualTo("on");
        }
    }

    @Test
    void aSecondStartOnADirectoryInUseFailsFastWithAClearMessage() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "embedded-in-use-");
        try (var db = EmbeddedDatabase.start(dir, false)) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(dir, false))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining("in use by another running platform instance");
            try (var connection = DriverManager.getConnection(db.jdbcUrl())) {
                assertThat(connection.isValid(2)).as("the owner's server keeps running").isTrue();
            }
        }
    }

    @Test
    void aDirectoryLeftByAnInterruptedInitdbIsStartedAfresh() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "embedded-partial-");
        Files.writeString(dir.resolve("half-written"), "initdb was killed here");
        try (var db = EmbeddedDatabase.start(dir, false);
             var connection = DriverManager.getConnection(db.jdbcUrl())) {
            assertThat(connection.isValid(2)).isTrue();
        }
    }
}
