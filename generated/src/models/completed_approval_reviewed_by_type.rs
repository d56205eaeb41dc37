//! `CompletedApprovalReviewedByType`, from `beta/schemas/CompletedApproval.yaml`.
crate::string_enum! {
    #[doc = " DTO type of identity who reviewed the access item request."] pub enum
    CompletedApprovalReviewedByType { #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
