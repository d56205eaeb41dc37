//! `Sourceclassificationstatus2`, from `apis/classify-source/schemas/sourceclassificationstatus.yaml#/allOf/0`.

use crate::models::{
    Sourceclassificationstatus2Counts, Sourceclassificationstatus2Status,
};

/// `Sourceclassificationstatus2` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Sourceclassificationstatus2 {
    /// Status of Classification Process
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Sourceclassificationstatus2Status>,
    /// Time when the process was started
    #[serde(skip_serializing_if = "Option::is_none")]
    pub started: Option<chrono::DateTime<chrono::Utc>>,
    /// Time when the process status was last updated
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated: Option<chrono::DateTime<chrono::Utc>>,
    /// A map containing numbers relevant to the source classification process
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counts: Option<Sourceclassificationstatus2Counts>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Sourceclassificationstatus2 {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Sourceclassificationstatus2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Sourceclassificationstatus2 {
    const NAME: &'static str = "Sourceclassificationstatus2";

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
            "updated" => self.updated = map.next_value_seed(crate::datetime::Optional)?,
            "counts" => self.counts = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
