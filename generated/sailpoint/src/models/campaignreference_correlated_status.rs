//! `CampaignreferenceCorrelatedStatus`, from `apis/shared/schemas/campaignreference.yaml#/properties/correlatedStatus`.

/// The correlatedStatus of the campaign. Only SOURCE_OWNER campaigns can be Uncorrelated. An Uncorrelated certification campaign only includes Uncorrelated identities (An identity is uncorrelated if it has no accounts on an authoritative source).
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CampaignreferenceCorrelatedStatus {
    /// `CORRELATED`
    Correlated,
    /// `UNCORRELATED`
    Uncorrelated,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CampaignreferenceCorrelatedStatus {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CampaignreferenceCorrelatedStatus::Correlated => "CORRELATED",
            CampaignreferenceCorrelatedStatus::Uncorrelated => "UNCORRELATED",
            CampaignreferenceCorrelatedStatus::Unknown(value) => value,
        }
    }
}

impl From<&str> for CampaignreferenceCorrelatedStatus {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CORRELATED" => CampaignreferenceCorrelatedStatus::Correlated,
            "UNCORRELATED" => CampaignreferenceCorrelatedStatus::Uncorrelated,
            other => CampaignreferenceCorrelatedStatus::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CampaignreferenceCorrelatedStatus);
