//! `ApprovalStatusDtoOriginalOwnerType`, from `v2024/schemas/ApprovalStatusDto.yaml`.
crate::string_enum! {
    #[doc = " DTO type of original approval owner's identity."] pub enum
    ApprovalStatusDtoOriginalOwnerType { #[doc = " `GOVERNANCE_GROUP`"] GovernanceGroup =
    "GOVERNANCE_GROUP", #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
