//! `CampaignTemplateOwnerRef`, from `beta/schemas/CampaignTemplate.yaml#/properties/ownerRef`.

use crate::models::CampaignTemplateOwnerRefType;

/// The owner of this template, and the owner of campaigns generated from this template via a schedule. This field is automatically populated at creation time with the current user.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CampaignTemplateOwnerRef {
    /// Id of the owner
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Type of the owner
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CampaignTemplateOwnerRefType>,
    /// Name of the owner
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Email of the owner
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub email: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CampaignTemplateOwnerRef {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CampaignTemplateOwnerRef {
            id: None,
            r#type: None,
            name: None,
            email: None,
            additional_properties: Default::default(),
        }
    }
}
