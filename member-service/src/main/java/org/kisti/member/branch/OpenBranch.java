package org.kisti.member.branch;

import java.time.LocalDate;

public record OpenBranch(String orgId, String branchId, String code, String name, String district,
        String subDistrict, LocalDate openedOn) {}
