//! `CampaignendedCampaign`, from `apis/triggers/schemas/campaignended.yaml#/properties/campaign`.

use crate::models::{
    CampaignendedCampaignCampaignOwner, CampaignendedCampaignStatus,
    CampaignendedCampaignType,
};

/// Details about the certification campaign that ended.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct CampaignendedCampaign {
    /// Unique ID for the campaign.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// The human friendly name of the campaign.
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
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// The date and time the campaign is due.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<chrono::DateTime<chrono::Utc>>,
    /// The type of campaign.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CampaignendedCampaignType>,
    /// Details of the identity that owns the campaign.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "campaignOwner", skip_serializing_if = "Option::is_none")]
    pub campaign_owner: Option<CampaignendedCampaignCampaignOwner>,
    /// The current status of the campaign.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<CampaignendedCampaignStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CampaignendedCampaign {
    /// Builds the value from its required fields; the optional ones start empty.
    #[allow(clippy::too_many_arguments)]
    #[inline]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        description: impl Into<String>,
        created: chrono::DateTime<chrono::Utc>,
        deadline: chrono::DateTime<chrono::Utc>,
        r#type: CampaignendedCampaignType,
        campaign_owner: CampaignendedCampaignCampaignOwner,
        status: CampaignendedCampaignStatus,
    ) -> Self {
        CampaignendedCampaign {
            id: id.into(),
            name: name.into(),
            description: description.into(),
            created: Some(created),
            modified: None,
            deadline: Some(deadline),
            r#type: Some(r#type),
            campaign_owner: Some(campaign_owner),
            status: Some(status),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for CampaignendedCampaign {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for CampaignendedCampaign {
    const NAME: &'static str = "CampaignendedCampaign";

    #[inline]
    fn empty() -> Self {
        CampaignendedCampaign {
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
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "deadline" => self.deadline = map.next_value_seed(crate::datetime::Optional)?,
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
