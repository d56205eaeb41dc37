//! `FullcampaignCorrelatedStatus`, from `beta/schemas/Campaign.yaml`.
crate::string_enum! {
    #[doc =
    " The correlatedStatus of the campaign. Only SOURCE_OWNER campaigns can be Uncorrelated. An Uncorrelated certification campaign only includes Uncorrelated identities (An identity is uncorrelated if it has no accounts on an authoritative source)."]
    pub enum FullcampaignCorrelatedStatus { #[doc = " `CORRELATED`"] Correlated =
    "CORRELATED", #[doc = " `UNCORRELATED`"] Uncorrelated = "UNCORRELATED", }
}
