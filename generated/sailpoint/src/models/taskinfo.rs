//! `Taskinfo`, from `apis/data-access-security/schemas/taskinfo.yaml`.

/// `Taskinfo` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Taskinfo {
    /// The unique identifier for the task.
    #[serde(rename = "taskId", skip_serializing_if = "Option::is_none")]
    pub task_id: Option<i64>,
    /// The type or category of the task.
    #[serde(rename = "taskTypeName", skip_serializing_if = "Option::is_none")]
    pub task_type_name: Option<String>,
    /// The start time of the task, represented as epoch seconds.
    #[serde(rename = "startTime", skip_serializing_if = "Option::is_none")]
    pub start_time: Option<i64>,
    /// The end time of the task, represented as epoch seconds.
    #[serde(rename = "endTime", skip_serializing_if = "Option::is_none")]
    pub end_time: Option<i64>,
    /// The display name of the task.
    #[serde(rename = "taskName", skip_serializing_if = "Option::is_none")]
    pub task_name: Option<String>,
    /// The display name of the user who created the task.
    #[serde(rename = "createdByDisplayName", skip_serializing_if = "Option::is_none")]
    pub created_by_display_name: Option<String>,
    /// The progress of the task, typically represented as a percentage (0-100).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub progress: Option<i32>,
    /// The current status of the task (e.g., "Running", "Completed", "Failed").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Additional details or information about the task.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
    /// The unique identifier of the associated scheduled task, if applicable.
    #[serde(rename = "scheduleTaskId", skip_serializing_if = "Option::is_none")]
    pub schedule_task_id: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Taskinfo {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Taskinfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Taskinfo {
    const NAME: &'static str = "Taskinfo";

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
            "taskId" => self.task_id = map.next_value()?,
            "taskTypeName" => {
                self.task_type_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "startTime" => self.start_time = map.next_value()?,
            "endTime" => self.end_time = map.next_value()?,
            "taskName" => {
                self.task_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "createdByDisplayName" => {
                self.created_by_display_name = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "progress" => self.progress = map.next_value()?,
            "status" => self.status = map.next_value_seed(crate::lenient::TextOption)?,
            "details" => self.details = map.next_value_seed(crate::lenient::TextOption)?,
            "scheduleTaskId" => self.schedule_task_id = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
