//! `AttrSyncSourceAttributeConfig`, from `beta/schemas/AttrSyncSourceAttributeConfig.yaml`.

/// Specification of source attribute sync mapping configuration for an identity attribute
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AttrSyncSourceAttributeConfig {
    /// Name of the identity attribute
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Display name of the identity attribute
    #[serde(
        rename = "displayName",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub display_name: String,
    /// Determines whether or not the attribute is enabled for synchronization
    #[serde(default, deserialize_with = "crate::lenient::boolean")]
    pub enabled: bool,
    /// Name of the source account attribute to which the identity attribute value will be synchronized if enabled
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub target: String,
}

impl AttrSyncSourceAttributeConfig {
    /// Builds the value from its required fields.
    pub fn new(
        name: impl Into<String>,
        display_name: impl Into<String>,
        enabled: bool,
        target: impl Into<String>,
    ) -> Self {
        AttrSyncSourceAttributeConfig {
            name: name.into(),
            display_name: display_name.into(),
            enabled,
            target: target.into(),
        }
    }
}
