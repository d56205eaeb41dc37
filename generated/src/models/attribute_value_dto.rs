//! `AttributeValueDto`, from `beta/schemas/gov-attributes/AttributeValueDTO.yaml`.

use crate::models::AttributeValueDtoType;

/// `AttributeValueDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AttributeValueDto {
    /// Technical name of the Attribute value. This is unique and cannot be changed after creation.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub value: Option<String>,
    /// The display name of the Attribute value.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// The status of the Attribute value.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub status: Option<String>,
    /// Indicates how this Attribute value was created. **static** values are pre-defined and created directly through this API. **adhoc** values are created dynamically through an internal service-to-service flow when the parent Attribute has *isAdhoc* set to *true*, and cannot be created directly through the public create-value API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<AttributeValueDtoType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AttributeValueDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AttributeValueDto {
            value: None,
            name: None,
            status: None,
            r#type: None,
            additional_properties: Default::default(),
        }
    }
}
