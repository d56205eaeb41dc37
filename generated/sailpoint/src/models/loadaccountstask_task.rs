//! `LoadaccountstaskTask`, from `apis/sources/schemas/loadaccountstask.yaml#/properties/task`.

use crate::models::{
    LoadaccountstaskTaskAttributes, LoadaccountstaskTaskCompletionStatus,
    LoadaccountstaskTaskMessagesInner, LoadaccountstaskTaskReturnsInner,
};

/// `LoadaccountstaskTask` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct LoadaccountstaskTask {
    /// System-generated unique ID of the task this taskStatus represents
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Type of task this task represents
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The name of the aggregation process
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description of the task
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The user who initiated the task
    #[serde(skip_serializing_if = "Option::is_none")]
    pub launcher: Option<String>,
    /// The Task creation date
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The task start date
    #[serde(skip_serializing_if = "Option::is_none")]
    pub launched: Option<chrono::DateTime<chrono::Utc>>,
    /// The task completion date
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed: Option<chrono::DateTime<chrono::Utc>>,
    /// Task completion status.
    #[serde(rename = "completionStatus", skip_serializing_if = "Option::is_none")]
    pub completion_status: Option<LoadaccountstaskTaskCompletionStatus>,
    /// Name of the parent task if exists.
    #[serde(rename = "parentName", skip_serializing_if = "Option::is_none")]
    pub parent_name: Option<String>,
    /// List of the messages dedicated to the report.  From task definition perspective here usually should be warnings or errors.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<LoadaccountstaskTaskMessagesInner>>,
    /// Current task state.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub progress: Option<String>,
    /// Extra attributes map(dictionary) for the task.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<LoadaccountstaskTaskAttributes>,
    /// Return values from the task
    #[serde(skip_serializing_if = "Option::is_none")]
    pub returns: Option<Vec<LoadaccountstaskTaskReturnsInner>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LoadaccountstaskTask {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for LoadaccountstaskTask {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for LoadaccountstaskTask {
    const NAME: &'static str = "LoadaccountstaskTask";

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
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "launcher" => {
                self.launcher = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "launched" => self.launched = map.next_value_seed(crate::datetime::Optional)?,
            "completed" => {
                self.completed = map.next_value_seed(crate::datetime::Optional)?;
            }
            "completionStatus" => self.completion_status = map.next_value()?,
            "parentName" => {
                self.parent_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "messages" => self.messages = map.next_value()?,
            "progress" => {
                self.progress = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "attributes" => self.attributes = map.next_value()?,
            "returns" => self.returns = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
