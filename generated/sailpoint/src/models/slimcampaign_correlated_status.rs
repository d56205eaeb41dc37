//! `SlimcampaignCorrelatedStatus`, from `apis/certification-campaigns/schemas/slimcampaign.yaml#/properties/correlatedStatus`.

/// The correlatedStatus of the campaign. Only SOURCE_OWNER campaigns can be Uncorrelated. An Uncorrelated certification campaign only includes Uncorrelated identities (An identity is uncorrelated if it has no accounts on an authoritative source).
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SlimcampaignCorrelatedStatus {
    /// `CORRELATED`
    Correlated,
    /// `UNCORRELATED`
    Uncorrelated,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SlimcampaignCorrelatedStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SlimcampaignCorrelatedStatus::Correlated => "CORRELATED",
            SlimcampaignCorrelatedStatus::Uncorrelated => "UNCORRELATED",
            SlimcampaignCorrelatedStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for SlimcampaignCorrelatedStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CORRELATED" => SlimcampaignCorrelatedStatus::Correlated,
            "UNCORRELATED" => SlimcampaignCorrelatedStatus::Uncorrelated,
            other => SlimcampaignCorrelatedStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SlimcampaignCorrelatedStatus);
