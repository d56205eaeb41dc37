//! `Applicationdiscoveryrequest`, from `apis/application-discovery/schemas/applicationdiscoveryrequest.yaml`.

/// `Applicationdiscoveryrequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Applicationdiscoveryrequest {
    /// List of dataset Ids to discover applications
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "datasetIds")]
    pub dataset_ids: Vec<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Applicationdiscoveryrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(dataset_ids: Vec<String>) -> Self {
        Applicationdiscoveryrequest {
            dataset_ids,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Applicationdiscoveryrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Applicationdiscoveryrequest {
    const NAME: &'static str = "Applicationdiscoveryrequest";

    #[inline]
    fn empty() -> Self {
        Applicationdiscoveryrequest {
            dataset_ids: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "datasetIds" => {
                self.dataset_ids = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
