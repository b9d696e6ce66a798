package cn.gov.amr.credit.registry.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.sql.DataSource;

import cn.gov.amr.credit.platform.CopyCsv;
import cn.gov.amr.credit.registry.MarketEntity;
import cn.gov.amr.credit.registry.model.SearchText;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * Loads many entities at once with PostgreSQL's COPY, in the caller's transaction (so a load that is
 * interrupted leaves nothing behind). Each entity gets a CREATED history entry without field details.
 */
@Repository
public class EntityBulkLoader {

    private static final int CHUNK = 5_000;
    private final DataSource dataSource;
    private final Entities entities;

    EntityBulkLoader(DataSource dataSource, Entities entities) {
        this.dataSource = dataSource;
        this.entities = entities;
    }

    /** Copies every entity in; returns how many. Must run in a transaction. */
    public int load(Iterator<MarketEntity> source) {
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            int count = 0;
            var chunk = new ArrayList<MarketEntity>(CHUNK);
            var gramCounts = new java.util.HashMap<String, Integer>();
            while (source.hasNext()) {
                var entity = source.next();
                chunk.add(entity);
                Entities.gramDeltas(null, entity).forEach((b, d) -> gramCounts.merge(b, d, Integer::sum));
                if (chunk.size() == CHUNK || !source.hasNext()) {
                    copy.copyIn("copy registry.entities (code, registration_number, organisation_code, name, former_names,"
                                    + " kind, legal_rep_name, legal_rep_id_type, legal_rep_id_number, registered_capital,"
                                    + " established_on, authority, status, address, town, region_code, industry_code,"
                                    + " business_scope, jurisdiction, review_flag, review_reason, version, created_at,"
                                    + " created_by, updated_at, updated_by, search_names, name_bigrams) from stdin (format csv)",
                            new java.io.ByteArrayInputStream(entityRows(chunk).getBytes(StandardCharsets.UTF_8)));
                    copy.copyIn("copy registry.entity_changes (entity_code, version, changed_at, changed_by, change_kind,"
                                    + " changes) from stdin (format csv)",
                            new java.io.ByteArrayInputStream(changeRows(chunk).getBytes(StandardCharsets.UTF_8)));
                    count += chunk.size();
                    chunk.clear();
                }
            }
            entities.adjustGramCounts(gramCounts);
            return count;
        } catch (SQLException e) {
            throw new IllegalStateException("Bulk load of entities failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static String entityRows(List<MarketEntity> entities) {
        var out = new CopyCsv(entities.size());
        for (var e : entities) {
            var rep = e.legalRepresentative();
            var names = new ArrayList<String>();
            names.add(e.name());
            names.addAll(e.formerNames());
            out.row(e.code(), e.registrationNumber(), e.organisationCode(), e.name(),
                    Entities.arrayLiteral(e.formerNames()), e.kind().name(), rep == null ? null : rep.name(),
                    rep == null || rep.idType() == null ? null : rep.idType().name(), rep == null ? null : rep.idNumber(),
                    e.registeredCapital() == null ? null : e.registeredCapital().toPlainString(),
                    e.establishedOn() == null ? null : e.establishedOn().toString(), e.authority(), e.status().name(),
                    e.address(), e.town(), e.regionCode(), e.industryCode(), e.businessScope(), e.jurisdiction(),
                    Boolean.toString(e.reviewFlag()), e.reviewReason(), Integer.toString(e.version()),
                    e.createdAt().toString(), e.createdBy(), e.updatedAt().toString(), e.updatedBy(),
                    SearchText.searchable(names), Entities.arrayLiteral(SearchText.bigramsOfNames(names)));
        }
        return out.toString();
    }

    private static String changeRows(List<MarketEntity> entities) {
        var out = new CopyCsv(entities.size());
        for (var e : entities) {
            out.row(e.code(), Integer.toString(e.version()), e.createdAt().toString(), e.createdBy(), "CREATED", "[]");
        }
        return out.toString();
    }
}
