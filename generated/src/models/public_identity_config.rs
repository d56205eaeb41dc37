//! `PublicIdentityConfig`, from `beta/schemas/PublicIdentityConfig.yaml`.

use crate::models::{IdentityReference, PublicIdentityAttributeConfig};

/// Details of up to 5 Identity attributes that will be publicly accessible for all Identities to anyone in the org
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PublicIdentityConfig {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<PublicIdentityAttributeConfig>>,
    #[serde(rename = "modifiedBy", default, skip_serializing_if = "Option::is_none")]
    pub modified_by: Option<IdentityReference>,
    /// the date/time of the modification
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl PublicIdentityConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PublicIdentityConfig {
            attributes: None,
            modified_by: None,
            modified: None,
            additional_properties: Default::default(),
        }
    }
}
