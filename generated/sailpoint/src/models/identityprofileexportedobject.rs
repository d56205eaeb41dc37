//! `Identityprofileexportedobject`, from `apis/identity-profiles/schemas/identityprofileexportedobject.yaml`.

use crate::models::{Identityprofile, IdentityprofileexportedobjectSelf};

/// Identity profile exported object.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Identityprofileexportedobject {
    /// Version or object from the target service.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<i32>,
    /// Self block for exported object.
    #[serde(rename = "self", skip_serializing_if = "Option::is_none")]
    pub self_: Option<IdentityprofileexportedobjectSelf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<Identityprofile>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Identityprofileexportedobject {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Identityprofileexportedobject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Identityprofileexportedobject {
    const NAME: &'static str = "Identityprofileexportedobject";

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
            "version" => self.version = map.next_value()?,
            "self" => self.self_ = map.next_value()?,
            "object" => self.object = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
