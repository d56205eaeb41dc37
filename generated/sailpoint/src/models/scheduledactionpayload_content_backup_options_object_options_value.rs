//! `ScheduledactionpayloadContentBackupOptionsObjectOptionsValue`, from `apis/configuration-hub/schemas/scheduledactionpayload.yaml#/properties/content/properties/backupOptions/properties/objectOptions/additionalProperties`.

/// `ScheduledactionpayloadContentBackupOptionsObjectOptionsValue` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ScheduledactionpayloadContentBackupOptionsObjectOptionsValue {
    /// Set of names to be included.
    #[serde(rename = "includedNames", skip_serializing_if = "Option::is_none")]
    pub included_names: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ScheduledactionpayloadContentBackupOptionsObjectOptionsValue {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de>
for ScheduledactionpayloadContentBackupOptionsObjectOptionsValue {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object
for ScheduledactionpayloadContentBackupOptionsObjectOptionsValue {
    const NAME: &'static str = "ScheduledactionpayloadContentBackupOptionsObjectOptionsValue";

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
            "includedNames" => self.included_names = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
