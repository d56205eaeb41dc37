//! `SlimCampaignCorrelatedStatus`, from `beta/schemas/SlimCampaign.yaml#/properties/correlatedStatus`.

/// The correlatedStatus of the campaign. Only SOURCE_OWNER campaigns can be Uncorrelated.
/// An Uncorrelated certification campaign only includes Uncorrelated identities (An identity is uncorrelated if it has no accounts on an authoritative source).
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SlimCampaignCorrelatedStatus {
    /// `CORRELATED`
    Correlated,
    /// `UNCORRELATED`
    Uncorrelated,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SlimCampaignCorrelatedStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SlimCampaignCorrelatedStatus::Correlated => "CORRELATED",
            SlimCampaignCorrelatedStatus::Uncorrelated => "UNCORRELATED",
            SlimCampaignCorrelatedStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for SlimCampaignCorrelatedStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CORRELATED" => SlimCampaignCorrelatedStatus::Correlated,
            "UNCORRELATED" => SlimCampaignCorrelatedStatus::Uncorrelated,
            other => SlimCampaignCorrelatedStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SlimCampaignCorrelatedStatus);
