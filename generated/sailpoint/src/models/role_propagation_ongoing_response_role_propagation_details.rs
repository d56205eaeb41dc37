//! `RolePropagationOngoingResponseRolePropagationDetails`, from `apis/role-propagation/schemas/role-propagation-ongoing-response.yaml#/properties/rolePropagationDetails`.

use crate::models::{
    RolePropagationOngoingResponseRolePropagationDetailsExecutionStage,
    RolePropagationOngoingResponseRolePropagationDetailsLaunchedBy,
    RolePropagationOngoingResponseRolePropagationDetailsStatus,
    RolePropagationOngoingResponseRolePropagationDetailsTerminatedBy,
};

/// Details of the ongoing role propagation process
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct RolePropagationOngoingResponseRolePropagationDetails {
    /// Id of the Role Propagation process triggered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Status of the Role Propagation process.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<RolePropagationOngoingResponseRolePropagationDetailsStatus>,
    /// Current execution stage of the Role Propagation process.
    #[serde(rename = "executionStage", skip_serializing_if = "Option::is_none")]
    pub execution_stage: Option<
        RolePropagationOngoingResponseRolePropagationDetailsExecutionStage,
    >,
    /// Time when the Role Propagation process was launched.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub launched: Option<chrono::DateTime<chrono::Utc>>,
    /// Identity who launched the Role Propagation process.
    #[serde(rename = "launchedBy", skip_serializing_if = "Option::is_none")]
    pub launched_by: Option<
        RolePropagationOngoingResponseRolePropagationDetailsLaunchedBy,
    >,
    /// Identity who terminated the Role Propagation process.
    #[serde(rename = "terminatedBy", skip_serializing_if = "Option::is_none")]
    pub terminated_by: Option<
        RolePropagationOngoingResponseRolePropagationDetailsTerminatedBy,
    >,
    /// Time when the Role Propagation process was completed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed: Option<chrono::DateTime<chrono::Utc>>,
    /// Reason for failure if the Role Propagation process failed.
    #[serde(rename = "failureReason", skip_serializing_if = "Option::is_none")]
    pub failure_reason: Option<String>,
    /// Indicates if the role refresh was skipped during the Role Propagation process.
    #[serde(rename = "skipRoleRefresh", skip_serializing_if = "Option::is_none")]
    pub skip_role_refresh: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RolePropagationOngoingResponseRolePropagationDetails {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de>
for RolePropagationOngoingResponseRolePropagationDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for RolePropagationOngoingResponseRolePropagationDetails {
    const NAME: &'static str = "RolePropagationOngoingResponseRolePropagationDetails";

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
            "status" => self.status = map.next_value()?,
            "executionStage" => self.execution_stage = map.next_value()?,
            "launched" => self.launched = map.next_value_seed(crate::datetime::Optional)?,
            "launchedBy" => self.launched_by = map.next_value()?,
            "terminatedBy" => self.terminated_by = map.next_value()?,
            "completed" => {
                self.completed = map.next_value_seed(crate::datetime::Optional)?;
            }
            "failureReason" => {
                self.failure_reason = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "skipRoleRefresh" => {
                self.skip_role_refresh = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
