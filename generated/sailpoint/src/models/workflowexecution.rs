//! `Workflowexecution`, from `apis/workflows/schemas/workflowexecution.yaml`.

use crate::models::WorkflowexecutionStatus;

/// `Workflowexecution` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Workflowexecution {
    /// Workflow execution ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Workflow ID.
    #[serde(rename = "workflowId", skip_serializing_if = "Option::is_none")]
    pub workflow_id: Option<String>,
    /// Backend ID that tracks a workflow request in the system. Provide this ID in a customer support ticket for debugging purposes.
    #[serde(rename = "requestId", skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// Date/time when the workflow started.
    #[serde(rename = "startTime", skip_serializing_if = "Option::is_none")]
    pub start_time: Option<chrono::DateTime<chrono::Utc>>,
    /// Date/time when the workflow ended.
    #[serde(rename = "closeTime", skip_serializing_if = "Option::is_none")]
    pub close_time: Option<chrono::DateTime<chrono::Utc>>,
    /// Workflow execution status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<WorkflowexecutionStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Workflowexecution {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Workflowexecution {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Workflowexecution {
    const NAME: &'static str = "Workflowexecution";

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
            "workflowId" => {
                self.workflow_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "requestId" => {
                self.request_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "startTime" => {
                self.start_time = map.next_value_seed(crate::datetime::Optional)?;
            }
            "closeTime" => {
                self.close_time = map.next_value_seed(crate::datetime::Optional)?;
            }
            "status" => self.status = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
