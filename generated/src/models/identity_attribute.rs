//! `IdentityAttribute`, from `v3/schemas/identity-attributes/IdentityAttribute.yaml`.

use crate::models::IdentityAttributesSource;

/// `IdentityAttribute` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IdentityAttribute {
    /// Identity attribute's technical name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Identity attribute's business-friendly name.
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub display_name: Option<String>,
    /// Indicates whether the attribute is 'standard' or 'default'.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub standard: Option<bool>,
    /// Identity attribute's type.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub r#type: Option<String>,
    /// Indicates whether the identity attribute is multi-valued.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub multi: Option<bool>,
    /// Indicates whether the identity attribute is searchable.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub searchable: Option<bool>,
    /// Indicates whether the identity attribute is 'system', meaning that it doesn't have a source and isn't configurable.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub system: Option<bool>,
    /// Identity attribute's list of sources - this specifies how the rule's value is derived.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sources: Option<Vec<IdentityAttributesSource>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityAttribute {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(name: impl Into<String>) -> Self {
        IdentityAttribute {
            name: name.into(),
            display_name: None,
            standard: None,
            r#type: None,
            multi: None,
            searchable: None,
            system: None,
            sources: None,
            additional_properties: Default::default(),
        }
    }
}
