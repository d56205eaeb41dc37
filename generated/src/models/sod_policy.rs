//! `SodPolicy`, from `beta/schemas/SodPolicy.yaml`.

use crate::models::{
    ConflictingAccessCriteria, SodPolicyOwnerRef, SodPolicyState, SodPolicyType,
    ViolationOwnerAssignmentConfig,
};

/// `SodPolicy` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SodPolicy {
    /// Policy ID.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Policy business name.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// The time when this SOD policy is created.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The time when this SOD policy is modified.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Optional description of the SOD policy.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// The owner of the SOD policy.
    #[serde(rename = "ownerRef", default, skip_serializing_if = "Option::is_none")]
    pub owner_ref: Option<SodPolicyOwnerRef>,
    /// Optional external policy reference.
    #[serde(
        rename = "externalPolicyReference",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub external_policy_reference: Option<String>,
    /// Search query of the SOD policy.
    #[serde(
        rename = "policyQuery",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub policy_query: Option<String>,
    /// Optional compensating controls (Mitigating Controls).
    #[serde(
        rename = "compensatingControls",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub compensating_controls: Option<String>,
    /// Optional correction advice.
    #[serde(
        rename = "correctionAdvice",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub correction_advice: Option<String>,
    /// Whether the policy is enforced or not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<SodPolicyState>,
    /// Tags for the policy object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Policy's creator ID.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        rename = "creatorId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub creator_id: Option<String>,
    /// Policy's modifier ID.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        rename = "modifierId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub modifier_id: Option<String>,
    #[serde(
        rename = "violationOwnerAssignmentConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub violation_owner_assignment_config: Option<ViolationOwnerAssignmentConfig>,
    /// Defines whether a policy has been scheduled or not.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub scheduled: Option<bool>,
    /// Whether a policy is query based or conflicting access based.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<SodPolicyType>,
    #[serde(
        rename = "conflictingAccessCriteria",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub conflicting_access_criteria: Option<ConflictingAccessCriteria>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SodPolicy {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SodPolicy {
            id: None,
            name: None,
            created: None,
            modified: None,
            description: None,
            owner_ref: None,
            external_policy_reference: None,
            policy_query: None,
            compensating_controls: None,
            correction_advice: None,
            state: None,
            tags: None,
            creator_id: None,
            modifier_id: None,
            violation_owner_assignment_config: None,
            scheduled: None,
            r#type: None,
            conflicting_access_criteria: None,
            additional_properties: Default::default(),
        }
    }
}
