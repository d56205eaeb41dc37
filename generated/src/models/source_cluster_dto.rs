//! `SourceClusterDto`, from `v3/schemas/SourceClusterDto.yaml`.

use crate::models::SourceClusterDtoType;

/// Source cluster.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SourceClusterDto {
    /// Source cluster DTO type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<SourceClusterDtoType>,
    /// Source cluster ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Source cluster display name.
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

impl SourceClusterDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SourceClusterDto {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
