//! `Taskresultdetails`, from `apis/reports-data-extraction/schemas/taskresultdetails.yaml`.

use crate::models::{
    TaskresultdetailsCompletionStatus, TaskresultdetailsMessagesInner,
    TaskresultdetailsReportType, TaskresultdetailsReturnsInner, TaskresultdetailsType,
};

/// Details about job or task type, state and lifecycle.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Taskresultdetails {
    /// Type of the job or task underlying in the report processing. It could be a quartz task, QPOC or MENTOS jobs or a refresh/sync task.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<TaskresultdetailsType>,
    /// Unique task definition identifier.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Use this property to define what report should be processed in the RDE service.
    #[serde(rename = "reportType", skip_serializing_if = "Option::is_none")]
    pub report_type: Option<TaskresultdetailsReportType>,
    /// Description of the report purpose and/or contents.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Name of the parent task/report if exists.
    #[serde(rename = "parentName", skip_serializing_if = "Option::is_none")]
    pub parent_name: Option<String>,
    /// Name of the report processing initiator.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub launcher: Option<String>,
    /// Report creation date
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Report start date
    #[serde(skip_serializing_if = "Option::is_none")]
    pub launched: Option<chrono::DateTime<chrono::Utc>>,
    /// Report completion date
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed: Option<chrono::DateTime<chrono::Utc>>,
    /// Report completion status.
    #[serde(rename = "completionStatus", skip_serializing_if = "Option::is_none")]
    pub completion_status: Option<TaskresultdetailsCompletionStatus>,
    /// List of the messages dedicated to the report.  From task definition perspective here usually should be warnings or errors.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<TaskresultdetailsMessagesInner>>,
    /// Task definition results, if necessary.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub returns: Option<Vec<TaskresultdetailsReturnsInner>>,
    /// Extra attributes map(dictionary) needed for the report.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Current report state.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub progress: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Taskresultdetails {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Taskresultdetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Taskresultdetails {
    const NAME: &'static str = "Taskresultdetails";

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
            "type" => self.r#type = map.next_value()?,
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "reportType" => self.report_type = map.next_value()?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "parentName" => {
                self.parent_name = map.next_value_seed(crate::lenient::TextOption)?;
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
            "messages" => self.messages = map.next_value()?,
            "returns" => self.returns = map.next_value()?,
            "attributes" => self.attributes = map.next_value()?,
            "progress" => {
                self.progress = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
