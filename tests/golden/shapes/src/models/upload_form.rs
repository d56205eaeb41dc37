//! `UploadForm`, from `openapi.yaml#/components/schemas/UploadForm`.

/// Multipart upload form.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct UploadForm {
    /// The file contents.
    ///
    /// A server's absent or `null` member reads as an empty list.
    pub file: Vec<u8>,
    /// A title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Size in bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl UploadForm {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(file: Vec<u8>) -> Self {
        UploadForm {
            file,
            title: None,
            size: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for UploadForm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for UploadForm {
    const NAME: &'static str = "UploadForm";

    #[inline]
    fn empty() -> Self {
        UploadForm {
            file: Default::default(),
            title: None,
            size: None,
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
            "title" => self.title = map.next_value_seed(crate::lenient::TextOption)?,
            "size" => self.size = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
