//! `CreateUploadedConfigurationV1Request`, from `apis/configuration-hub/paths/configuration-hub-v1-backups-uploads.yaml#/post/requestBody/content/multipart~1form-data/schema`.

/// `CreateUploadedConfigurationV1Request` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct CreateUploadedConfigurationV1Request {
    /// JSON file containing the objects to be imported.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub data: Vec<u8>,
    /// Name that will be assigned to the uploaded configuration file.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CreateUploadedConfigurationV1Request {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(data: Vec<u8>, name: impl Into<String>) -> Self {
        CreateUploadedConfigurationV1Request {
            data,
            name: name.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for CreateUploadedConfigurationV1Request {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for CreateUploadedConfigurationV1Request {
    const NAME: &'static str = "CreateUploadedConfigurationV1Request";

    #[inline]
    fn empty() -> Self {
        CreateUploadedConfigurationV1Request {
            data: Default::default(),
            name: Default::default(),
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
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
