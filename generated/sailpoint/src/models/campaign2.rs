//! `Campaign2`, from `apis/certification-campaigns/schemas/campaign-2.yaml`.

use crate::models::{
    Campaign2Filter, Campaign2MachineAccountCampaignInfo,
    Campaign2MandatoryCommentRequirement, Campaign2RoleCompositionCampaignInfo,
    Campaign2SearchCampaignInfo, Campaign2SourceOwnerCampaignInfo,
    Campaign2SourcesWithOrphanEntitlementsInner, Campaignalert,
    SlimcampaignCorrelatedStatus, SlimcampaignStatus, SlimcampaignType,
};

/// `Campaign2` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Campaign2 {
    /// Id of the campaign
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The campaign name. If this object is part of a template, special formatting applies; see the
    /// `/campaign-templates/{id}/generate` endpoint documentation for details.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// The campaign description. If this object is part of a template, special formatting applies; see the
    /// `/campaign-templates/{id}/generate` endpoint documentation for details.
    pub description: Option<String>,
    /// The campaign's completion deadline.  This date must be in the future in order to activate the campaign.  If you try to activate a campaign with a deadline of today or in the past, you will receive a 400 error response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<chrono::DateTime<chrono::Utc>>,
    /// The type of campaign. Could be extended in the future.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<SlimcampaignType>,
    /// Enables email notification for this campaign
    #[serde(
        rename = "emailNotificationEnabled",
        skip_serializing_if = "Option::is_none"
    )]
    pub email_notification_enabled: Option<bool>,
    /// Allows auto revoke for this campaign
    #[serde(rename = "autoRevokeAllowed", skip_serializing_if = "Option::is_none")]
    pub auto_revoke_allowed: Option<bool>,
    /// Enables IAI for this campaign. Accepts true even if the IAI product feature is off. If IAI is turned off then campaigns generated from this template will indicate false. The real value will then be returned if IAI is ever enabled for the org in the future.
    #[serde(rename = "recommendationsEnabled", skip_serializing_if = "Option::is_none")]
    pub recommendations_enabled: Option<bool>,
    /// The campaign's current status.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<SlimcampaignStatus>,
    /// The correlatedStatus of the campaign. Only SOURCE_OWNER campaigns can be Uncorrelated. An Uncorrelated certification campaign only includes Uncorrelated identities (An identity is uncorrelated if it has no accounts on an authoritative source).
    #[serde(rename = "correlatedStatus", skip_serializing_if = "Option::is_none")]
    pub correlated_status: Option<SlimcampaignCorrelatedStatus>,
    /// Created time of the campaign
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The total number of certifications in this campaign.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "totalCertifications", skip_serializing_if = "Option::is_none")]
    pub total_certifications: Option<i32>,
    /// The number of completed certifications in this campaign.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "completedCertifications", skip_serializing_if = "Option::is_none")]
    pub completed_certifications: Option<i32>,
    /// A list of errors and warnings that have accumulated.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alerts: Option<Vec<Campaignalert>>,
    /// Modified time of the campaign
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Determines which items will be included in this campaign. The default campaign filter is used if this field is left blank.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filter: Option<Campaign2Filter>,
    /// Determines if comments on sunset date changes are required.
    #[serde(rename = "sunsetCommentsRequired", skip_serializing_if = "Option::is_none")]
    pub sunset_comments_required: Option<bool>,
    /// Must be set only if the campaign type is SOURCE_OWNER.
    #[serde(rename = "sourceOwnerCampaignInfo", skip_serializing_if = "Option::is_none")]
    pub source_owner_campaign_info: Option<Campaign2SourceOwnerCampaignInfo>,
    /// Must be set only if the campaign type is SEARCH.
    #[serde(rename = "searchCampaignInfo", skip_serializing_if = "Option::is_none")]
    pub search_campaign_info: Option<Campaign2SearchCampaignInfo>,
    /// Optional configuration options for role composition campaigns.
    #[serde(
        rename = "roleCompositionCampaignInfo",
        skip_serializing_if = "Option::is_none"
    )]
    pub role_composition_campaign_info: Option<Campaign2RoleCompositionCampaignInfo>,
    /// Must be set only if the campaign type is MACHINE_ACCOUNT.
    #[serde(
        rename = "machineAccountCampaignInfo",
        skip_serializing_if = "Option::is_none"
    )]
    pub machine_account_campaign_info: Option<Campaign2MachineAccountCampaignInfo>,
    /// A list of sources in the campaign that contain \"orphan entitlements\" (entitlements without a corresponding Managed Attribute). An empty list indicates the campaign has no orphan entitlements. Null indicates there may be unknown orphan entitlements in the campaign (the campaign was created before this feature was implemented).
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        rename = "sourcesWithOrphanEntitlements",
        skip_serializing_if = "Option::is_none"
    )]
    pub sources_with_orphan_entitlements: Option<
        Vec<Campaign2SourcesWithOrphanEntitlementsInner>,
    >,
    /// Determines whether comments are required for decisions during certification reviews. You can require comments for all decisions, revoke-only decisions, or no decisions. By default, comments are not required for decisions.
    #[serde(
        rename = "mandatoryCommentRequirement",
        skip_serializing_if = "Option::is_none"
    )]
    pub mandatory_comment_requirement: Option<Campaign2MandatoryCommentRequirement>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Campaign2 {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(name: impl Into<String>, r#type: SlimcampaignType) -> Self {
        Campaign2 {
            id: None,
            name: name.into(),
            description: None,
            deadline: None,
            r#type: Some(r#type),
            email_notification_enabled: None,
            auto_revoke_allowed: None,
            recommendations_enabled: None,
            status: None,
            correlated_status: None,
            created: None,
            total_certifications: None,
            completed_certifications: None,
            alerts: None,
            modified: None,
            filter: None,
            sunset_comments_required: None,
            source_owner_campaign_info: None,
            search_campaign_info: None,
            role_composition_campaign_info: None,
            machine_account_campaign_info: None,
            sources_with_orphan_entitlements: None,
            mandatory_comment_requirement: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Campaign2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Campaign2 {
    const NAME: &'static str = "Campaign2";

    #[inline]
    fn empty() -> Self {
        Campaign2 {
            id: None,
            name: Default::default(),
            description: None,
            deadline: None,
            r#type: None,
            email_notification_enabled: None,
            auto_revoke_allowed: None,
            recommendations_enabled: None,
            status: None,
            correlated_status: None,
            created: None,
            total_certifications: None,
            completed_certifications: None,
            alerts: None,
            modified: None,
            filter: None,
            sunset_comments_required: None,
            source_owner_campaign_info: None,
            search_campaign_info: None,
            role_composition_campaign_info: None,
            machine_account_campaign_info: None,
            sources_with_orphan_entitlements: None,
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
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "deadline" => self.deadline = map.next_value_seed(crate::datetime::Optional)?,
            "type" => self.r#type = map.next_value()?,
            "emailNotificationEnabled" => {
                self.email_notification_enabled = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "autoRevokeAllowed" => {
                self.auto_revoke_allowed = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "recommendationsEnabled" => {
                self.recommendations_enabled = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "status" => self.status = map.next_value()?,
            "correlatedStatus" => self.correlated_status = map.next_value()?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "totalCertifications" => self.total_certifications = map.next_value()?,
            "completedCertifications" => {
                self.completed_certifications = map.next_value()?;
            }
            "alerts" => self.alerts = map.next_value()?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "filter" => self.filter = map.next_value()?,
            "sunsetCommentsRequired" => {
                self.sunset_comments_required = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "sourceOwnerCampaignInfo" => {
                self.source_owner_campaign_info = map.next_value()?;
            }
            "searchCampaignInfo" => self.search_campaign_info = map.next_value()?,
            "roleCompositionCampaignInfo" => {
                self.role_composition_campaign_info = map.next_value()?;
            }
            "machineAccountCampaignInfo" => {
                self.machine_account_campaign_info = map.next_value()?;
            }
            "sourcesWithOrphanEntitlements" => {
                self.sources_with_orphan_entitlements = map.next_value()?;
            }
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
