//! `AttrSyncSourceAttributeConfig`, from `beta/schemas/AttrSyncSourceAttributeConfig.yaml`.

/// Specification of source attribute sync mapping configuration for an identity attribute
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AttrSyncSourceAttributeConfig {
    /// Name of the identity attribute
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Display name of the identity attribute
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(
        rename = "displayName",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub display_name: String,
    /// Determines whether or not the attribute is enabled for synchronization
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(default, deserialize_with = "crate::lenient::boolean")]
    pub enabled: bool,
    /// Name of the source account attribute to which the identity attribute value will be synchronized if enabled
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub target: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AttrSyncSourceAttributeConfig {
    /// Builds the value from its required fields; the optional ones start empty.
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
            additional_properties: Default::default(),
        }
    }
}
