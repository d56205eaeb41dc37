//! `AccessRequestPhasesResult`, from `v2024/schemas/AccessRequestPhases.yaml#/properties/result`.

/// The state of this phase.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessRequestPhasesResult {
    /// `SUCCESSFUL`
    Successful,
    /// `FAILED`
    Failed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessRequestPhasesResult {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessRequestPhasesResult::Successful => "SUCCESSFUL",
            AccessRequestPhasesResult::Failed => "FAILED",
            AccessRequestPhasesResult::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessRequestPhasesResult {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUCCESSFUL" => AccessRequestPhasesResult::Successful,
            "FAILED" => AccessRequestPhasesResult::Failed,
            other => AccessRequestPhasesResult::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessRequestPhasesResult);
