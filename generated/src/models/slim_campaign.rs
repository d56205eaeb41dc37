//! `SlimCampaign`, from `beta/schemas/SlimCampaign.yaml`.

use crate::models::{
    CampaignAlert, SlimCampaignCorrelatedStatus, SlimCampaignStatus, SlimCampaignType,
};

/// `SlimCampaign` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SlimCampaign {
    /// Id of the campaign
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The campaign name. If this object is part of a template, special formatting applies; see the
    /// `/campaign-templates/{id}/generate` endpoint documentation for details.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// The campaign description. If this object is part of a template, special formatting applies; see the
    /// `/campaign-templates/{id}/generate` endpoint documentation for details.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub description: String,
    /// The campaign's completion deadline.  This date must be in the future in order to activate the campaign.  If you try to activate a campaign with a deadline of today or in the past, you will receive a 400 error response.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub deadline: Option<chrono::DateTime<chrono::Utc>>,
    /// The type of campaign. Could be extended in the future.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<SlimCampaignType>,
    /// Enables email notification for this campaign
    #[serde(
        rename = "emailNotificationEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub email_notification_enabled: Option<bool>,
    /// Allows auto revoke for this campaign
    #[serde(
        rename = "autoRevokeAllowed",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub auto_revoke_allowed: Option<bool>,
    /// Enables IAI for this campaign. Accepts true even if the IAI product feature is off. If IAI is turned off
    /// then campaigns generated from this template will indicate false. The real value will then be returned if
    /// IAI is ever enabled for the org in the future.
    #[serde(
        rename = "recommendationsEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub recommendations_enabled: Option<bool>,
    /// The campaign's current status.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<SlimCampaignStatus>,
    /// The correlatedStatus of the campaign. Only SOURCE_OWNER campaigns can be Uncorrelated.
    /// An Uncorrelated certification campaign only includes Uncorrelated identities (An identity is uncorrelated if it has no accounts on an authoritative source).
    #[serde(
        rename = "correlatedStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub correlated_status: Option<SlimCampaignCorrelatedStatus>,
    /// Created time of the campaign
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The total number of certifications in this campaign.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        rename = "totalCertifications",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub total_certifications: Option<i32>,
    /// The number of completed certifications in this campaign.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        rename = "completedCertifications",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub completed_certifications: Option<i32>,
    /// A list of errors and warnings that have accumulated.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alerts: Option<Vec<CampaignAlert>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SlimCampaign {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        name: impl Into<String>,
        description: impl Into<String>,
        r#type: SlimCampaignType,
    ) -> Self {
        SlimCampaign {
            id: None,
            name: name.into(),
            description: description.into(),
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
            additional_properties: Default::default(),
        }
    }
}
