//! `IdentityAttributesSource`, from `v3/schemas/identity-attributes/Source.yaml`.

/// `IdentityAttributesSource` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IdentityAttributesSource {
    /// Attribute mapping type.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub r#type: Option<String>,
    /// Attribute mapping properties.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityAttributesSource {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentityAttributesSource {
            r#type: None,
            properties: None,
            additional_properties: Default::default(),
        }
    }
}
