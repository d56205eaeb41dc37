//! `Taskresultsimplified`, from `apis/identity-profiles/schemas/taskresultsimplified.yaml`.

use crate::models::TaskresultsimplifiedCompletionStatus;

/// `Taskresultsimplified` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Taskresultsimplified {
    /// Task identifier
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Task name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Task description
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// User or process who launched the task
    #[serde(skip_serializing_if = "Option::is_none")]
    pub launcher: Option<String>,
    /// Date time of completion
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed: Option<chrono::DateTime<chrono::Utc>>,
    /// Date time when the task was launched
    #[serde(skip_serializing_if = "Option::is_none")]
    pub launched: Option<chrono::DateTime<chrono::Utc>>,
    /// Task result status
    #[serde(rename = "completionStatus", skip_serializing_if = "Option::is_none")]
    pub completion_status: Option<TaskresultsimplifiedCompletionStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Taskresultsimplified {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Taskresultsimplified {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Taskresultsimplified {
    const NAME: &'static str = "Taskresultsimplified";

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
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "launcher" => {
                self.launcher = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "completed" => {
                self.completed = map.next_value_seed(crate::datetime::Optional)?;
            }
            "launched" => self.launched = map.next_value_seed(crate::datetime::Optional)?,
            "completionStatus" => self.completion_status = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
