//! `AccessRequestItemResponseDecision`, from `beta/schemas/AccessRequestItemResponse.yaml#/properties/decision`.

/// the final decision for the access request
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessRequestItemResponseDecision {
    /// `APPROVED`
    Approved,
    /// `REJECTED`
    Rejected,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessRequestItemResponseDecision {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessRequestItemResponseDecision::Approved => "APPROVED",
            AccessRequestItemResponseDecision::Rejected => "REJECTED",
            AccessRequestItemResponseDecision::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessRequestItemResponseDecision {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "APPROVED" => AccessRequestItemResponseDecision::Approved,
            "REJECTED" => AccessRequestItemResponseDecision::Rejected,
            other => AccessRequestItemResponseDecision::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessRequestItemResponseDecision);
