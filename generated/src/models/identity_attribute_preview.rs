//! `IdentityAttributePreview`, from `beta/schemas/IdentityAttributePreview.yaml`.

use crate::models::V3ErrorMessageDtoList;

/// `IdentityAttributePreview` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IdentityAttributePreview {
    /// Name of the attribute that is being previewed.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Value that was derived during the preview.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub value: Option<String>,
    /// The value of the attribute before the preview.
    #[serde(
        rename = "previousValue",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub previous_value: Option<String>,
    /// A list of errors that may have been encountered
    #[serde(rename = "errorMessages", default, skip_serializing_if = "Option::is_none")]
    pub error_messages: Option<V3ErrorMessageDtoList>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityAttributePreview {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentityAttributePreview {
            name: None,
            value: None,
            previous_value: None,
            error_messages: None,
            additional_properties: Default::default(),
        }
    }
}
