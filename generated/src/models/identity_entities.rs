//! `IdentityEntities`, from `beta/schemas/IdentityEntities.yaml`.

use crate::models::IdentityEntitiesIdentityEntity;

/// `IdentityEntities` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IdentityEntities {
    #[serde(rename = "identityEntity", default, skip_serializing_if = "Option::is_none")]
    pub identity_entity: Option<IdentityEntitiesIdentityEntity>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityEntities {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentityEntities {
            identity_entity: None,
            additional_properties: Default::default(),
        }
    }
}
