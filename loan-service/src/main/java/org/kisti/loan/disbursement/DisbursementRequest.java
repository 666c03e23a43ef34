package org.kisti.loan.disbursement;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kisti.loan.schedule.LoanTerms;
import org.kisti.platform.input.ValidId;

@Schema(name = "DisbursementRequest", description = "A loan to pay out to a member, on the given terms")
public record DisbursementRequest(
        @Schema(example = "3f0c6c1e-8d4b-4a8e-9a53-2b7f1f0e9c11", maxLength = 64,
                pattern = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$")
        @NotNull @ValidId String memberId,
        @Schema(description = "The same terms a schedule preview takes; the disbursement date is not after today")
        @NotNull LoanTerms terms) {}
