//! `ReviewerType`, from `beta/schemas/Reviewer.yaml`.
crate::string_enum! {
    #[doc = " Reviewer's DTO type."] pub enum ReviewerType { #[doc = " `IDENTITY`"]
    Identity = "IDENTITY", #[doc = " `GOVERNANCE_GROUP`"] GovernanceGroup =
    "GOVERNANCE_GROUP", }
}
