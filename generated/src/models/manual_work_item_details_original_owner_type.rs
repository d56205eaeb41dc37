//! `ManualWorkItemDetailsOriginalOwnerType`, from `v2024/schemas/ManualWorkItemDetails.yaml`.
crate::string_enum! {
    #[doc = " DTO type of original work item owner's identity."] pub enum
    ManualWorkItemDetailsOriginalOwnerType { #[doc = " `GOVERNANCE_GROUP`"]
    GovernanceGroup = "GOVERNANCE_GROUP", #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
