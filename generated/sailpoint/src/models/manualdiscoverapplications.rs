//! `Manualdiscoverapplications`, from `apis/application-discovery/schemas/manualdiscoverapplications.yaml`.

/// `Manualdiscoverapplications` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Manualdiscoverapplications {
    /// The CSV file to upload containing `application_name` and `description` columns. Each row represents an application to be discovered.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub file: Vec<u8>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Manualdiscoverapplications {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(file: Vec<u8>) -> Self {
        Manualdiscoverapplications {
            file,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Manualdiscoverapplications {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Manualdiscoverapplications {
    const NAME: &'static str = "Manualdiscoverapplications";

    #[inline]
    fn empty() -> Self {
        Manualdiscoverapplications {
            file: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "file" => {
                self.file = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
