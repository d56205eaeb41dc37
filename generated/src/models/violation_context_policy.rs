//! `ViolationContextPolicy`, from `beta/schemas/sod/models/ViolationContext.yaml#/properties/policy`.

use crate::models::ViolationContextPolicyType;

/// The types of objects supported for SOD policy violations.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ViolationContextPolicy {
    /// The type of object supported for SOD policy violations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ViolationContextPolicyType>,
    /// SOD policy ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
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

impl ViolationContextPolicy {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ViolationContextPolicy {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
