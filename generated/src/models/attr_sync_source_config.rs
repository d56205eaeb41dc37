//! `AttrSyncSourceConfig`, from `beta/schemas/AttrSyncSourceConfig.yaml`.

use crate::models::{AttrSyncSource, AttrSyncSourceAttributeConfig};

/// Specification of attribute sync configuration for a source
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AttrSyncSourceConfig {
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<AttrSyncSource>,
    /// Attribute synchronization configuration for specific identity attributes in the context of a source
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub attributes: Vec<AttrSyncSourceAttributeConfig>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AttrSyncSourceConfig {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        source: AttrSyncSource,
        attributes: Vec<AttrSyncSourceAttributeConfig>,
    ) -> Self {
        AttrSyncSourceConfig {
            source: Some(source),
            attributes,
            additional_properties: Default::default(),
        }
    }
}
