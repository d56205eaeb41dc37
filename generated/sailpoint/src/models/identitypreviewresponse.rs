//! `Identitypreviewresponse`, from `apis/identity-profiles/schemas/identitypreviewresponse.yaml`.

use crate::models::{Identityattributepreview, IdentitypreviewresponseIdentity};

/// `Identitypreviewresponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Identitypreviewresponse {
    /// Identity's basic details.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity: Option<IdentitypreviewresponseIdentity>,
    #[serde(rename = "previewAttributes", skip_serializing_if = "Option::is_none")]
    pub preview_attributes: Option<Vec<Identityattributepreview>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Identitypreviewresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Identitypreviewresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Identitypreviewresponse {
    const NAME: &'static str = "Identitypreviewresponse";

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
            "identity" => self.identity = map.next_value()?,
            "previewAttributes" => self.preview_attributes = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
