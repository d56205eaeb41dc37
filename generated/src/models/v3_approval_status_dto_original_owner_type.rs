//! `V3ApprovalStatusDtoOriginalOwnerType`, from `v3/schemas/ApprovalStatusDto.yaml`.
crate::string_enum! {
    #[doc = " DTO type of original approval owner's identity."] pub enum
    V3ApprovalStatusDtoOriginalOwnerType { #[doc = " `GOVERNANCE_GROUP`"] GovernanceGroup
    = "GOVERNANCE_GROUP", #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
