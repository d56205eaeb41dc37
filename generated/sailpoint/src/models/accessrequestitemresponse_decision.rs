//! `AccessrequestitemresponseDecision`, from `apis/identity-history/schemas/accessrequestitemresponse.yaml#/properties/decision`.

/// the final decision for the access request
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessrequestitemresponseDecision {
    /// `APPROVED`
    Approved,
    /// `REJECTED`
    Rejected,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessrequestitemresponseDecision {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessrequestitemresponseDecision::Approved => "APPROVED",
            AccessrequestitemresponseDecision::Rejected => "REJECTED",
            AccessrequestitemresponseDecision::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessrequestitemresponseDecision {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "APPROVED" => AccessrequestitemresponseDecision::Approved,
            "REJECTED" => AccessrequestitemresponseDecision::Rejected,
            other => AccessrequestitemresponseDecision::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessrequestitemresponseDecision);
