//! `OtherIdentity`, from `schemas/other/Identity.yaml`.

use crate::models::{OtherIdentityType, Source};

/// A different identity shape (`schemas/other/Identity.yaml`), sharing the file stem.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct OtherIdentity {
    /// Identity id.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Always `IDENTITY`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<OtherIdentityType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl OtherIdentity {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(id: impl Into<String>) -> Self {
        OtherIdentity {
            id: id.into(),
            r#type: None,
            source: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for OtherIdentity {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for OtherIdentity {
    const NAME: &'static str = "OtherIdentity";

    #[inline]
    fn empty() -> Self {
        OtherIdentity {
            id: Default::default(),
            r#type: None,
            source: None,
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
            "type" => self.r#type = map.next_value()?,
            "source" => self.source = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
