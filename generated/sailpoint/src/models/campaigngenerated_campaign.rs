//! `CampaigngeneratedCampaign`, from `apis/triggers/schemas/campaigngenerated.yaml#/properties/campaign`.

use crate::models::{
    CampaigngeneratedCampaignCampaignOwner, CampaigngeneratedCampaignStatus,
    CampaigngeneratedCampaignType,
};

/// Details about the campaign that was generated.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct CampaigngeneratedCampaign {
    /// The unique ID of the campaign.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Human friendly name of the campaign.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Extended description of the campaign.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub description: String,
    /// The date and time the campaign was created.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The date and time the campaign was last modified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<String>,
    /// The date and time when the campaign must be finished by.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
    /// The type of campaign that was generated.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CampaigngeneratedCampaignType>,
    /// The identity that owns the campaign.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "campaignOwner", skip_serializing_if = "Option::is_none")]
    pub campaign_owner: Option<CampaigngeneratedCampaignCampaignOwner>,
    /// The current status of the campaign.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<CampaigngeneratedCampaignStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CampaigngeneratedCampaign {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        description: impl Into<String>,
        created: chrono::DateTime<chrono::Utc>,
        r#type: CampaigngeneratedCampaignType,
        campaign_owner: CampaigngeneratedCampaignCampaignOwner,
        status: CampaigngeneratedCampaignStatus,
    ) -> Self {
        CampaigngeneratedCampaign {
            id: id.into(),
            name: name.into(),
            description: description.into(),
            created: Some(created),
            modified: None,
            deadline: None,
            r#type: Some(r#type),
            campaign_owner: Some(campaign_owner),
            status: Some(status),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for CampaigngeneratedCampaign {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for CampaigngeneratedCampaign {
    const NAME: &'static str = "CampaigngeneratedCampaign";

    #[inline]
    fn empty() -> Self {
        CampaigngeneratedCampaign {
            id: Default::default(),
            name: Default::default(),
            description: Default::default(),
            created: None,
            modified: None,
            deadline: None,
            r#type: None,
            campaign_owner: None,
            status: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::Text)?;
            }
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => {
                self.modified = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "deadline" => {
                self.deadline = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "type" => self.r#type = map.next_value()?,
            "campaignOwner" => self.campaign_owner = map.next_value()?,
            "status" => self.status = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
