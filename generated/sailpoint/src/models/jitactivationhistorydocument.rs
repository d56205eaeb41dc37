//! `Jitactivationhistorydocument`, from `apis/jit-activations/schemas/jitactivationhistorydocument.yaml`.

use crate::models::{
    JitactivationhistorydocumentFrictionsInner, JitactivationhistorydocumentSummary,
};

/// A single JIT activation history record.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Jitactivationhistorydocument {
    /// Unique identifier of the activation record.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Tenant (pod/org) identifier.
    #[serde(rename = "tenantId", skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
    /// Identifier of the identity that requested activation.
    #[serde(rename = "identityId", skip_serializing_if = "Option::is_none")]
    pub identity_id: Option<String>,
    /// Identifier of the account on which the entitlement was provisioned.
    #[serde(rename = "accountId", skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// Identifier of the entitlement that was activated.
    #[serde(rename = "entitlementId", skip_serializing_if = "Option::is_none")]
    pub entitlement_id: Option<String>,
    /// Identifier of the source that owns the entitlement.
    #[serde(rename = "sourceId", skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// Identifier of the entitlement connection used for this activation.
    #[serde(rename = "connectionId", skip_serializing_if = "Option::is_none")]
    pub connection_id: Option<String>,
    /// Display name of the identity.
    #[serde(rename = "identityName", skip_serializing_if = "Option::is_none")]
    pub identity_name: Option<String>,
    /// Display name of the entitlement.
    #[serde(rename = "entitlementName", skip_serializing_if = "Option::is_none")]
    pub entitlement_name: Option<String>,
    /// Display name of the source.
    #[serde(rename = "sourceDisplayName", skip_serializing_if = "Option::is_none")]
    pub source_display_name: Option<String>,
    /// Display names of the JIT policies that matched this activation.
    #[serde(rename = "policyDisplayNames", skip_serializing_if = "Option::is_none")]
    pub policy_display_names: Option<Vec<String>>,
    /// Current or final status of the activation workflow. Possible values: ACTIVATING, AWAITING_FRICTIONS, PROVISIONING, PROVISIONED, DEPROVISIONING, COMPLETE, CANCELLED, ERROR, TIMED_OUT, REVOKED.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Error message if the activation ended in an ERROR state.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Outcome of policy friction evaluation (e.g. SUCCESS_ENFORCED, BYPASSED).
    #[serde(rename = "policyFrictionOutcome", skip_serializing_if = "Option::is_none")]
    pub policy_friction_outcome: Option<String>,
    /// UUIDs of the policy records that matched this activation.
    #[serde(rename = "policyMatchDetails", skip_serializing_if = "Option::is_none")]
    pub policy_match_details: Option<Vec<String>>,
    /// Timestamp when the activation was initiated.
    #[serde(rename = "activationInitiated", skip_serializing_if = "Option::is_none")]
    pub activation_initiated: Option<chrono::DateTime<chrono::Utc>>,
    /// Timestamp when provisioning started.
    #[serde(rename = "provisionStart", skip_serializing_if = "Option::is_none")]
    pub provision_start: Option<chrono::DateTime<chrono::Utc>>,
    /// Timestamp when provisioning completed.
    #[serde(rename = "provisionCompleted", skip_serializing_if = "Option::is_none")]
    pub provision_completed: Option<chrono::DateTime<chrono::Utc>>,
    /// Timestamp when deprovisioning started.
    #[serde(rename = "deprovisionStart", skip_serializing_if = "Option::is_none")]
    pub deprovision_start: Option<chrono::DateTime<chrono::Utc>>,
    /// Timestamp when deprovisioning completed.
    #[serde(rename = "deprovisionComplete", skip_serializing_if = "Option::is_none")]
    pub deprovision_complete: Option<chrono::DateTime<chrono::Utc>>,
    /// Duration of the provisioning phase in minutes.
    #[serde(rename = "provisionDurationMins", skip_serializing_if = "Option::is_none")]
    pub provision_duration_mins: Option<f32>,
    /// Duration of the deprovisioning phase in minutes.
    #[serde(rename = "deprovisionDurationMins", skip_serializing_if = "Option::is_none")]
    pub deprovision_duration_mins: Option<f32>,
    /// High-level friction summary for the activation, including policy matches, reauthentication, justification, and ticket details. Null when no policy was matched or frictions were not evaluated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<JitactivationhistorydocumentSummary>,
    /// Individual friction items presented to the user during activation (e.g. TICKET, JUSTIFICATION, REAUTH). Null when no friction was evaluated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frictions: Option<Vec<JitactivationhistorydocumentFrictionsInner>>,
    /// Additional structured metadata about the activation. Shape is subject to change.
    #[serde(rename = "activationDetails", skip_serializing_if = "Option::is_none")]
    pub activation_details: Option<serde_json::Map<String, serde_json::Value>>,
    /// Duration breakdown of the full activation lifecycle. Shape is subject to change.
    #[serde(rename = "activationDuration", skip_serializing_if = "Option::is_none")]
    pub activation_duration: Option<serde_json::Map<String, serde_json::Value>>,
    /// Low-level provisioning operation detail. Shape is subject to change.
    #[serde(rename = "provisioningDetails", skip_serializing_if = "Option::is_none")]
    pub provisioning_details: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Jitactivationhistorydocument {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Jitactivationhistorydocument {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Jitactivationhistorydocument {
    const NAME: &'static str = "Jitactivationhistorydocument";

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
            "tenantId" => {
                self.tenant_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "identityId" => {
                self.identity_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "accountId" => {
                self.account_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "entitlementId" => {
                self.entitlement_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceId" => {
                self.source_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "connectionId" => {
                self.connection_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "identityName" => {
                self.identity_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "entitlementName" => {
                self.entitlement_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceDisplayName" => {
                self.source_display_name = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "policyDisplayNames" => self.policy_display_names = map.next_value()?,
            "status" => self.status = map.next_value_seed(crate::lenient::TextOption)?,
            "error" => self.error = map.next_value_seed(crate::lenient::TextOption)?,
            "policyFrictionOutcome" => {
                self.policy_friction_outcome = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "policyMatchDetails" => self.policy_match_details = map.next_value()?,
            "activationInitiated" => {
                self.activation_initiated = map
                    .next_value_seed(crate::datetime::Optional)?;
            }
            "provisionStart" => {
                self.provision_start = map.next_value_seed(crate::datetime::Optional)?;
            }
            "provisionCompleted" => {
                self.provision_completed = map
                    .next_value_seed(crate::datetime::Optional)?;
            }
            "deprovisionStart" => {
                self.deprovision_start = map.next_value_seed(crate::datetime::Optional)?;
            }
            "deprovisionComplete" => {
                self.deprovision_complete = map
                    .next_value_seed(crate::datetime::Optional)?;
            }
            "provisionDurationMins" => self.provision_duration_mins = map.next_value()?,
            "deprovisionDurationMins" => {
                self.deprovision_duration_mins = map.next_value()?;
            }
            "summary" => self.summary = map.next_value()?,
            "frictions" => self.frictions = map.next_value()?,
            "activationDetails" => self.activation_details = map.next_value()?,
            "activationDuration" => self.activation_duration = map.next_value()?,
            "provisioningDetails" => self.provisioning_details = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
