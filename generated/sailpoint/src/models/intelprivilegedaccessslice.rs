//! `Intelprivilegedaccessslice`, from `apis/intelligence/schemas/intelprivilegedaccessslice.yaml`.

use crate::models::Intelprivilegedaccessitemwire;

/// Full privileged access result embedded in the aggregate identity response.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Intelprivilegedaccessslice {
    /// Privileged access items for the identity.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub items: Vec<Intelprivilegedaccessitemwire>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Intelprivilegedaccessslice {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(items: Vec<Intelprivilegedaccessitemwire>) -> Self {
        Intelprivilegedaccessslice {
            items,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Intelprivilegedaccessslice {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Intelprivilegedaccessslice {
    const NAME: &'static str = "Intelprivilegedaccessslice";

    #[inline]
    fn empty() -> Self {
        Intelprivilegedaccessslice {
            items: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "items" => {
                self.items = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
