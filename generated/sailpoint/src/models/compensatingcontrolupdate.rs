//! `Compensatingcontrolupdate`, from `apis/sod-controls/schemas/compensatingcontrolupdate.yaml`.

use crate::models::{
    CompensatingcontrolupdateAction, CompensatingcontrolupdateType, Referenceinput,
};

/// `Compensatingcontrolupdate` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Compensatingcontrolupdate {
    /// The display name of the compensating control.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A human-readable description of the compensating control.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<Referenceinput>,
    /// References to additional identities or governance groups that share ownership of the compensating control (maximum 10).
    #[serde(rename = "secondaryOwners", skip_serializing_if = "Option::is_none")]
    pub secondary_owners: Option<Vec<Referenceinput>>,
    /// The type of compensating control that determines how a violation is addressed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CompensatingcontrolupdateType>,
    /// The action performed when the compensating control is applied.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<CompensatingcontrolupdateAction>,
    /// The duration after which the applied control expires, expressed as a duration string.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiration: Option<String>,
    /// Indicates whether a justification is required when applying this control.
    #[serde(rename = "justificationRequired", skip_serializing_if = "Option::is_none")]
    pub justification_required: Option<bool>,
    /// Workflow definition ID used when the control action is a workflow.
    #[serde(rename = "workflowID", skip_serializing_if = "Option::is_none")]
    pub workflow_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Compensatingcontrolupdate {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Compensatingcontrolupdate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Compensatingcontrolupdate {
    const NAME: &'static str = "Compensatingcontrolupdate";

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
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "owner" => self.owner = map.next_value()?,
            "secondaryOwners" => self.secondary_owners = map.next_value()?,
            "type" => self.r#type = map.next_value()?,
            "action" => self.action = map.next_value()?,
            "expiration" => {
                self.expiration = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "justificationRequired" => {
                self.justification_required = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "workflowID" => {
                self.workflow_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
