//! `Workflow`, from `apis/workflows/schemas/workflow.yaml`.

use crate::models::{
    WorkflowCreator, WorkflowbodyOwner, Workflowdefinition, Workflowmodifiedby,
    Workflowtrigger,
};

/// `Workflow` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Workflow {
    /// Workflow ID. This is a UUID generated upon creation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The number of times this workflow has been executed.
    #[serde(rename = "executionCount", skip_serializing_if = "Option::is_none")]
    pub execution_count: Option<i32>,
    /// The number of times this workflow has failed during execution.
    #[serde(rename = "failureCount", skip_serializing_if = "Option::is_none")]
    pub failure_count: Option<i32>,
    /// The date and time the workflow was created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The date and time the workflow was modified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(rename = "modifiedBy", skip_serializing_if = "Option::is_none")]
    pub modified_by: Option<Workflowmodifiedby>,
    /// Workflow creator's identity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub creator: Option<WorkflowCreator>,
    /// The name of the workflow
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The identity that owns the workflow.  The owner's permissions in IDN will determine what actions the workflow is allowed to perform.  Ownership can be changed by updating the owner in a PUT or PATCH request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<WorkflowbodyOwner>,
    /// Description of what the workflow accomplishes
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub definition: Option<Workflowdefinition>,
    /// Enable or disable the workflow.  Workflows cannot be created in an enabled state.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trigger: Option<Workflowtrigger>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Workflow {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Workflow {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Workflow {
    const NAME: &'static str = "Workflow";

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
            "executionCount" => self.execution_count = map.next_value()?,
            "failureCount" => self.failure_count = map.next_value()?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "modifiedBy" => self.modified_by = map.next_value()?,
            "creator" => self.creator = map.next_value()?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "owner" => self.owner = map.next_value()?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "definition" => self.definition = map.next_value()?,
            "enabled" => self.enabled = map.next_value_seed(crate::lenient::FlagOption)?,
            "trigger" => self.trigger = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
