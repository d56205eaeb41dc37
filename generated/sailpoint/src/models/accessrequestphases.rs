//! `Accessrequestphases`, from `apis/access-requests/schemas/accessrequestphases.yaml`.

use crate::models::{AccessrequestphasesResult, AccessrequestphasesState};

/// Provides additional details about this access request phase.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessrequestphases {
    /// The time that this phase started.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub started: Option<chrono::DateTime<chrono::Utc>>,
    /// The time that this phase finished.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub finished: Option<chrono::DateTime<chrono::Utc>>,
    /// The name of this phase.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The state of this phase.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<AccessrequestphasesState>,
    /// The state of this phase.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<AccessrequestphasesResult>,
    /// A reference to another object on the RequestedItemStatus that contains more details about the phase. Note that for the Provisioning phase, this will be empty if there are no manual work items.
    #[serde(rename = "phaseReference", skip_serializing_if = "Option::is_none")]
    pub phase_reference: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accessrequestphases {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Accessrequestphases {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessrequestphases {
    const NAME: &'static str = "Accessrequestphases";

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
            "started" => self.started = map.next_value_seed(crate::datetime::Optional)?,
            "finished" => self.finished = map.next_value_seed(crate::datetime::Optional)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "state" => self.state = map.next_value()?,
            "result" => self.result = map.next_value()?,
            "phaseReference" => {
                self.phase_reference = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
