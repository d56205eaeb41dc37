//! `EntityCreatedByDto`, from `beta/schemas/iai/EntityCreatedByDTO.yaml`.

/// `EntityCreatedByDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EntityCreatedByDto {
    /// ID of the creator
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The display name of the creator
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub display_name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl EntityCreatedByDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        EntityCreatedByDto {
            id: None,
            display_name: None,
            additional_properties: Default::default(),
        }
    }
}
