//! `ImportIdentitiesRequest`, from `openapi.yaml#/paths/~1identities~1import/post/requestBody/content/multipart~1form-data/schema`.

/// `ImportIdentitiesRequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ImportIdentitiesRequest {
    /// The file to import.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub data: Vec<u8>,
    /// A name for the import.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// If true, validate only.
    #[serde(rename = "dryRun", skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ImportIdentitiesRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(data: Vec<u8>) -> Self {
        ImportIdentitiesRequest {
            data,
            name: None,
            dry_run: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for ImportIdentitiesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ImportIdentitiesRequest {
    const NAME: &'static str = "ImportIdentitiesRequest";

    #[inline]
    fn empty() -> Self {
        ImportIdentitiesRequest {
            data: Default::default(),
            name: None,
            dry_run: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "data" => {
                self.data = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "dryRun" => self.dry_run = map.next_value_seed(crate::lenient::FlagOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
