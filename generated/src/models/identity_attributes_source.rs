//! `IdentityAttributesSource`, from `v3/schemas/identity-attributes/Source.yaml`.

/// `IdentityAttributesSource` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
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
}

impl IdentityAttributesSource {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentityAttributesSource {
            r#type: None,
            properties: None,
        }
    }
}
