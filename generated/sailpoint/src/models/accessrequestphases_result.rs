//! `AccessrequestphasesResult`, from `apis/access-requests/schemas/accessrequestphases.yaml#/properties/result`.

/// The state of this phase.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessrequestphasesResult {
    /// `SUCCESSFUL`
    Successful,
    /// `FAILED`
    Failed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessrequestphasesResult {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessrequestphasesResult::Successful => "SUCCESSFUL",
            AccessrequestphasesResult::Failed => "FAILED",
            AccessrequestphasesResult::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessrequestphasesResult {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUCCESSFUL" => AccessrequestphasesResult::Successful,
            "FAILED" => AccessrequestphasesResult::Failed,
            other => AccessrequestphasesResult::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessrequestphasesResult);
