//! `V3ManualWorkItemDetailsCurrentOwnerType`, from `v3/schemas/ManualWorkItemDetails.yaml`.
crate::string_enum! {
    #[doc = " DTO type of current work item owner's identity."] pub enum
    V3ManualWorkItemDetailsCurrentOwnerType { #[doc = " `GOVERNANCE_GROUP`"]
    GovernanceGroup = "GOVERNANCE_GROUP", #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
