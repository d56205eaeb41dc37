//! `Commonaccessitemrequest`, from `apis/iai-common-access/schemas/commonaccessitemrequest.yaml`.

use crate::models::{Commonaccessitemaccess, Commonaccessitemstate};

/// `Commonaccessitemrequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Commonaccessitemrequest {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access: Option<Commonaccessitemaccess>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Commonaccessitemstate>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Commonaccessitemrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Commonaccessitemrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Commonaccessitemrequest {
    const NAME: &'static str = "Commonaccessitemrequest";

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
            "access" => self.access = map.next_value()?,
            "status" => self.status = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
