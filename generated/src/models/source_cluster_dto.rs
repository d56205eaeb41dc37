//! `SourceClusterDto`, from `v3/schemas/SourceClusterDto.yaml`.

use crate::models::SourceClusterDtoType;

/// Source cluster.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
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
}

impl SourceClusterDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SourceClusterDto {
            r#type: None,
            id: None,
            name: None,
        }
    }
}
