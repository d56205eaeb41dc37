//! `TriggersReassignment`, from `apis/triggers/schemas/reassignment.yaml`.

use crate::models::TriggersCertificationreference;

/// `TriggersReassignment` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct TriggersReassignment {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<TriggersCertificationreference>,
    /// The comment entered when the Certification was reassigned
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TriggersReassignment {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for TriggersReassignment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for TriggersReassignment {
    const NAME: &'static str = "TriggersReassignment";

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
            "from" => self.from = map.next_value()?,
            "comment" => self.comment = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
