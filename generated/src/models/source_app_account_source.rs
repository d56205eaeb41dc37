//! `SourceAppAccountSource`, from `beta/schemas/app/SourceApp.yaml#/properties/accountSource`.

use crate::models::V3BaseReferenceDto;

/// `SourceAppAccountSource` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SourceAppAccountSource {
    /// The source ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The source type, will always be "SOURCE"
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub r#type: Option<String>,
    /// The source name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// If the source is used for password management
    #[serde(
        rename = "useForPasswordManagement",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub use_for_password_management: Option<bool>,
    /// The password policies for the source
    #[serde(
        rename = "passwordPolicies",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub password_policies: Option<Vec<V3BaseReferenceDto>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SourceAppAccountSource {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SourceAppAccountSource {
            id: None,
            r#type: None,
            name: None,
            use_for_password_management: None,
            password_policies: None,
            additional_properties: Default::default(),
        }
    }
}
