//! `AttributeDto`, from `beta/schemas/gov-attributes/AttributeDTO.yaml`.

use crate::models::AttributeValueDto;

/// `AttributeDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AttributeDto {
    /// Technical name of the Attribute. This is unique and cannot be changed after creation.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub key: Option<String>,
    /// The display name of the key.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Indicates whether the attribute can have multiple values.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub multiselect: Option<bool>,
    /// Indicates whether this Attribute supports ad-hoc (dynamically created) values, in addition to pre-defined static values. Ad-hoc values are created dynamically through an internal service-to-service flow rather than through the public create-value API. This field can be set when creating an Attribute; if omitted, it defaults to *false*.
    #[serde(
        rename = "isAdhoc",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub is_adhoc: Option<bool>,
    /// The status of the Attribute.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub status: Option<String>,
    /// The type of the Attribute. This can be either "custom" or "governance".
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub r#type: Option<String>,
    /// An array of object types this attributes values can be applied to. Possible values are "all" or "entitlement". Value "all" means this attribute can be used with all object types that are supported.
    #[serde(rename = "objectTypes", default, skip_serializing_if = "Option::is_none")]
    pub object_types: Option<Vec<String>>,
    /// The description of the Attribute.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<AttributeValueDto>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AttributeDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AttributeDto {
            key: None,
            name: None,
            multiselect: None,
            is_adhoc: None,
            status: None,
            r#type: None,
            object_types: None,
            description: None,
            values: None,
            additional_properties: Default::default(),
        }
    }
}
