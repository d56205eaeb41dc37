//! `Machineidentityaggregationresponse`, from `apis/machine-identities/schemas/machineidentityaggregationresponse.yaml`.

use crate::models::{
    MachineidentityaggregationresponseCompletionStatus,
    MachineidentityaggregationresponseTarget, MachineidentityaggregationresponseType,
    Taskdefinitionsummary, Taskreturndetails, Taskstatusmessage,
};

/// `Machineidentityaggregationresponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Machineidentityaggregationresponse {
    /// System-generated unique ID of the Object
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Type of task for aggregation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<MachineidentityaggregationresponseType>,
    /// Name of the task for aggregation
    #[serde(rename = "uniqueName", skip_serializing_if = "Option::is_none")]
    pub unique_name: Option<String>,
    /// Description of the aggregation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Name of the parent of the task for aggregation
    #[serde(rename = "parentName", skip_serializing_if = "Option::is_none")]
    pub parent_name: Option<String>,
    /// Service to execute the aggregation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub launcher: Option<String>,
    /// The target(source) of the aggregation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<MachineidentityaggregationresponseTarget>,
    /// Creation date of the aggregation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Last modification date of the aggregation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Launch date of the aggregation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub launched: Option<chrono::DateTime<chrono::Utc>>,
    /// Completion date of the aggregation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(rename = "taskDefinitionSummary", skip_serializing_if = "Option::is_none")]
    pub task_definition_summary: Option<Taskdefinitionsummary>,
    /// Completion status of the aggregation
    #[serde(rename = "completionStatus", skip_serializing_if = "Option::is_none")]
    pub completion_status: Option<MachineidentityaggregationresponseCompletionStatus>,
    /// Messages associated with the aggregation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<Taskstatusmessage>>,
    /// Return values associated with the aggregation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub returns: Option<Vec<Taskreturndetails>>,
    /// Attributes of the aggregation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Current progress of aggregation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub progress: Option<String>,
    /// Current percentage completion of aggregation
    #[serde(rename = "percentComplete", skip_serializing_if = "Option::is_none")]
    pub percent_complete: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Machineidentityaggregationresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Machineidentityaggregationresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Machineidentityaggregationresponse {
    const NAME: &'static str = "Machineidentityaggregationresponse";

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
            "type" => self.r#type = map.next_value()?,
            "uniqueName" => {
                self.unique_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "parentName" => {
                self.parent_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "launcher" => {
                self.launcher = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "target" => self.target = map.next_value()?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "launched" => self.launched = map.next_value_seed(crate::datetime::Optional)?,
            "completed" => {
                self.completed = map.next_value_seed(crate::datetime::Optional)?;
            }
            "taskDefinitionSummary" => self.task_definition_summary = map.next_value()?,
            "completionStatus" => self.completion_status = map.next_value()?,
            "messages" => self.messages = map.next_value()?,
            "returns" => self.returns = map.next_value()?,
            "attributes" => self.attributes = map.next_value()?,
            "progress" => {
                self.progress = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "percentComplete" => self.percent_complete = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
