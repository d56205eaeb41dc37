//! `Compensatingcontrolcreate`, from `apis/sod-controls/schemas/compensatingcontrolcreate.yaml`.

use crate::models::{
    CompensatingcontrolcreateAction, CompensatingcontrolcreateType, Referenceinput,
};

/// `Compensatingcontrolcreate` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Compensatingcontrolcreate {
    /// The display name of the compensating control.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// A human-readable description of the compensating control.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<Referenceinput>,
    /// References to additional identities or governance groups that share ownership of the compensating control (maximum 10).
    #[serde(rename = "secondaryOwners", skip_serializing_if = "Option::is_none")]
    pub secondary_owners: Option<Vec<Referenceinput>>,
    /// The type of compensating control that determines how a violation is addressed.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CompensatingcontrolcreateType>,
    /// The action performed when the compensating control is applied.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<CompensatingcontrolcreateAction>,
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

impl Compensatingcontrolcreate {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        owner: Referenceinput,
        r#type: CompensatingcontrolcreateType,
    ) -> Self {
        Compensatingcontrolcreate {
            name: name.into(),
            description: None,
            owner: Some(owner),
            secondary_owners: None,
            r#type: Some(r#type),
            action: None,
            expiration: None,
            justification_required: None,
            workflow_id: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Compensatingcontrolcreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Compensatingcontrolcreate {
    const NAME: &'static str = "Compensatingcontrolcreate";

    #[inline]
    fn empty() -> Self {
        Compensatingcontrolcreate {
            name: Default::default(),
            description: None,
            owner: None,
            secondary_owners: None,
            r#type: None,
            action: None,
            expiration: None,
            justification_required: None,
            workflow_id: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
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
