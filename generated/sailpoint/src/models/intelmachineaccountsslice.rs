//! `Intelmachineaccountsslice`, from `apis/intelligence/schemas/intelmachineaccountsslice.yaml`.

use crate::models::Intelmachineaccountwire;

/// Correlated machine accounts embedded on the non-human identity aggregate. Returns the correlated
/// account set on the wire today (account paging via child routes is not yet released).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Intelmachineaccountsslice {
    /// Machine account rows correlated to the non-human identity.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub items: Vec<Intelmachineaccountwire>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Intelmachineaccountsslice {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(items: Vec<Intelmachineaccountwire>) -> Self {
        Intelmachineaccountsslice {
            items,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Intelmachineaccountsslice {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Intelmachineaccountsslice {
    const NAME: &'static str = "Intelmachineaccountsslice";

    #[inline]
    fn empty() -> Self {
        Intelmachineaccountsslice {
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
