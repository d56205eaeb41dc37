//! `MultiHostSourcesPasswordPoliciesInner`, from `beta/schemas/MultiHostSources.yaml#/properties/passwordPolicies/items`.

use crate::models::MultiHostSourcesPasswordPoliciesInnerType;

/// `MultiHostSourcesPasswordPoliciesInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MultiHostSourcesPasswordPoliciesInner {
    /// Type of object being referenced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<MultiHostSourcesPasswordPoliciesInnerType>,
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
}

impl MultiHostSourcesPasswordPoliciesInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        MultiHostSourcesPasswordPoliciesInner {
            r#type: None,
            id: None,
            name: None,
        }
    }
}
