//! `ResponseActionStatus`, from `apis/intelligence/schemas/response-action-status.yaml`.

use crate::models::{ResponseActionStatusActionType, ResponseActionStatusStatus};

/// Current tracked status of a response action. Target fields from the create request
/// (identityType, identityId, accountIds, context) are not echoed here; they travel on the
/// action event used to start the workflow(s).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ResponseActionStatus {
    /// Tracking handle and correlation id for the response action.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "requestId")]
    pub request_id: String,
    /// The action that was requested.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "actionType", skip_serializing_if = "Option::is_none")]
    pub action_type: Option<ResponseActionStatusActionType>,
    /// Aggregate status across the correlated workflow execution(s):
    /// SUBMITTED (registered, no execution yet), IN_PROGRESS (any still non-terminal),
    /// COMPLETED (all terminal and at least one succeeded), or FAILED (all terminal and none succeeded).
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ResponseActionStatusStatus>,
    /// When the response action was accepted.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "submittedAt", skip_serializing_if = "Option::is_none")]
    pub submitted_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the response action status last changed.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ResponseActionStatus {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        request_id: impl Into<String>,
        action_type: ResponseActionStatusActionType,
        status: ResponseActionStatusStatus,
        submitted_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        ResponseActionStatus {
            request_id: request_id.into(),
            action_type: Some(action_type),
            status: Some(status),
            submitted_at: Some(submitted_at),
            updated_at: Some(updated_at),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for ResponseActionStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ResponseActionStatus {
    const NAME: &'static str = "ResponseActionStatus";

    #[inline]
    fn empty() -> Self {
        ResponseActionStatus {
            request_id: Default::default(),
            action_type: None,
            status: None,
            submitted_at: None,
            updated_at: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "requestId" => self.request_id = map.next_value_seed(crate::lenient::Text)?,
            "actionType" => self.action_type = map.next_value()?,
            "status" => self.status = map.next_value()?,
            "submittedAt" => {
                self.submitted_at = map.next_value_seed(crate::datetime::Optional)?;
            }
            "updatedAt" => {
                self.updated_at = map.next_value_seed(crate::datetime::Optional)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
