//! `Clustermanualupgrade`, from `apis/managed-clusters/schemas/clustermanualupgrade.yaml`.

use crate::models::ClustermanualupgradeJobsInner;

/// Manual Upgrade Job Response
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Clustermanualupgrade {
    /// List of job objects for the upgrade request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jobs: Option<Vec<ClustermanualupgradeJobsInner>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Clustermanualupgrade {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Clustermanualupgrade {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Clustermanualupgrade {
    const NAME: &'static str = "Clustermanualupgrade";

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
            "jobs" => self.jobs = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
