//! `Sodpolicy`, from `apis/sod-policies/schemas/sodpolicy.yaml`.

use crate::models::{
    Conflictingaccesscriteria, SodpolicyAllowedControlsInner, SodpolicyLevel,
    SodpolicyOwnerRef, SodpolicySecondaryOwnerRefsInner, SodpolicyState, SodpolicyType,
    Violationownerassignmentconfig,
};

/// `Sodpolicy` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Sodpolicy {
    /// Policy id
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Policy Business Name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The time when this SOD policy is created.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The time when this SOD policy is modified.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Optional description of the SOD policy
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The owner of the SOD policy.
    #[serde(rename = "ownerRef", skip_serializing_if = "Option::is_none")]
    pub owner_ref: Option<SodpolicyOwnerRef>,
    /// Additional owners of the SOD policy.(Max 10). Applicable only to Conflicting Access Based policies.
    #[serde(rename = "secondaryOwnerRefs", skip_serializing_if = "Option::is_none")]
    pub secondary_owner_refs: Option<Vec<SodpolicySecondaryOwnerRefsInner>>,
    /// Compensating or other controls allowed for this policy.(Max 10). Applicable only to Conflicting Access Based policies.
    #[serde(rename = "allowedControls", skip_serializing_if = "Option::is_none")]
    pub allowed_controls: Option<Vec<SodpolicyAllowedControlsInner>>,
    /// Policy severity or priority level. Applicable only to Conflicting Access Based policies. If not specified, default will be HIGH.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<SodpolicyLevel>,
    /// Optional External Policy Reference
    #[serde(rename = "externalPolicyReference", skip_serializing_if = "Option::is_none")]
    pub external_policy_reference: Option<String>,
    /// Search query of the SOD policy
    #[serde(rename = "policyQuery", skip_serializing_if = "Option::is_none")]
    pub policy_query: Option<String>,
    /// Optional compensating controls(Mitigating Controls)
    #[serde(rename = "compensatingControls", skip_serializing_if = "Option::is_none")]
    pub compensating_controls: Option<String>,
    /// Optional correction advice
    #[serde(rename = "correctionAdvice", skip_serializing_if = "Option::is_none")]
    pub correction_advice: Option<String>,
    /// whether the policy is enforced or not
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<SodpolicyState>,
    /// tags for this policy object
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Policy's creator ID
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "creatorId", skip_serializing_if = "Option::is_none")]
    pub creator_id: Option<String>,
    /// Policy's modifier ID
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "modifierId", skip_serializing_if = "Option::is_none")]
    pub modifier_id: Option<String>,
    #[serde(
        rename = "violationOwnerAssignmentConfig",
        skip_serializing_if = "Option::is_none"
    )]
    pub violation_owner_assignment_config: Option<Violationownerassignmentconfig>,
    /// defines whether a policy has been scheduled or not
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scheduled: Option<bool>,
    /// whether a policy is query based or conflicting access based
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<SodpolicyType>,
    #[serde(
        rename = "conflictingAccessCriteria",
        skip_serializing_if = "Option::is_none"
    )]
    pub conflicting_access_criteria: Option<Conflictingaccesscriteria>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Sodpolicy {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Sodpolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Sodpolicy {
    const NAME: &'static str = "Sodpolicy";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "ownerRef" => self.owner_ref = map.next_value()?,
            "secondaryOwnerRefs" => self.secondary_owner_refs = map.next_value()?,
            "allowedControls" => self.allowed_controls = map.next_value()?,
            "level" => self.level = map.next_value()?,
            "externalPolicyReference" => {
                self.external_policy_reference = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "policyQuery" => {
                self.policy_query = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "compensatingControls" => {
                self.compensating_controls = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "correctionAdvice" => {
                self.correction_advice = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "state" => self.state = map.next_value()?,
            "tags" => self.tags = map.next_value()?,
            "creatorId" => {
                self.creator_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "modifierId" => {
                self.modifier_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "violationOwnerAssignmentConfig" => {
                self.violation_owner_assignment_config = map.next_value()?;
            }
            "scheduled" => {
                self.scheduled = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "type" => self.r#type = map.next_value()?,
            "conflictingAccessCriteria" => {
                self.conflicting_access_criteria = map.next_value()?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
