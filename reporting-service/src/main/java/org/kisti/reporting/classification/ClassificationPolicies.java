package org.kisti.reporting.classification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.reactive.mutiny.Mutiny;
import org.kisti.events.EventJson;
import org.kisti.reporting.classification.ClassificationPolicy.LoanClassRule;

/**
 * The organisations' classification policies, dated: the one in force on a day is the latest effective on or before
 * it (of those, the last recorded); before any, {@link ClassificationPolicy#DEFAULT}. Kept append-only.
 */
@ApplicationScoped
public class ClassificationPolicies {

    private static final TypeReference<List<LoanClassRule>> CLASSES = new TypeReference<>() {};
    private final ObjectMapper json = EventJson.newMapper();

    public Uni<Void> record(String orgId, ClassificationPolicy policy, String recordedBy, Instant at) {
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session.createNativeMutationQuery(
                        "insert into classification_policy (org_id, effective_from, recorded_at, recorded_by, classes)"
                                + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, orgId).setParameter(2, policy.effectiveFrom())
                .setParameter(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).setParameter(4, recordedBy)
                .setParameter(5, write(policy.classes())).executeUpdate())).replaceWithVoid();
    }

    /** The default, then every policy the organisation set, by the day it applies from (superseded ones left out). */
    public Uni<List<ClassificationPolicy>> all(String orgId) {
        return Panache.withSession(() -> Panache.getSession().chain(session -> session.createNativeQuery("""
                        select distinct on (effective_from) effective_from, classes from classification_policy
                        where org_id = ?1 order by effective_from, recorded_at desc""", Object[].class)
                .setParameter(1, orgId).getResultList()))
                .map(rows -> {
                    List<ClassificationPolicy> set = rows.stream().map(this::policy).toList();
                    boolean replacesDefault = !set.isEmpty()
                            && set.get(0).effectiveFrom().equals(ClassificationPolicy.DEFAULT.effectiveFrom());
                    return replacesDefault ? set : Stream.concat(Stream.of(ClassificationPolicy.DEFAULT), set.stream())
                            .toList();
                });
    }

    /** The policy in force on the day, in the caller's session (a report reads it in its own snapshot). */
    public Uni<ClassificationPolicy> inForce(Mutiny.Session session, String orgId, LocalDate day) {
        return session.createNativeQuery("""
                        select effective_from, classes from classification_policy
                        where org_id = ?1 and effective_from <= ?2
                        order by effective_from desc, recorded_at desc limit 1""", Object[].class)
                .setParameter(1, orgId).setParameter(2, day).getResultList()
                .map(rows -> rows.isEmpty() ? ClassificationPolicy.DEFAULT : policy(rows.get(0)));
    }

    private ClassificationPolicy policy(Object[] row) {
        try {
            return new ClassificationPolicy((LocalDate) row[0], json.readValue((String) row[1], CLASSES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored policy this build cannot read", e);
        }
    }

    private String write(List<LoanClassRule> classes) {
        try {
            return json.writeValueAsString(classes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
