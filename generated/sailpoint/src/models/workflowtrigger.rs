//! `Workflowtrigger`, from `apis/workflows/schemas/workflowtrigger.yaml`.

use crate::models::{WorkflowtriggerAttributes, WorkflowtriggerType};

/// The trigger that starts the workflow
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Workflowtrigger {
    /// The trigger type
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<WorkflowtriggerType>,
    /// The trigger display name
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Workflow Trigger Attributes.
    pub attributes: Option<WorkflowtriggerAttributes>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Workflowtrigger {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(r#type: WorkflowtriggerType) -> Self {
        Workflowtrigger {
            r#type: Some(r#type),
            display_name: None,
            attributes: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Workflowtrigger {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Workflowtrigger {
    const NAME: &'static str = "Workflowtrigger";

    #[inline]
    fn empty() -> Self {
        Workflowtrigger {
            r#type: None,
            display_name: None,
            attributes: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "type" => self.r#type = map.next_value()?,
            "displayName" => {
                self.display_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "attributes" => self.attributes = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
