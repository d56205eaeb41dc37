//! `AttrSyncSourceConfig`, from `beta/schemas/AttrSyncSourceConfig.yaml`.

use crate::models::{AttrSyncSource, AttrSyncSourceAttributeConfig};

/// Specification of attribute sync configuration for a source
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AttrSyncSourceConfig {
    pub source: AttrSyncSource,
    /// Attribute synchronization configuration for specific identity attributes in the context of a source
    #[serde(default)]
    pub attributes: Vec<AttrSyncSourceAttributeConfig>,
}

impl AttrSyncSourceConfig {
    /// Builds the value from its required fields.
    pub fn new(
        source: AttrSyncSource,
        attributes: Vec<AttrSyncSourceAttributeConfig>,
    ) -> Self {
        AttrSyncSourceConfig {
            source,
            attributes,
        }
    }
}
