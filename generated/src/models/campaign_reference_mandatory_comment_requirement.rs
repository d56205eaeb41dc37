//! `CampaignReferenceMandatoryCommentRequirement`, from `v3/schemas/CampaignReference.yaml`.
crate::string_enum! {
    #[doc =
    " Determines whether comments are required for decisions during certification reviews. You can require comments for all decisions, revoke-only decisions, or no decisions. By default, comments are not required for decisions."]
    pub enum CampaignReferenceMandatoryCommentRequirement { #[doc = " `ALL_DECISIONS`"]
    AllDecisions = "ALL_DECISIONS", #[doc = " `REVOKE_ONLY_DECISIONS`"]
    RevokeOnlyDecisions = "REVOKE_ONLY_DECISIONS", #[doc = " `NO_DECISIONS`"] NoDecisions
    = "NO_DECISIONS", }
}
