//! `IdentitySummary`, from `v3/schemas/IdentitySummary.yaml`.

/// `IdentitySummary` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IdentitySummary {
    /// ID of this identity summary
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Human-readable display name of identity
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// ID of the identity that this summary represents
    #[serde(
        rename = "identityId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub identity_id: Option<String>,
    /// Indicates if all access items for this summary have been decided on
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub completed: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentitySummary {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentitySummary {
            id: None,
            name: None,
            identity_id: None,
            completed: None,
            additional_properties: Default::default(),
        }
    }
}
