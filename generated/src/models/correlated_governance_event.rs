//! `CorrelatedGovernanceEvent`, from `beta/schemas/CorrelatedGovernanceEvent.yaml`.

use crate::models::{CertifierResponse, CorrelatedGovernanceEventType};

/// `CorrelatedGovernanceEvent` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CorrelatedGovernanceEvent {
    /// The name of the governance event, such as the certification name or access request ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// The date that the certification or access request was completed.
    #[serde(
        rename = "dateTime",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub date_time: Option<String>,
    /// The type of governance event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CorrelatedGovernanceEventType>,
    /// The ID of the instance that caused the event - either the certification ID or access request ID.
    #[serde(
        rename = "governanceId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub governance_id: Option<String>,
    /// The owners of the governance event (the certifiers or approvers)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owners: Option<Vec<CertifierResponse>>,
    /// The owners of the governance event (the certifiers or approvers), this field should be preferred over owners
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewers: Option<Vec<CertifierResponse>>,
    /// The decision maker
    #[serde(rename = "decisionMaker", default, skip_serializing_if = "Option::is_none")]
    pub decision_maker: Option<CertifierResponse>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CorrelatedGovernanceEvent {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CorrelatedGovernanceEvent {
            name: None,
            date_time: None,
            r#type: None,
            governance_id: None,
            owners: None,
            reviewers: None,
            decision_maker: None,
            additional_properties: Default::default(),
        }
    }
}
