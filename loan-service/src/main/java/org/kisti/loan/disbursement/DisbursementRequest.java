package org.kisti.loan.disbursement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kisti.loan.schedule.LoanTerms;

@Schema(name = "DisbursementRequest", description = "A loan to pay out to a member, on the given terms")
public record DisbursementRequest(
        @Schema(example = "3f0c6c1e-8d4b-4a8e-9a53-2b7f1f0e9c11") @NotBlank @Size(max = 100) String memberId,
        @Schema(description = "The same terms a schedule preview takes") @NotNull LoanTerms terms) {}
