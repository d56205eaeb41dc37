//! `Lifecycleactionrequestdetails`, from `apis/machine-identities-lifecycle-actions/schemas/lifecycleactionrequestdetails.yaml`.

use crate::models::{
    Lifecycleaction, Lifecycleapproverref, Lifecyclecomment, Lifecycleownerref,
    Lifecycleprovisioning, Lifecyclerequesterref, Lifecycleresourcesummary,
    Lifecyclestatus,
};

/// Nested lifecycle execution context stored on the lifecycle request.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Lifecycleactionrequestdetails {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Lifecyclestatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<Lifecycleaction>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approver: Option<Lifecycleapproverref>,
    /// Time when the request was approved (ISO-8601).
    #[serde(rename = "approvedAt", skip_serializing_if = "Option::is_none")]
    pub approved_at: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub canceller: Option<Lifecyclerequesterref>,
    /// Time when the request was canceled (ISO-8601).
    #[serde(rename = "canceledAt", skip_serializing_if = "Option::is_none")]
    pub canceled_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Comment provided when the request was canceled.
    #[serde(rename = "cancelComment", skip_serializing_if = "Option::is_none")]
    pub cancel_comment: Option<String>,
    /// Append-only comment thread for the lifecycle request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comments: Option<Vec<Lifecyclecomment>>,
    /// Workflow phase where the request failed, when applicable.
    #[serde(rename = "failurePhase", skip_serializing_if = "Option::is_none")]
    pub failure_phase: Option<String>,
    /// Failure reason for the lifecycle request, when applicable.
    #[serde(rename = "failureReason", skip_serializing_if = "Option::is_none")]
    pub failure_reason: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource: Option<Lifecycleresourcesummary>,
    /// Cached resource owners for the lifecycle target.
    #[serde(rename = "resourceOwners", skip_serializing_if = "Option::is_none")]
    pub resource_owners: Option<Vec<Lifecycleownerref>>,
    #[serde(rename = "sourceOwner", skip_serializing_if = "Option::is_none")]
    pub source_owner: Option<Lifecycleownerref>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requester: Option<Lifecyclerequesterref>,
    /// Approvals identifier when the request was submitted.
    #[serde(rename = "approvalRequestId", skip_serializing_if = "Option::is_none")]
    pub approval_request_id: Option<String>,
    /// Approval settings identifier used for the request.
    #[serde(rename = "approvalSettingsId", skip_serializing_if = "Option::is_none")]
    pub approval_settings_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provisioning: Option<Lifecycleprovisioning>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Lifecycleactionrequestdetails {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Lifecycleactionrequestdetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Lifecycleactionrequestdetails {
    const NAME: &'static str = "Lifecycleactionrequestdetails";

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
            "status" => self.status = map.next_value()?,
            "action" => self.action = map.next_value()?,
            "approver" => self.approver = map.next_value()?,
            "approvedAt" => {
                self.approved_at = map.next_value_seed(crate::datetime::Optional)?;
            }
            "canceller" => self.canceller = map.next_value()?,
            "canceledAt" => {
                self.canceled_at = map.next_value_seed(crate::datetime::Optional)?;
            }
            "cancelComment" => {
                self.cancel_comment = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "comments" => self.comments = map.next_value()?,
            "failurePhase" => {
                self.failure_phase = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "failureReason" => {
                self.failure_reason = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "resource" => self.resource = map.next_value()?,
            "resourceOwners" => self.resource_owners = map.next_value()?,
            "sourceOwner" => self.source_owner = map.next_value()?,
            "requester" => self.requester = map.next_value()?,
            "approvalRequestId" => {
                self.approval_request_id = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "approvalSettingsId" => {
                self.approval_settings_id = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "provisioning" => self.provisioning = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
