package org.kisti.reporting.projection;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** One native statement with positional parameters, in the current session (one statement at a time). */
final class Statements {

    private Statements() {}

    static Uni<Void> execute(String sql, Object... parameters) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeMutationQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.executeUpdate();
        }).replaceWithVoid();
    }
}
