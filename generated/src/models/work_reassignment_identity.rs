//! `WorkReassignmentIdentity`, from `beta/schemas/work-reassignment/Identity.yaml`.

/// The definition of an Identity according to the Reassignment Configuration service
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WorkReassignmentIdentity {
    /// The ID of the object
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Human-readable display name of the object
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
}

impl WorkReassignmentIdentity {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        WorkReassignmentIdentity {
            id: None,
            name: None,
        }
    }
}
