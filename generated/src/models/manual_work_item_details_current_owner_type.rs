//! `ManualWorkItemDetailsCurrentOwnerType`, from `v2024/schemas/ManualWorkItemDetails.yaml`.
crate::string_enum! {
    #[doc = " DTO type of current work item owner's identity."] pub enum
    ManualWorkItemDetailsCurrentOwnerType { #[doc = " `GOVERNANCE_GROUP`"]
    GovernanceGroup = "GOVERNANCE_GROUP", #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
