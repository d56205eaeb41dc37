//! `PreapprovaltriggerdetailsDecision`, from `apis/access-requests/schemas/preapprovaltriggerdetails.yaml#/properties/decision`.

/// The decision of the pre-approval trigger
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PreapprovaltriggerdetailsDecision {
    /// `APPROVED`
    Approved,
    /// `REJECTED`
    Rejected,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl PreapprovaltriggerdetailsDecision {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            PreapprovaltriggerdetailsDecision::Approved => "APPROVED",
            PreapprovaltriggerdetailsDecision::Rejected => "REJECTED",
            PreapprovaltriggerdetailsDecision::Unknown(value) => value,
        }
    }
}

impl From<&str> for PreapprovaltriggerdetailsDecision {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "APPROVED" => PreapprovaltriggerdetailsDecision::Approved,
            "REJECTED" => PreapprovaltriggerdetailsDecision::Rejected,
            other => PreapprovaltriggerdetailsDecision::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(PreapprovaltriggerdetailsDecision);
