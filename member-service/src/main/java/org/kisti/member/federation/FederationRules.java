package org.kisti.member.federation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.kisti.events.organisation.FederationLevelsNamed;
import org.kisti.events.organisation.FederationUnitAffiliated;
import org.kisti.events.organisation.FederationUnitFormed;
import org.kisti.member.federation.FederationCommands.AffiliateUnit;
import org.kisti.member.federation.FederationCommands.FormUnit;
import org.kisti.member.federation.FederationCommands.NameLevels;
import org.kisti.platform.problem.BusinessRuleViolation;

/** The federation tree's rules: levels named once per date, units of a named level, each under the next level up. */
public final class FederationRules {

    private FederationRules() {}

    static FederationLevelsNamed name(LocalDate latestEffectiveFrom, NameLevels command) {
        if (latestEffectiveFrom != null && command.effectiveFrom().isBefore(latestEffectiveFrom)) {
            throw new BusinessRuleViolation("effectiveFrom", "must not be before the latest levels', "
                    + latestEffectiveFrom);
        }
        if (new HashSet<>(command.levels()).size() != command.levels().size()) {
            throw new BusinessRuleViolation("levels", "must name each level once");
        }
        return new FederationLevelsNamed(command.orgId(), command.federationId(), command.levels(),
                command.effectiveFrom());
    }

    static FederationUnitFormed form(FormUnit command) {
        if (!command.levels().contains(command.level())) {
            throw new BusinessRuleViolation("level", "must be one of the organisation's levels on " + command.formedOn()
                    + ": " + command.levels());
        }
        return new FederationUnitFormed(command.orgId(), command.unitId(), command.level(), command.name(),
                command.formedOn());
    }

    static FederationUnitAffiliated affiliate(String level, LocalDate formedOn, AffiliateUnit command) {
        List<String> levels = command.levels();
        int own = levels.indexOf(level);
        if (own < 0 || own + 1 >= levels.size() || !levels.get(own + 1).equals(command.parentLevel())) {
            throw new BusinessRuleViolation("parentUnitId", "must be a unit of the level above " + level + " in "
                    + levels + ", not " + command.parentLevel());
        }
        LocalDate earliest = formedOn.isAfter(command.parentFormedOn()) ? formedOn : command.parentFormedOn();
        if (command.affiliatedOn().isBefore(earliest)) {
            throw new BusinessRuleViolation("affiliatedOn", "must not be before both units were formed, " + earliest);
        }
        return new FederationUnitAffiliated(command.orgId(), command.unitId(), command.parentUnitId(),
                command.affiliatedOn());
    }
}
