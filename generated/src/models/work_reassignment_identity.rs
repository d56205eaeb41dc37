//! `WorkReassignmentIdentity`, from `beta/schemas/work-reassignment/Identity.yaml`.

/// The definition of an Identity according to the Reassignment Configuration service
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
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
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkReassignmentIdentity {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        WorkReassignmentIdentity {
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
