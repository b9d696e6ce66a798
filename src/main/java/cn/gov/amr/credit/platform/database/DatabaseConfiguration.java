package cn.gov.amr.credit.platform.database;

import java.io.IOException;
import java.net.URI;


import cn.gov.amr.credit.platform.PlatformSettings;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one DataSource: the external PostgreSQL when {@code CREDIT_DB_URL} is set, otherwise the
 * embedded one under {@code $CREDIT_DATA_DIR/pg}. Logs which one is in use (never the password).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseHolder embeddedDatabase(PlatformSettings settings) throws IOException {
        if (!settings.usesEmbeddedDatabase()) {
            return new EmbeddedDatabaseHolder(null);
        }
        var directory = settings.dataDir().resolve("pg").toAbsolutePath().normalize();
        var database = EmbeddedDatabase.start(directory, settings.embedded().durable(), settings.embedded().sharedBuffers());
        log.info("Database: embedded PostgreSQL 17, data directory {}, port {}, durable={}",
                directory, database.port(), settings.embedded().durable());
        return new EmbeddedDatabaseHolder(database);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(PlatformSettings settings, ObjectProvider<EmbeddedDatabaseHolder> embedded) {
        var config = new HikariConfig();
        config.setPoolName("credit");
        if (settings.usesEmbeddedDatabase()) {
            config.setJdbcUrl(embedded.getObject().database().jdbcUrl());
            config.setUsername("postgres");
            config.setMaximumPoolSize(settings.embedded().poolSize());
        } else {
            var external = settings.db();
            config.setJdbcUrl(external.url());
            config.setUsername(external.user());
            config.setPassword(external.password());
            config.setMaximumPoolSize(external.poolSize());
            log.info("Database: external PostgreSQL at {} as user {}", hostOf(external.url()), external.user());
        }
        return new HikariDataSource(config);
    }

    static String hostOf(String jdbcUrl) {
        try {
            var uri = URI.create(jdbcUrl.substring("jdbc:".length()));
            return uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + uri.getPath();
        } catch (RuntimeException e) {
            return "(unparsable URL)";
        }
    }

    /** Keeps the embedded server (or nothing) as a bean so that it closes after the pool. */
    record EmbeddedDatabaseHolder(EmbeddedDatabase database) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (database != null) {
                database.close();
            }
        }
    }

    /** Makes the DataSource depend on the embedded server, so the server stops last. */
    @Bean
    static org.springframework.beans.factory.config.BeanFactoryPostProcessor dataSourceDependsOnEmbedded() {
        return factory -> {
            var definition = factory.getBeanDefinition("dataSource");
            definition.setDependsOn("embeddedDatabase");
        };
    }

}
