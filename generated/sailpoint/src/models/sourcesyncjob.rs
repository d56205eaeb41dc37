//! `Sourcesyncjob`, from `apis/sources/schemas/sourcesyncjob.yaml`.

use crate::models::{SourcesyncjobStatus, Sourcesyncpayload};

/// `Sourcesyncjob` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Sourcesyncjob {
    /// Job ID.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// The job status.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<SourcesyncjobStatus>,
    /// Job payload.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Sourcesyncpayload>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Sourcesyncjob {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        status: SourcesyncjobStatus,
        payload: Sourcesyncpayload,
    ) -> Self {
        Sourcesyncjob {
            id: id.into(),
            status: Some(status),
            payload: Some(payload),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Sourcesyncjob {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Sourcesyncjob {
    const NAME: &'static str = "Sourcesyncjob";

    #[inline]
    fn empty() -> Self {
        Sourcesyncjob {
            id: Default::default(),
            status: None,
            payload: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "status" => self.status = map.next_value()?,
            "payload" => self.payload = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
