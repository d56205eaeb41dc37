//! `IdentityEntities`, from `beta/schemas/IdentityEntities.yaml`.

use crate::models::IdentityEntitiesIdentityEntity;

/// `IdentityEntities` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IdentityEntities {
    #[serde(rename = "identityEntity", default, skip_serializing_if = "Option::is_none")]
    pub identity_entity: Option<IdentityEntitiesIdentityEntity>,
}

impl IdentityEntities {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentityEntities {
            identity_entity: None,
        }
    }
}
