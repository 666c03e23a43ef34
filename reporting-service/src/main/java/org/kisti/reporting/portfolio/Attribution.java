package org.kisti.reporting.portfolio;

/**
 * The key each member, savings account and loan falls under for one roll-up, as SQL: common table expressions
 * {@code member_key}, {@code account_key} and {@code loan_key}, each {@code (id, key)} ({@code loan_key} with the
 * whole {@code loan} row and its borrower's enrolment day, null if the projection does not know her, so the loan
 * figures need not read either again), that every figure's query
 * joins, so all figures attribute alike and the rows sum to the totals. Attribution is as of {@code :asOf}: the
 * member's group on that day ({@code member_group}), the group's officer then, its federation unit then and that
 * unit's parents then. {@code loan_key} also holds the report's scope: a funder's token sees only loans of its funds.
 */
final class Attribution {

    /** Where a fact has no key under the roll-up (a group with no unit at the level, a loan without a fund). */
    static final String UNASSIGNED = "unassigned";

    /** Loans in scope: the whole organisation, or those financed by the token's funders. */
    private static final String SCOPED = "(:wholeOrganisation or l.funder_id in (:funders))";

    private Attribution() {}

    /** The {@code with} clause every figure's query starts with; a query goes on with {@code ,} or {@code select}. */
    static String ctes(GroupBy groupBy) {
        if (groupBy.byMember()) {
            return "with recursive " + groupKey(groupBy) + """
                    , member_key as (
                        select m.member_id, m.enrolled_on, coalesce(gk.key, 'unassigned') as key
                        from member m
                        -- Her group on the date: the one row of hers holding that day.
                        left join member_group mg on mg.member_id = m.member_id and mg.valid_from <= :asOf
                                                     and (mg.valid_until is null or mg.valid_until > :asOf)
                        left join group_key gk on gk.group_id = coalesce(mg.group_id, m.group_id)
                        where m.org_id = :orgId)
                    , account_key as (
                        select a.account_id, coalesce(mk.key, gk.key, 'unassigned') as key
                        from savings_account a
                        left join member_key mk on mk.member_id = a.member_id
                        left join group_key gk on gk.group_id = a.group_id
                        where a.org_id = :orgId)
                    , loan_key as (
                        select l.*, coalesce(mk.key, 'unassigned') as key, mk.enrolled_on as borrower_enrolled_on
                        from loan l left join member_key mk on mk.member_id = l.member_id
                        where l.org_id = :orgId and """ + SCOPED + ")\n";
        }
        return """
                with member_key as (select m.member_id, '' as key from member m where m.org_id = :orgId)
                , account_key as (select a.account_id, '' as key from savings_account a where a.org_id = :orgId)
                , loan_key as (
                    select l.*, """ + loanKey(groupBy) + """
                 as key, m.enrolled_on as borrower_enrolled_on
                    from loan l left join member m on m.member_id = l.member_id and m.org_id = :orgId
                    where l.org_id = :orgId and """ + SCOPED + ")\n";
    }

    /** The key of facts that reach no row of the member-keyed CTEs (a movement of an account never opened here). */
    static String fallback(GroupBy groupBy) {
        return groupBy.byMember() ? "'" + UNASSIGNED + "'" : "''";
    }

    /** Labels of the keys, {@code (key, label)}, or null where the key is its own label. */
    static String labels(GroupBy groupBy) {
        switch (groupBy.kind()) {
            case BRANCH:
                return "select branch_id, name from branch where org_id = :orgId";
            case GROUP:
                return "select group_id, name from org_group where org_id = :orgId";
            case FUND:
                return "select fund_id, name from fund where org_id = :orgId";
            case FEDERATION:
                return "select unit_id, name from federation_unit where org_id = :orgId and level = :level";
            default:
                return null;
        }
    }

    private static String loanKey(GroupBy groupBy) {
        switch (groupBy.kind()) {
            case PRODUCT:
                return "coalesce(l.product_id, 'unassigned')";
            case FUND:
                return "coalesce(l.fund_id, 'unassigned')";
            case PURPOSE:
                return "coalesce(l.purpose, 'unassigned')";
            default:
                return "''";
        }
    }

    /** Each group of the organisation and its key on {@code :asOf}; a group with none is left out (unassigned). */
    private static String groupKey(GroupBy groupBy) {
        switch (groupBy.kind()) {
            case BRANCH:
                return "group_key as (select g.group_id, g.branch_id as key from org_group g where g.org_id = :orgId)";
            case GROUP:
                return "group_key as (select g.group_id, g.group_id as key from org_group g where g.org_id = :orgId)";
            case OFFICER:
                return """
                        group_key as (
                            select g.group_id, (select o.officer_id from group_officer o
                                                where o.group_id = g.group_id and o.valid_from <= :asOf
                                                order by o.valid_from desc limit 1) as key
                            from org_group g where g.org_id = :orgId)""";
            case FEDERATION:
                // Up from the group's unit on the date through each unit's parent on the date, to the unit of the
                // level asked for. Bounded depth: a cycle in the data cannot make the report loop.
                return """
                        unit_chain (group_id, unit_id, depth) as (
                            select g.group_id, (select a.unit_id from group_affiliation a
                                                where a.group_id = g.group_id and a.valid_from <= :asOf
                                                order by a.valid_from desc limit 1), 0
                            from org_group g where g.org_id = :orgId
                            union all
                            select c.group_id, (select p.parent_unit_id from unit_affiliation p
                                                where p.unit_id = c.unit_id and p.valid_from <= :asOf
                                                order by p.valid_from desc limit 1), c.depth + 1
                            from unit_chain c where c.unit_id is not null and c.depth < 16)
                        , group_key as (
                            select c.group_id, min(u.unit_id) as key
                            from unit_chain c join federation_unit u on u.unit_id = c.unit_id and u.level = :level
                            group by c.group_id)""";
            default:
                throw new IllegalArgumentException("not a member roll-up: " + groupBy);
        }
    }
}
