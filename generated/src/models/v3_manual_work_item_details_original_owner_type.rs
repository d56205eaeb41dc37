//! `V3ManualWorkItemDetailsOriginalOwnerType`, from `v3/schemas/ManualWorkItemDetails.yaml`.
crate::string_enum! {
    #[doc = " DTO type of original work item owner's identity."] pub enum
    V3ManualWorkItemDetailsOriginalOwnerType { #[doc = " `GOVERNANCE_GROUP`"]
    GovernanceGroup = "GOVERNANCE_GROUP", #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
