//! `Lifecycleactionrequest`, from `apis/machine-identities-lifecycle-actions/schemas/lifecycleactionrequest.yaml`.

use crate::models::{
    Lifecycleaction, LifecycleactionrequestTargetType, Lifecycleactionrequestdetails,
};

/// `Lifecycleactionrequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Lifecycleactionrequest {
    /// Lifecycle request identifier.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Tenant identifier for the lifecycle request.
    #[serde(rename = "tenantId", skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
    /// Generic request status type discriminator.
    #[serde(rename = "statusType", skip_serializing_if = "Option::is_none")]
    pub status_type: Option<String>,
    /// Identity id of the principal that submitted the request.
    #[serde(rename = "requestedBy", skip_serializing_if = "Option::is_none")]
    pub requested_by: Option<String>,
    /// Resource type targeted by the lifecycle request.
    #[serde(rename = "targetType", skip_serializing_if = "Option::is_none")]
    pub target_type: Option<LifecycleactionrequestTargetType>,
    /// Internal machine identity UUID for the lifecycle target.
    #[serde(rename = "targetId", skip_serializing_if = "Option::is_none")]
    pub target_id: Option<String>,
    #[serde(rename = "operationType", skip_serializing_if = "Option::is_none")]
    pub operation_type: Option<Lifecycleaction>,
    /// Temporal workflow identifier for the lifecycle request.
    #[serde(rename = "workflowId", skip_serializing_if = "Option::is_none")]
    pub workflow_id: Option<String>,
    /// Indicates whether the lifecycle request has reached a terminal state.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub details: Option<Lifecycleactionrequestdetails>,
    /// Time when the lifecycle request was created (ISO-8601).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Time when the lifecycle request was last modified (ISO-8601).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Lifecycleactionrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Lifecycleactionrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Lifecycleactionrequest {
    const NAME: &'static str = "Lifecycleactionrequest";

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
            "statusType" => {
                self.status_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "requestedBy" => {
                self.requested_by = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "targetType" => self.target_type = map.next_value()?,
            "targetId" => {
                self.target_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "operationType" => self.operation_type = map.next_value()?,
            "workflowId" => {
                self.workflow_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "completed" => {
                self.completed = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "details" => self.details = map.next_value()?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
