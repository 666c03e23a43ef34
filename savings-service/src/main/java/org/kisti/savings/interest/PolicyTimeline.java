package org.kisti.savings.interest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A product's interest policies by the day they take effect. Two versions of a product may share an
 * effectiveFrom (a same-day correction): the one given later wins, as the later version replaced the earlier.
 */
final class PolicyTimeline {

    private final TreeMap<LocalDate, InterestPolicy> byEffectiveFrom = new TreeMap<>();

    PolicyTimeline(List<InterestPolicy> policies) {
        for (InterestPolicy policy : policies) {
            byEffectiveFrom.put(policy.effectiveFrom(), policy);
        }
    }

    /** The policy in force on {@code day}, or null before the first one: then nothing accrues and no period ends. */
    InterestPolicy inForceOn(LocalDate day) {
        Map.Entry<LocalDate, InterestPolicy> entry = byEffectiveFrom.floorEntry(day);
        return entry == null ? null : entry.getValue();
    }
}
