//! `V3Source`, from `v3/schemas/Source.yaml`.

use crate::models::{Identity, V3Selector};

/// The v3 source (`v3/schemas/Source.yaml`), same stem as `schemas/Source.yaml`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct V3Source {
    /// Source id.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<Identity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selector: Option<V3Selector>,
    /// Source features.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub features: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl V3Source {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(id: impl Into<String>, owner: Identity) -> Self {
        V3Source {
            id: id.into(),
            owner: Some(owner),
            selector: None,
            features: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for V3Source {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for V3Source {
    const NAME: &'static str = "V3Source";

    #[inline]
    fn empty() -> Self {
        V3Source {
            id: Default::default(),
            owner: None,
            selector: None,
            features: None,
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
            "owner" => self.owner = map.next_value()?,
            "selector" => self.selector = map.next_value()?,
            "features" => self.features = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
