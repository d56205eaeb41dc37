//! `Campaignreference`, from `apis/shared/schemas/campaignreference.yaml`.

use crate::models::{
    CampaignreferenceCampaignType, CampaignreferenceCorrelatedStatus,
    CampaignreferenceMandatoryCommentRequirement, CampaignreferenceType,
};

/// `Campaignreference` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Campaignreference {
    /// The unique ID of the campaign.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// The name of the campaign.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// The type of object that is being referenced.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CampaignreferenceType>,
    /// The type of the campaign.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "campaignType", skip_serializing_if = "Option::is_none")]
    pub campaign_type: Option<CampaignreferenceCampaignType>,
    /// The description of the campaign set by the admin who created it.
    pub description: Option<String>,
    /// The correlatedStatus of the campaign. Only SOURCE_OWNER campaigns can be Uncorrelated. An Uncorrelated certification campaign only includes Uncorrelated identities (An identity is uncorrelated if it has no accounts on an authoritative source).
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "correlatedStatus", skip_serializing_if = "Option::is_none")]
    pub correlated_status: Option<CampaignreferenceCorrelatedStatus>,
    /// Determines whether comments are required for decisions during certification reviews. You can require comments for all decisions, revoke-only decisions, or no decisions. By default, comments are not required for decisions.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(
        rename = "mandatoryCommentRequirement",
        skip_serializing_if = "Option::is_none"
    )]
    pub mandatory_comment_requirement: Option<
        CampaignreferenceMandatoryCommentRequirement,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Campaignreference {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        r#type: CampaignreferenceType,
        campaign_type: CampaignreferenceCampaignType,
        correlated_status: CampaignreferenceCorrelatedStatus,
        mandatory_comment_requirement: CampaignreferenceMandatoryCommentRequirement,
    ) -> Self {
        Campaignreference {
            id: id.into(),
            name: name.into(),
            r#type: Some(r#type),
            campaign_type: Some(campaign_type),
            description: None,
            correlated_status: Some(correlated_status),
            mandatory_comment_requirement: Some(mandatory_comment_requirement),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Campaignreference {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Campaignreference {
    const NAME: &'static str = "Campaignreference";

    #[inline]
    fn empty() -> Self {
        Campaignreference {
            id: Default::default(),
            name: Default::default(),
            r#type: None,
            campaign_type: None,
            description: None,
            correlated_status: None,
            mandatory_comment_requirement: None,
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
            "type" => self.r#type = map.next_value()?,
            "campaignType" => self.campaign_type = map.next_value()?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "correlatedStatus" => self.correlated_status = map.next_value()?,
            "mandatoryCommentRequirement" => {
                self.mandatory_comment_requirement = map.next_value()?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
