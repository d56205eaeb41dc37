//! `Lifecycleprovisioning`, from `apis/machine-identities-lifecycle-actions/schemas/lifecycleprovisioning.yaml`.

use crate::models::Lifecycleprovisioningstatus;

/// Provisioning execution window for the lifecycle request.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Lifecycleprovisioning {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Lifecycleprovisioningstatus>,
    /// Time when provisioning started (ISO-8601).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub started: Option<chrono::DateTime<chrono::Utc>>,
    /// Time when provisioning ended (ISO-8601).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ended: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Lifecycleprovisioning {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Lifecycleprovisioning {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Lifecycleprovisioning {
    const NAME: &'static str = "Lifecycleprovisioning";

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
            "status" => self.status = map.next_value()?,
            "started" => self.started = map.next_value_seed(crate::datetime::Optional)?,
            "ended" => self.ended = map.next_value_seed(crate::datetime::Optional)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
