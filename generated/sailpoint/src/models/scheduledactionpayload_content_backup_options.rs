//! `ScheduledactionpayloadContentBackupOptions`, from `apis/configuration-hub/schemas/scheduledactionpayload.yaml#/properties/content/properties/backupOptions`.

use crate::models::ScheduledactionpayloadContentBackupOptionsObjectOptionsValue;

/// Options for BACKUP type jobs. Required for BACKUP jobs.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ScheduledactionpayloadContentBackupOptions {
    /// Object types that are to be included in the backup.
    #[serde(rename = "includeTypes", skip_serializing_if = "Option::is_none")]
    pub include_types: Option<Vec<String>>,
    /// Map of objectType string to the options to be passed to the target service for that objectType.
    #[serde(rename = "objectOptions", skip_serializing_if = "Option::is_none")]
    pub object_options: Option<
        std::collections::BTreeMap<
            String,
            ScheduledactionpayloadContentBackupOptionsObjectOptionsValue,
        >,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ScheduledactionpayloadContentBackupOptions {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for ScheduledactionpayloadContentBackupOptions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ScheduledactionpayloadContentBackupOptions {
    const NAME: &'static str = "ScheduledactionpayloadContentBackupOptions";

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
            "includeTypes" => self.include_types = map.next_value()?,
            "objectOptions" => self.object_options = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
