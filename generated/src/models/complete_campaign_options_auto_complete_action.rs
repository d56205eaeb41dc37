//! `CompleteCampaignOptionsAutoCompleteAction`, from `beta/schemas/CompleteCampaignOptions.yaml`.
crate::string_enum! {
    #[doc =
    " Determines whether to auto-approve(APPROVE) or auto-revoke(REVOKE) upon campaign completion."]
    pub enum CompleteCampaignOptionsAutoCompleteAction { #[doc = " `APPROVE`"] Approve =
    "APPROVE", #[doc = " `REVOKE`"] Revoke = "REVOKE", }
}
