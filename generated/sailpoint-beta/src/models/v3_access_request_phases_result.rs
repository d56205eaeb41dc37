//! `V3AccessRequestPhasesResult`, from `v3/schemas/AccessRequestPhases.yaml#/properties/result`.

/// The state of this phase.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V3AccessRequestPhasesResult {
    /// `SUCCESSFUL`
    Successful,
    /// `FAILED`
    Failed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl V3AccessRequestPhasesResult {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            V3AccessRequestPhasesResult::Successful => "SUCCESSFUL",
            V3AccessRequestPhasesResult::Failed => "FAILED",
            V3AccessRequestPhasesResult::Unknown(value) => value,
        }
    }
}

impl From<&str> for V3AccessRequestPhasesResult {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SUCCESSFUL" => V3AccessRequestPhasesResult::Successful,
            "FAILED" => V3AccessRequestPhasesResult::Failed,
            other => V3AccessRequestPhasesResult::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(V3AccessRequestPhasesResult);
