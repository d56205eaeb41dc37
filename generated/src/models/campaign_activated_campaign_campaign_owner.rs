//! `CampaignActivatedCampaignCampaignOwner`, from `beta/schemas/trigger/example-input/CampaignActivated.yaml#/properties/campaign/properties/campaignOwner`.

/// Details of the identity who owns the campaign.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CampaignActivatedCampaignCampaignOwner {
    /// Identity's unique ID.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Identity's name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(
        rename = "displayName",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub display_name: String,
    /// Identity's primary email address.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub email: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CampaignActivatedCampaignCampaignOwner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        id: impl Into<String>,
        display_name: impl Into<String>,
        email: impl Into<String>,
    ) -> Self {
        CampaignActivatedCampaignCampaignOwner {
            id: id.into(),
            display_name: display_name.into(),
            email: email.into(),
            additional_properties: Default::default(),
        }
    }
}
