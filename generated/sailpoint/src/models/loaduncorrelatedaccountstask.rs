//! `Loaduncorrelatedaccountstask`, from `apis/sources/schemas/loaduncorrelatedaccountstask.yaml`.

use crate::models::LoaduncorrelatedaccountstaskTask;

/// `Loaduncorrelatedaccountstask` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Loaduncorrelatedaccountstask {
    /// The status of the result
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub task: Option<LoaduncorrelatedaccountstaskTask>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Loaduncorrelatedaccountstask {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Loaduncorrelatedaccountstask {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Loaduncorrelatedaccountstask {
    const NAME: &'static str = "Loaduncorrelatedaccountstask";

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
            "success" => self.success = map.next_value_seed(crate::lenient::FlagOption)?,
            "task" => self.task = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
