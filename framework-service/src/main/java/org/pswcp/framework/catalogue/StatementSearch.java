package org.pswcp.framework.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.pswcp.framework.content.VersionContent;
import org.pswcp.framework.content.VersionContent.StatementEntry;

/**
 * PostgreSQL full-text search over statement text. The index holds one row per statement of a version and is rebuilt
 * whenever a draft's content changes; published versions' rows never change again.
 */
@ApplicationScoped
public class StatementSearch {

    /** A match: the statement's code and how well it matched. */
    public record Hit(String code, double rank, boolean exactPhrase) {
    }

    private final EntityManager em;

    StatementSearch(EntityManager em) {
        this.em = em;
    }

    /** Replaces the version's rows with its current statements; part of the caller's transaction. */
    void rebuild(UUID versionId, VersionContent content) {
        em.createNativeQuery("delete from statement_search where version_id = :version")
                .setParameter("version", versionId).executeUpdate();
        int position = 0;
        for (StatementEntry entry : content.statements()) {
            em.createNativeQuery("""
                    insert into statement_search (version_id, code, kind, text, area_code, domain_code, position)
                    values (:version, :code, :kind, :text, :area, :domain, :position)""")
                    .setParameter("version", versionId)
                    .setParameter("code", entry.statement().code())
                    .setParameter("kind", entry.statement().kind().name())
                    .setParameter("text", entry.statement().text())
                    .setParameter("area", entry.area().code())
                    .setParameter("domain", entry.domain().code())
                    .setParameter("position", ++position)
                    .executeUpdate();
        }
    }

    /**
     * Statements matching the words of {@code query} (web-search syntax: quoted phrases, {@code or}, {@code -word}),
     * best first: statements containing the query as an exact phrase, then by full-text rank, then in document order.
     */
    List<Hit> search(UUID versionId, String query, String domain, String area) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select code, ts_rank_cd(document, query, 32) as rank,
                       position(lower(:phrase) in lower(text)) > 0 as exact
                from statement_search, websearch_to_tsquery('english', :query) query
                where version_id = :version and document @@ query
                  and (cast(:domain as text) is null or domain_code = :domain)
                  and (cast(:area as text) is null or area_code = :area)
                order by exact desc, rank desc, position""")
                .setParameter("version", versionId)
                .setParameter("query", query)
                .setParameter("phrase", query.replace("\"", "").trim())
                .setParameter("domain", domain)
                .setParameter("area", area)
                .getResultList();
        List<Hit> hits = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            hits.add(new Hit((String) row[0], ((Number) row[1]).doubleValue(), (Boolean) row[2]));
        }
        return hits;
    }
}
