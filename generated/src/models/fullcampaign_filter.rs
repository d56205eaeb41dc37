//! `FullcampaignFilter`, from `beta/schemas/Campaign.yaml#/allOf/1/properties/filter`.

use crate::models::FullcampaignFilterType;

/// Determines which items will be included in this campaign. The default campaign filter is used if this field is left blank.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FullcampaignFilter {
    /// The ID of whatever type of filter is being used.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Type of the filter
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<FullcampaignFilterType>,
    /// Name of the filter
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

impl FullcampaignFilter {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        FullcampaignFilter {
            id: None,
            r#type: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
