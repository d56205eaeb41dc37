//! `Dimensionbulkdeleterequest`, from `apis/dimensions/schemas/dimensionbulkdeleterequest.yaml`.

/// `Dimensionbulkdeleterequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Dimensionbulkdeleterequest {
    /// List of IDs of Dimensions to be deleted.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "dimensionIds")]
    pub dimension_ids: Vec<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Dimensionbulkdeleterequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(dimension_ids: Vec<String>) -> Self {
        Dimensionbulkdeleterequest {
            dimension_ids,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Dimensionbulkdeleterequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Dimensionbulkdeleterequest {
    const NAME: &'static str = "Dimensionbulkdeleterequest";

    #[inline]
    fn empty() -> Self {
        Dimensionbulkdeleterequest {
            dimension_ids: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "dimensionIds" => {
                self.dimension_ids = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
