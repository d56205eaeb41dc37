//! `CertificationDto`, from `beta/schemas/CertificationDto.yaml`.

use crate::models::{CampaignReference, CertificationPhase, Reassignment, Reviewer};

/// `CertificationDto` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CertificationDto {
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "campaignRef", default, skip_serializing_if = "Option::is_none")]
    pub campaign_ref: Option<CampaignReference>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<CertificationPhase>,
    /// Date and time when the certification is due.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub due: Option<chrono::DateTime<chrono::Utc>>,
    /// Date and time when the reviewer signed off on the certification.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub signed: Option<chrono::DateTime<chrono::Utc>>,
    /// Reference to the reviewer for the campaign.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<Reviewer>,
    /// Reference to the reviewer whom this campaign has been reassigned to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reassignment: Option<Reassignment>,
    /// Indicates whether the certification has any errors.
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(rename = "hasErrors", default, deserialize_with = "crate::lenient::boolean")]
    pub has_errors: bool,
    /// Message indicating what the error is.
    #[serde(
        rename = "errorMessage",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub error_message: Option<String>,
    /// Indicates whether all certification decisions have been made.
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(default, deserialize_with = "crate::lenient::boolean")]
    pub completed: bool,
    /// Number of approve/revoke/acknowledge decisions the reviewer has made.
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(
        rename = "decisionsMade",
        default,
        deserialize_with = "crate::lenient::null_as_default"
    )]
    pub decisions_made: i32,
    /// Total number of approve/revoke/acknowledge decisions for the certification.
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(
        rename = "decisionsTotal",
        default,
        deserialize_with = "crate::lenient::null_as_default"
    )]
    pub decisions_total: i32,
    /// Number of entities (identities, access profiles, roles, etc.) that are complete and all decisions have been made for.
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(
        rename = "entitiesCompleted",
        default,
        deserialize_with = "crate::lenient::null_as_default"
    )]
    pub entities_completed: i32,
    /// Total number of entities (identities, access profiles, roles, etc.) in the certification, both complete and incomplete.
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(
        rename = "entitiesTotal",
        default,
        deserialize_with = "crate::lenient::null_as_default"
    )]
    pub entities_total: i32,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CertificationDto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        campaign_ref: CampaignReference,
        phase: CertificationPhase,
        due: chrono::DateTime<chrono::Utc>,
        signed: chrono::DateTime<chrono::Utc>,
        reviewer: Reviewer,
        has_errors: bool,
        completed: bool,
        decisions_made: i32,
        decisions_total: i32,
        entities_completed: i32,
        entities_total: i32,
    ) -> Self {
        CertificationDto {
            campaign_ref: Some(campaign_ref),
            phase: Some(phase),
            due: Some(due),
            signed: Some(signed),
            reviewer: Some(reviewer),
            reassignment: None,
            has_errors,
            error_message: None,
            completed,
            decisions_made,
            decisions_total,
            entities_completed,
            entities_total,
            additional_properties: Default::default(),
        }
    }
}
