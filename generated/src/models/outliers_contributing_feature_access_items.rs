//! `OutliersContributingFeatureAccessItems`, from `beta/schemas/OutliersContributingFeatureAccessItems.yaml`.

use crate::models::OutliersContributingFeatureAccessItemsAccessType;

/// `OutliersContributingFeatureAccessItems` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OutliersContributingFeatureAccessItems {
    /// The ID of the access item
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// the display name of the access item
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub display_name: Option<String>,
    /// Description of the access item.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// The type of the access item.
    #[serde(rename = "accessType", default, skip_serializing_if = "Option::is_none")]
    pub access_type: Option<OutliersContributingFeatureAccessItemsAccessType>,
    /// the associated source name if it exists
    #[serde(
        rename = "sourceName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_name: Option<String>,
    /// rarest access
    #[serde(
        rename = "extremelyRare",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub extremely_rare: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl OutliersContributingFeatureAccessItems {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        OutliersContributingFeatureAccessItems {
            id: None,
            display_name: None,
            description: None,
            access_type: None,
            source_name: None,
            extremely_rare: None,
            additional_properties: Default::default(),
        }
    }
}
