//! `TemplateTeamsCustomFields`, from `beta/schemas/TemplateTeams.yaml#/properties/customFields`.

/// `TemplateTeamsCustomFields` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TemplateTeamsCustomFields {
    /// The type of request
    #[serde(
        rename = "requestType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub request_type: Option<String>,
    /// Whether the request contains a deny action
    #[serde(
        rename = "containsDeny",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub contains_deny: Option<String>,
    /// The campaign ID
    #[serde(
        rename = "campaignId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub campaign_id: Option<String>,
    /// The campaign status
    #[serde(
        rename = "campaignStatus",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub campaign_status: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TemplateTeamsCustomFields {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TemplateTeamsCustomFields {
            request_type: None,
            contains_deny: None,
            campaign_id: None,
            campaign_status: None,
            additional_properties: Default::default(),
        }
    }
}
