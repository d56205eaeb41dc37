//! `CampaignReferenceCorrelatedStatus`, from `v3/schemas/CampaignReference.yaml#/properties/correlatedStatus`.

/// The correlatedStatus of the campaign. Only SOURCE_OWNER campaigns can be Uncorrelated. An Uncorrelated certification campaign only includes Uncorrelated identities (An identity is uncorrelated if it has no accounts on an authoritative source).
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CampaignReferenceCorrelatedStatus {
    /// `CORRELATED`
    Correlated,
    /// `UNCORRELATED`
    Uncorrelated,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CampaignReferenceCorrelatedStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CampaignReferenceCorrelatedStatus::Correlated => "CORRELATED",
            CampaignReferenceCorrelatedStatus::Uncorrelated => "UNCORRELATED",
            CampaignReferenceCorrelatedStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for CampaignReferenceCorrelatedStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CORRELATED" => CampaignReferenceCorrelatedStatus::Correlated,
            "UNCORRELATED" => CampaignReferenceCorrelatedStatus::Uncorrelated,
            other => CampaignReferenceCorrelatedStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CampaignReferenceCorrelatedStatus);
