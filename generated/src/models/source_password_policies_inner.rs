//! `SourcePasswordPoliciesInner`, from `beta/schemas/Source.yaml#/properties/passwordPolicies/items`.

use crate::models::SourcePasswordPoliciesInnerType;

/// `SourcePasswordPoliciesInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SourcePasswordPoliciesInner {
    /// Type of object being referenced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<SourcePasswordPoliciesInnerType>,
    /// Policy ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Policy's human-readable display name.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SourcePasswordPoliciesInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SourcePasswordPoliciesInner {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
