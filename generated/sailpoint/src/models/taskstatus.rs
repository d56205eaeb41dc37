//! `Taskstatus`, from `apis/identities/schemas/taskstatus.yaml`.

use crate::models::{
    Target, Taskdefinitionsummary, Taskreturndetails, TaskstatusCompletionStatus,
    TaskstatusType, Taskstatusmessage,
};

/// Details and current status of a specific task
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Taskstatus {
    /// System-generated unique ID of the task this TaskStatus represents
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Type of task this TaskStatus represents
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<TaskstatusType>,
    /// Name of the task this TaskStatus represents
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "uniqueName")]
    pub unique_name: String,
    /// Description of the task this TaskStatus represents
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub description: String,
    /// Name of the parent of the task this TaskStatus represents
    #[serde(rename = "parentName")]
    pub parent_name: Option<String>,
    /// Service to execute the task this TaskStatus represents
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub launcher: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<Target>,
    /// Creation date of the task this TaskStatus represents
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Last modification date of the task this TaskStatus represents
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Launch date of the task this TaskStatus represents
    pub launched: Option<chrono::DateTime<chrono::Utc>>,
    /// Completion date of the task this TaskStatus represents
    pub completed: Option<chrono::DateTime<chrono::Utc>>,
    /// Completion status of the task this TaskStatus represents
    #[serde(rename = "completionStatus")]
    pub completion_status: Option<TaskstatusCompletionStatus>,
    /// Messages associated with the task this TaskStatus represents
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub messages: Vec<Taskstatusmessage>,
    /// Return values from the task this TaskStatus represents
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub returns: Vec<Taskreturndetails>,
    /// Attributes of the task this TaskStatus represents
    ///
    /// A server's absent or `null` member reads as an empty map.
    pub attributes: serde_json::Map<String, serde_json::Value>,
    /// Current progress of the task this TaskStatus represents
    pub progress: Option<String>,
    /// Current percentage completion of the task this TaskStatus represents
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(rename = "percentComplete")]
    pub percent_complete: i32,
    #[serde(rename = "taskDefinitionSummary", skip_serializing_if = "Option::is_none")]
    pub task_definition_summary: Option<Taskdefinitionsummary>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Taskstatus {
    /// Builds the value from its required fields; the optional ones start empty.
    #[allow(clippy::too_many_arguments)]
    #[inline]
    pub fn new(
        id: impl Into<String>,
        r#type: TaskstatusType,
        unique_name: impl Into<String>,
        description: impl Into<String>,
        launcher: impl Into<String>,
        created: chrono::DateTime<chrono::Utc>,
        messages: Vec<Taskstatusmessage>,
        returns: Vec<Taskreturndetails>,
        attributes: serde_json::Map<String, serde_json::Value>,
        percent_complete: i32,
    ) -> Self {
        Taskstatus {
            id: id.into(),
            r#type: Some(r#type),
            unique_name: unique_name.into(),
            description: description.into(),
            parent_name: None,
            launcher: launcher.into(),
            target: None,
            created: Some(created),
            modified: None,
            launched: None,
            completed: None,
            completion_status: None,
            messages,
            returns,
            attributes,
            progress: None,
            percent_complete,
            task_definition_summary: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Taskstatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Taskstatus {
    const NAME: &'static str = "Taskstatus";

    #[inline]
    fn empty() -> Self {
        Taskstatus {
            id: Default::default(),
            r#type: None,
            unique_name: Default::default(),
            description: Default::default(),
            parent_name: None,
            launcher: Default::default(),
            target: None,
            created: None,
            modified: None,
            launched: None,
            completed: None,
            completion_status: None,
            messages: Default::default(),
            returns: Default::default(),
            attributes: Default::default(),
            progress: None,
            percent_complete: Default::default(),
            task_definition_summary: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "type" => self.r#type = map.next_value()?,
            "uniqueName" => self.unique_name = map.next_value_seed(crate::lenient::Text)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::Text)?;
            }
            "parentName" => {
                self.parent_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "launcher" => self.launcher = map.next_value_seed(crate::lenient::Text)?,
            "target" => self.target = map.next_value()?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "launched" => self.launched = map.next_value_seed(crate::datetime::Optional)?,
            "completed" => {
                self.completed = map.next_value_seed(crate::datetime::Optional)?;
            }
            "completionStatus" => self.completion_status = map.next_value()?,
            "messages" => {
                self.messages = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "returns" => {
                self.returns = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "attributes" => {
                self.attributes = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "progress" => {
                self.progress = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "percentComplete" => {
                self.percent_complete = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "taskDefinitionSummary" => self.task_definition_summary = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
