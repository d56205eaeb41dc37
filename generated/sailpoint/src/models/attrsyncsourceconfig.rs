//! `Attrsyncsourceconfig`, from `apis/sources/schemas/attrsyncsourceconfig.yaml`.

use crate::models::{Attrsyncsource, Attrsyncsourceattributeconfig};

/// Specification of attribute sync configuration for a source
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Attrsyncsourceconfig {
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Attrsyncsource>,
    /// Attribute synchronization configuration for specific identity attributes in the context of a source
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub attributes: Vec<Attrsyncsourceattributeconfig>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Attrsyncsourceconfig {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        source: Attrsyncsource,
        attributes: Vec<Attrsyncsourceattributeconfig>,
    ) -> Self {
        Attrsyncsourceconfig {
            source: Some(source),
            attributes,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Attrsyncsourceconfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Attrsyncsourceconfig {
    const NAME: &'static str = "Attrsyncsourceconfig";

    #[inline]
    fn empty() -> Self {
        Attrsyncsourceconfig {
            source: None,
            attributes: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "source" => self.source = map.next_value()?,
            "attributes" => {
                self.attributes = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
