//! `AccessProfileSourceRef`, from `v3/schemas/access/AccessProfileSourceRef.yaml`.

use crate::models::AccessProfileSourceRefType;

/// `AccessProfileSourceRef` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessProfileSourceRef {
    /// ID of the source the access profile is associated with.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Source's DTO type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AccessProfileSourceRefType>,
    /// Source name.
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

impl AccessProfileSourceRef {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessProfileSourceRef {
            id: None,
            r#type: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
