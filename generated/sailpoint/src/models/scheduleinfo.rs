//! `Scheduleinfo`, from `apis/data-access-security/schemas/scheduleinfo.yaml`.

/// `Scheduleinfo` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Scheduleinfo {
    /// The unique identifier for the scheduled task.
    #[serde(rename = "scheduleTaskId", skip_serializing_if = "Option::is_none")]
    pub schedule_task_id: Option<i64>,
    /// The display name of the scheduled task.
    #[serde(rename = "scheduleTaskName", skip_serializing_if = "Option::is_none")]
    pub schedule_task_name: Option<String>,
    /// The type or category of the scheduled task.
    #[serde(rename = "taskTypeName", skip_serializing_if = "Option::is_none")]
    pub task_type_name: Option<String>,
    /// The interval depends on the chosen schedule cycle (scheduleType), i.e. if the schedule is daily, the interval will represent the days between executions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval: Option<i32>,
    /// The scheduling type, such as "Daily", "Weekly", or "Manual" etc.
    #[serde(rename = "scheduleType", skip_serializing_if = "Option::is_none")]
    pub schedule_type: Option<String>,
    /// Indicates whether the scheduled task is currently active.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// The start time for the scheduled task, represented as epoch seconds.
    #[serde(rename = "startTime", skip_serializing_if = "Option::is_none")]
    pub start_time: Option<i64>,
    /// The end time for the scheduled task, represented as epoch seconds.
    #[serde(rename = "endTime", skip_serializing_if = "Option::is_none")]
    pub end_time: Option<i64>,
    /// A list of days of the week when the task should run (e.g., "Monday", "Wednesday").
    #[serde(rename = "daysOfWeek", skip_serializing_if = "Option::is_none")]
    pub days_of_week: Option<Vec<String>>,
    /// The ID of another scheduled task that triggers this scheduled task upon its completion.
    #[serde(rename = "runAfterScheduleTaskId", skip_serializing_if = "Option::is_none")]
    pub run_after_schedule_task_id: Option<i64>,
    /// The name of the scheduled task that must complete before this task runs.
    #[serde(
        rename = "runAfterScheduleTaskName",
        skip_serializing_if = "Option::is_none"
    )]
    pub run_after_schedule_task_name: Option<String>,
    /// The unique identifier of the application associated with the scheduled task.
    #[serde(rename = "applicationId", skip_serializing_if = "Option::is_none")]
    pub application_id: Option<i64>,
    /// The display name of the user who created the scheduled task.
    #[serde(rename = "createdByDisplayName", skip_serializing_if = "Option::is_none")]
    pub created_by_display_name: Option<String>,
    /// The next scheduled run time for the task, represented as epoch seconds.
    #[serde(rename = "nextRun", skip_serializing_if = "Option::is_none")]
    pub next_run: Option<i64>,
    /// The last run time of the task, represented as epoch seconds.
    #[serde(rename = "lastRun", skip_serializing_if = "Option::is_none")]
    pub last_run: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Scheduleinfo {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Scheduleinfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Scheduleinfo {
    const NAME: &'static str = "Scheduleinfo";

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
            "scheduleTaskId" => self.schedule_task_id = map.next_value()?,
            "scheduleTaskName" => {
                self.schedule_task_name = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "taskTypeName" => {
                self.task_type_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "interval" => self.interval = map.next_value()?,
            "scheduleType" => {
                self.schedule_type = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "active" => self.active = map.next_value_seed(crate::lenient::FlagOption)?,
            "startTime" => self.start_time = map.next_value()?,
            "endTime" => self.end_time = map.next_value()?,
            "daysOfWeek" => self.days_of_week = map.next_value()?,
            "runAfterScheduleTaskId" => {
                self.run_after_schedule_task_id = map.next_value()?;
            }
            "runAfterScheduleTaskName" => {
                self.run_after_schedule_task_name = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "applicationId" => self.application_id = map.next_value()?,
            "createdByDisplayName" => {
                self.created_by_display_name = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "nextRun" => self.next_run = map.next_value()?,
            "lastRun" => self.last_run = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
