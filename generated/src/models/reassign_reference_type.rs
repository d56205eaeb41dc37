//! `ReassignReferenceType`, from `v3/schemas/ReassignReference.yaml`.
crate::string_enum! {
    #[doc = " The type of item or identity being reassigned."] pub enum
    ReassignReferenceType { #[doc = " `TARGET_SUMMARY`"] TargetSummary =
    "TARGET_SUMMARY", #[doc = " `ITEM`"] Item = "ITEM", #[doc = " `IDENTITY_SUMMARY`"]
    IdentitySummary = "IDENTITY_SUMMARY", }
}
