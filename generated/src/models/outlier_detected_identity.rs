//! `OutlierDetectedIdentity`, from `beta/schemas/trigger/example-input/OutlierDetected.yaml#/properties/identity`.

use crate::models::OutlierDetectedIdentityType;

/// Identity with unusual access, relative to its peers.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OutlierDetectedIdentity {
    /// Identity's DTO type.
    pub r#type: OutlierDetectedIdentityType,
    /// Identity's unique ID.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Identity's name.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
}

impl OutlierDetectedIdentity {
    /// Builds the value from its required fields.
    pub fn new(
        r#type: OutlierDetectedIdentityType,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        OutlierDetectedIdentity {
            r#type,
            id: id.into(),
            name: name.into(),
        }
    }
}
