//! `Sourceusagestatus`, from `apis/source-usages/schemas/sourceusagestatus.yaml`.

use crate::models::SourceusagestatusStatus;

/// `Sourceusagestatus` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Sourceusagestatus {
    /// Source Usage Status. Acceptable values are:
    ///   - COMPLETE
    ///       - This status means that an activity data source has been setup and usage insights are available for the source.
    ///   - INCOMPLETE
    ///       - This status means that an activity data source has not been setup and usage insights are not available for the source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<SourceusagestatusStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Sourceusagestatus {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Sourceusagestatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Sourceusagestatus {
    const NAME: &'static str = "Sourceusagestatus";

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
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
