//! `AccountAttributes`, from `beta/schemas/AccountAttributes.yaml`.

/// `AccountAttributes` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AccountAttributes {
    /// The schema attribute values for the account
    ///
    /// A server's absent or `null` member reads as an empty map.
    pub attributes: serde_json::Map<String, serde_json::Value>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccountAttributes {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(attributes: serde_json::Map<String, serde_json::Value>) -> Self {
        AccountAttributes {
            attributes,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for AccountAttributes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for AccountAttributes {
    const NAME: &'static str = "AccountAttributes";

    #[inline]
    fn empty() -> Self {
        AccountAttributes {
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
