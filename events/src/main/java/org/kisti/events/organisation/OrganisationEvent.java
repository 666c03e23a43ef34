package org.kisti.events.organisation;

import org.kisti.events.KistiEvent;

/**
 * Facts about how an organisation arranges its members: branches, groups and their cohesion groups, and the
 * eligibility policy it enrols by. Owned by member-service and published on {@code kisti.members.v1}, keyed by the
 * branch, group or policy the fact is about, so that every consumer sees a group's facts in order.
 */
public sealed interface OrganisationEvent extends KistiEvent
        permits BranchOpened, BranchClosed, GroupFormed, GroupMeetingChanged, GroupOfficerAssigned, GroupClosed,
        CohesionGroupFormed, EligibilityPolicySet, HolidayDeclared, FederationLevelsNamed, FederationUnitFormed,
        FederationUnitAffiliated, GroupAffiliated, WeeklyDaysOffSet {}
