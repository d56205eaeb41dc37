//! `CertificationSignedOffCertification`, from `beta/schemas/trigger/example-input/CertificationSignedOff.yaml#/properties/certification`.

use crate::models::{CampaignReference, CertificationPhase, Reassignment, Reviewer};

/// Certification campaign that was signed off on.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CertificationSignedOffCertification {
    #[serde(rename = "campaignRef")]
    pub campaign_ref: CampaignReference,
    pub phase: CertificationPhase,
    /// Date and time when the certification is due.
    #[serde(deserialize_with = "crate::datetime::deserialize")]
    pub due: chrono::DateTime<chrono::Utc>,
    /// Date and time when the reviewer signed off on the certification.
    #[serde(deserialize_with = "crate::datetime::deserialize")]
    pub signed: chrono::DateTime<chrono::Utc>,
    /// Reference to the reviewer for the campaign.
    pub reviewer: Reviewer,
    /// Reference to the reviewer whom this campaign has been reassigned to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reassignment: Option<Reassignment>,
    /// Indicates whether the certification has any errors.
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
    #[serde(default, deserialize_with = "crate::lenient::boolean")]
    pub completed: bool,
    /// Number of approve/revoke/acknowledge decisions the reviewer has made.
    #[serde(rename = "decisionsMade", default)]
    pub decisions_made: i32,
    /// Total number of approve/revoke/acknowledge decisions for the certification.
    #[serde(rename = "decisionsTotal", default)]
    pub decisions_total: i32,
    /// Number of entities (identities, access profiles, roles, etc.) that are complete and all decisions have been made for.
    #[serde(rename = "entitiesCompleted", default)]
    pub entities_completed: i32,
    /// Total number of entities (identities, access profiles, roles, etc.) in the certification, both complete and incomplete.
    #[serde(rename = "entitiesTotal", default)]
    pub entities_total: i32,
    /// Certification's unique ID.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Certification's name.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// Date and time when the certification was created.
    #[serde(deserialize_with = "crate::datetime::deserialize")]
    pub created: chrono::DateTime<chrono::Utc>,
    /// Date and time when the certification was last modified.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
}

impl CertificationSignedOffCertification {
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
        id: impl Into<String>,
        name: impl Into<String>,
        created: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        CertificationSignedOffCertification {
            campaign_ref,
            phase,
            due,
            signed,
            reviewer,
            reassignment: None,
            has_errors,
            error_message: None,
            completed,
            decisions_made,
            decisions_total,
            entities_completed,
            entities_total,
            id: id.into(),
            name: name.into(),
            created,
            modified: None,
        }
    }
}
