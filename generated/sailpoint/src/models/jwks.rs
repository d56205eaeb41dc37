//! `Jwks`, from `apis/shared-signals-framework-ssf/schemas/jwks.yaml`.

use crate::models::Jwk;

/// JSON Web Key Set containing the transmitter's public keys for verifying signed delivery requests.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Jwks {
    /// Array of JSON Web Keys.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub keys: Vec<Jwk>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Jwks {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(keys: Vec<Jwk>) -> Self {
        Jwks {
            keys,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Jwks {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Jwks {
    const NAME: &'static str = "Jwks";

    #[inline]
    fn empty() -> Self {
        Jwks {
            keys: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "keys" => {
                self.keys = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
