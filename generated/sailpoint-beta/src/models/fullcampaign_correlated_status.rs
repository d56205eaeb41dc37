//! `FullcampaignCorrelatedStatus`, from `beta/schemas/Campaign.yaml#/allOf/1/properties/correlatedStatus`.

/// The correlatedStatus of the campaign. Only SOURCE_OWNER campaigns can be Uncorrelated. An Uncorrelated certification campaign only includes Uncorrelated identities (An identity is uncorrelated if it has no accounts on an authoritative source).
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FullcampaignCorrelatedStatus {
    /// `CORRELATED`
    Correlated,
    /// `UNCORRELATED`
    Uncorrelated,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl FullcampaignCorrelatedStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FullcampaignCorrelatedStatus::Correlated => "CORRELATED",
            FullcampaignCorrelatedStatus::Uncorrelated => "UNCORRELATED",
            FullcampaignCorrelatedStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for FullcampaignCorrelatedStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CORRELATED" => FullcampaignCorrelatedStatus::Correlated,
            "UNCORRELATED" => FullcampaignCorrelatedStatus::Uncorrelated,
            other => FullcampaignCorrelatedStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(FullcampaignCorrelatedStatus);
